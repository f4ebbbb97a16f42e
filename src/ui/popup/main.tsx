import { render } from 'preact';
import { getConnector } from '../connect';
import { boot, paintCachedAppearance, setDocumentLanguage } from '../lib/boot';
import { t } from '../i18n';
import { tabIdFromQuery } from '../lib/query';
import { PopupApp, PopupShell } from './App';
import '../styles/popup.css';

const root = document.getElementById('app')!;
paintCachedAppearance();
render(<PopupShell />, root); // the skeleton, at once

const tabId = tabIdFromQuery(location.search);
// Ask for the article first: extraction runs in the page while the options are read.
const first = getConnector().then((connector) => connector.getTabArticle(tabId));
// A rejection is handled by useTabArticle; do not report it twice.
first.catch(() => undefined);

void boot().then(({ connector, options }) => {
  setDocumentLanguage();
  document.title = t('brandName');
  render(<PopupApp connector={connector} initialOptions={options} tabId={tabId} first={first} />, root);
});
