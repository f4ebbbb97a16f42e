// The reader tab: the same article components as the popup, full page, for long reading.
//
// Stable hooks for browser tests: #qy-root[data-state] "loading" | "article" | "missing" | "error"
// | "deleted"; #qy-title, article#qy-article, #qy-content, #qy-toc-toggle + #qy-toc-panel, #qy-appearance +
// #qy-settings-panel, #qy-help + #qy-help-panel, #qy-original, #qy-back, the appearance control ids
// (see AppearanceControls). reader.html?key=<k> or ?id=<libraryId> (see sources.ts); a saved
// article adds #qy-export (+ #qy-export-html / #qy-export-md), #qy-delete, #qy-undo-delete,
// #qy-missing-note, .qy-missing-image placeholders and #qy-saved-status.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Options } from '../../storage/options-schema';
import { AppearanceControls } from '../components/AppearanceControls';
import { ArticleSkeleton } from '../components/ArticleSkeleton';
import { ArticleView } from '../components/ArticleView';
import { Icon } from '../components/Icon';
import { ICON_CLOSE } from '../components/page-icons';
import { ICON_ALERT, ICON_BACK, ICON_CLOCK, ICON_REFRESH } from '../components/state-icons';
import { Popover } from '../components/Popover';
import { StateView } from '../components/StateView';
import { TocList } from '../components/TocList';
import type { Connector } from '../connect/types';
import { useOptions } from '../hooks/useOptions';
import { t } from '../i18n';
import { stepOption } from '../lib/option-steps';
import { DeletedView } from './DeletedView';
import { MissingImagesNote } from './MissingImagesNote';
import { ReaderToolbar } from './ReaderToolbar';
import { SavedActions } from './SavedActions';
import { SaveButton } from '../components/SaveButton';
import { ShortcutHelp } from './ShortcutHelp';
import type { ReaderContent, ReaderRequest } from './sources';
import { useReaderKeys } from './useReaderKeys';
import type { ReaderCommand } from './useReaderKeys';
import { useReadingPosition } from './useReadingPosition';
import { useSavedArticle } from './useSavedArticle';
import type { DeletedFromTab } from './useSavedArticle';

type ReaderState = { kind: 'loading' } | { kind: 'article'; content: ReaderContent } | { kind: 'missing' } | { kind: 'error'; message: string };

/** Below this width the contents panel covers the text, so following a link closes it. */
const DOCKED_TOC_QUERY = '(min-width: 1180px)';

function useReaderArticle(connector: Connector, request: ReaderRequest | null) {
  const [state, setState] = useState<ReaderState>(request ? { kind: 'loading' } : { kind: 'missing' });
  const load = useCallback(async () => {
    if (!request) return;
    setState({ kind: 'loading' });
    try {
      const content = await request.source.load(connector, request.value);
      setState(content ? { kind: 'article', content } : { kind: 'missing' });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [connector, request]);
  useEffect(() => {
    void load();
  }, [load]);
  // Revoke what the shown content holds (blob: URLs) when it is replaced or the tab closes.
  const content = state.kind === 'article' ? state.content : null;
  useEffect(() => {
    if (!content?.release) return;
    const release = () => content.release?.();
    addEventListener('pagehide', release);
    return () => {
      removeEventListener('pagehide', release);
      release();
    };
  }, [content]);
  return { state, reload: load };
}

function leave() {
  if (history.length > 1) history.back();
  else close();
}

interface ReaderAppProps {
  connector: Connector;
  initialOptions: Options;
  request: ReaderRequest | null;
}

export function ReaderApp({ connector, initialOptions, request }: ReaderAppProps) {
  const { options, change } = useOptions(connector, initialOptions);
  const { state, reload } = useReaderArticle(connector, request);
  const saved = state.kind === 'article' ? (state.content.saved ?? null) : null;
  const [deleted, setDeleted] = useState<DeletedFromTab | null>(null);
  // A saved article deleted from this tab is not on show any more (its snapshot waits for Undo).
  const article = state.kind === 'article' && !deleted ? state.content.article : null;
  const position = useReadingPosition(article?.toc ?? null);
  const hasToc = Boolean(article && article.toc.length >= 2);
  const [tocOpen, setTocOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const savedUi = useSavedArticle(saved, { title: state.kind === 'article' ? state.content.article.title : '', progress: position.progress, deleted, setDeleted, jobs: connector, reload });
  const fromLibrary = request?.source.param === 'id';

  // The page is the article: its title and language are the article's.
  useEffect(() => {
    if (!article) return;
    document.title = article.title;
    if (article.lang) document.documentElement.lang = article.lang;
    if (options.tocOpen && article.toc.length >= 2 && matchMedia(DOCKED_TOC_QUERY).matches) setTocOpen(true);
    // Only when a new article arrives (options.tocOpen is left out on purpose): a change of the
    // setting applies to the next reader, it does not snap this one's panel open or shut.
  }, [article]);

  const closeSettings = useCallback(() => setSettingsOpen(false), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);

  const run = useCallback(
    (command: ReaderCommand): boolean => {
      switch (command) {
        case 'close':
          if (!tocOpen && !settingsOpen && !helpOpen) return false;
          setSettingsOpen(false);
          setHelpOpen(false);
          setTocOpen(false);
          return true;
        case 'toggle-toc':
          if (!hasToc) return false;
          setTocOpen((open) => !open);
          return true;
        case 'toggle-settings':
          if (!article) return false;
          setHelpOpen(false);
          setSettingsOpen((open) => !open);
          return true;
        case 'toggle-help':
          setSettingsOpen(false);
          setHelpOpen((open) => !open);
          return true;
        case 'bigger':
        case 'smaller':
          if (!article) return false;
          change({ fontSize: stepOption('fontSize', options.fontSize, command === 'bigger' ? 1 : -1) });
          return true;
      }
    },
    [article, hasToc, tocOpen, settingsOpen, helpOpen, options.fontSize, change],
  );
  useReaderKeys(run);

  const dataState = deleted ? 'deleted' : state.kind;
  return (
    <div id="qy-root" class={`qy-reader${tocOpen ? ' has-toc' : ''}`} data-state={dataState}>
      <ReaderToolbar
        article={article}
        progress={position.progress}
        showTitle={position.pastTitle}
        tocOpen={tocOpen}
        settingsOpen={settingsOpen}
        helpOpen={helpOpen}
        onToggleToc={() => run('toggle-toc')}
        onToggleSettings={() => run('toggle-settings')}
        onToggleHelp={() => run('toggle-help')}
        extraActions={
          saved && !deleted ? (
            <SavedActions busy={savedUi.busy} onExport={savedUi.exportAs} onDelete={savedUi.remove} />
          ) : article && !fromLibrary ? (
            <SaveButton connector={connector} article={article} />
          ) : undefined
        }
      />
      {settingsOpen && (
        <Popover id="qy-settings-panel" label={t('toolbarAppearance')} toggleId="qy-appearance" onClose={closeSettings} class="qy-popover--reader">
          <AppearanceControls options={options} onChange={change} />
        </Popover>
      )}
      {helpOpen && (
        <Popover id="qy-help-panel" label={t('shortcutsTitle')} toggleId="qy-help" onClose={closeHelp} class="qy-popover--reader qy-popover--help">
          <ShortcutHelp />
        </Popover>
      )}
      {article && hasToc && tocOpen && (
        <aside id="qy-toc-panel" class="qy-toc-panel" aria-labelledby="qy-toc-panel-title">
          <div class="qy-toc-panel-head">
            <h2 class="qy-panel-title" id="qy-toc-panel-title">
              {t('tocTitle')}
            </h2>
            <button type="button" class="qy-icon-button" aria-label={t('readerCloseToc')} title={t('readerCloseToc')} onClick={() => setTocOpen(false)}>
              <Icon path={ICON_CLOSE} size={18} />
            </button>
          </div>
          <nav aria-labelledby="qy-toc-panel-title">
            <TocList toc={article.toc} activeId={position.currentHeading} onNavigate={() => !matchMedia(DOCKED_TOC_QUERY).matches && setTocOpen(false)} />
          </nav>
        </aside>
      )}
      <main class="qy-reader-main" id="qy-main" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <ArticleSkeleton />}
        {state.kind === 'article' && deleted && <DeletedView title={deleted.title} busy={savedUi.busy} onUndo={savedUi.undo} />}
        {state.kind === 'article' && !deleted && (
          <ArticleView
            article={state.content.article}
            mapImage={state.content.mapImage}
            beforeBody={
              saved?.status === 'partial' && saved.missingImages > 0 ? (
                <MissingImagesNote missing={saved.missingImages} onRetry={savedUi.retry} state={savedUi.retryState} />
              ) : undefined
            }
          />
        )}
        {state.kind === 'missing' && (
          <StateView
            icon={ICON_CLOCK}
            title={fromLibrary ? t('readerSavedMissingTitle') : t('readerMissingTitle')}
            text={fromLibrary ? t('readerSavedMissingText') : t('readerMissingText')}
            actions={
              fromLibrary ? (
                <a id="qy-open-library" class="qy-button" href="library.html">
                  <span>{t('openLibrary')}</span>
                </a>
              ) : (
                <button type="button" id="qy-back" class="qy-button" onClick={leave}>
                  <Icon path={ICON_BACK} size={18} />
                  <span>{history.length > 1 ? t('actionGoBack') : t('actionCloseTab')}</span>
                </button>
              )
            }
          />
        )}
        {state.kind === 'error' && (
          <StateView
            icon={ICON_ALERT}
            title={t('readerErrorTitle')}
            text={t('readerErrorText')}
            details={<p class="qy-error-detail">{state.message}</p>}
            actions={
              <button type="button" id="qy-retry" class="qy-button" onClick={() => void reload()}>
                <Icon path={ICON_REFRESH} size={18} />
                <span>{t('actionRetry')}</span>
              </button>
            }
          />
        )}
      </main>
      {savedUi.message && (
        <p id="qy-saved-status" class={`qy-saved-status${savedUi.message.tone === 'error' ? ' is-error' : ''}`} role="status" onClick={savedUi.clearMessage}>
          {savedUi.message.text}
        </p>
      )}
    </div>
  );
}
