import { render } from 'preact';
import { t } from '../i18n';
import { boot, paintCachedAppearance, setDocumentLanguage } from '../lib/boot';
import { tabIdFromQuery } from '../lib/query';
import { SaveLinkApp } from './App';
import '../styles/save-link.css';

paintCachedAppearance();
void boot().then(({ connector }) => {
  setDocumentLanguage();
  document.title = t('saveLinkTitle');
  const params = new URLSearchParams(location.search);
  render(<SaveLinkApp connector={connector} url={params.get('url') ?? ''} tabId={tabIdFromQuery(location.search)} />, document.getElementById('app')!);
});
