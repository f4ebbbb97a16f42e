import { render } from 'preact';
import { ArticleSkeleton } from '../components/ArticleSkeleton';
import { t } from '../i18n';
import { boot, paintCachedAppearance, setDocumentLanguage } from '../lib/boot';
import { ReaderApp } from './App';
import { ReaderToolbar } from './ReaderToolbar';
import { readerRequest } from './sources';
import '../styles/reader.css';

const root = document.getElementById('app')!;
const noop = () => undefined;
paintCachedAppearance();
// The frame at once (toolbar and skeleton in the cached theme), so nothing jumps when the article arrives.
render(
  <div id="qy-root" class="qy-reader" data-state="loading">
    <ReaderToolbar article={null} progress={0} showTitle={false} tocOpen={false} settingsOpen={false} helpOpen={false} onToggleToc={noop} onToggleSettings={noop} onToggleHelp={noop} />
    <main class="qy-reader-main" aria-busy="true">
      <ArticleSkeleton />
    </main>
  </div>,
  root,
);

void boot().then(({ connector, options }) => {
  setDocumentLanguage();
  document.title = t('readerDocumentTitle');
  render(<ReaderApp connector={connector} initialOptions={options} request={readerRequest(location.search)} />, root);
});
