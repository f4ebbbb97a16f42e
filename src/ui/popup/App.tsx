// The popup reader: the active tab's article within the browser's popup limits (≤ 800 × 600).
//
// Stable hooks for browser tests (keep them):
//   #qy-root[data-state]   "loading" | "article" | "no-article" | "restricted" | "error"
//   #qy-root[data-detail]  loading: "extracting" | "page-loading" | "timeout"; restricted: the
//                          RestrictedReason; error: the error code (TOO_LARGE, PARSE_ERROR, INTERNAL…);
//                          article: the site id or "generic"
//   #qy-title (the article's h1), article#qy-article, #qy-content (the body), #qy-source-link,
//   #qy-toc (details), #qy-open-tab, #qy-appearance (+ #qy-appearance-panel), #qy-open-options,
//   #qy-retry, #qy-theme-<light|sepia|dark|system>, #qy-font-<sans|serif>,
//   #qy-size-dec/-inc, #qy-line-height-dec/-inc, #qy-width-dec/-inc, #qy-state-title,
//   #qy-save[data-state] + #qy-save-panel (the save-offline button, see SaveButton),
//   #qy-link-save[data-state] (a link saved from this tab's context menu, see LinkSaveNotice)
// popup.html?tabId=N reads tab N instead of the active tab.

import type { ComponentChildren } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { TabArticleState } from '../../shared/messages';
import type { Options } from '../../storage/options-schema';
import { ArticleSkeleton } from '../components/ArticleSkeleton';
import { ArticleView } from '../components/ArticleView';
import { TocDetails } from '../components/TocDetails';
import type { Connector } from '../connect/types';
import { useOptions } from '../hooks/useOptions';
import { useTabArticle } from '../hooks/useTabArticle';
import type { PopupState } from '../hooks/useTabArticle';
import { t } from '../i18n';
import { useLazy } from '../hooks/useLazy';
import { stateAttributes } from './state-attributes';
import { PopupToolbar } from './PopupToolbar';

/** The popup before the connector and options are ready: the same frame, toolbar and skeleton. */
export function PopupShell() {
  const state: PopupState = { kind: 'pending' };
  return (
    <PopupFrame state={state}>
      <PopupToolbar hasArticle={false} appearanceOpen={false} onToggleAppearance={noop} onOpenInTab={noop} onOpenOptions={noop} />
      <main class="qy-scroll" id="qy-scroll" aria-busy="true">
        <ArticleSkeleton />
      </main>
    </PopupFrame>
  );
}

const noop = () => undefined;

function PopupFrame({ state, children }: { state: PopupState; children: ComponentChildren }) {
  const attrs = stateAttributes(state);
  return (
    <div id="qy-root" class="qy-popup" data-state={attrs.state} data-detail={attrs.detail}>
      {children}
    </div>
  );
}

// Loaded on demand: the popup's first paint of an article needs neither.
const loadPanel = () => import('./AppearancePanel');
const loadStates = () => import('./PopupStates');
// The save button (issue #4) is fetched while the article is extracted, so it is there with the
// article without weighing on the popup's first load.
const loadSaveButton = () => import('../components/SaveButton');
const loadLinkNotice = () => import('../components/LinkSaveNotice');

interface PopupAppProps {
  connector: Connector;
  initialOptions: Options;
  tabId?: number;
  /** The first getTabArticle, started before the options were read. */
  first?: Promise<TabArticleState>;
}

export function PopupApp({ connector, initialOptions, tabId, first }: PopupAppProps) {
  const { options, change } = useOptions(connector, initialOptions);
  const { state, retry } = useTabArticle(connector, tabId, first);
  const [appearanceOpen, setAppearanceOpen] = useState(false);
  const [panel, preparePanel] = useLazy(loadPanel, appearanceOpen);
  const [states] = useLazy(loadStates, state.kind !== 'pending' && state.kind !== 'article');
  const [saver] = useLazy(loadSaveButton, state.kind !== 'restricted');
  const [linkNotice] = useLazy(loadLinkNotice, true);
  const noticeTab = 'tabId' in state && state.tabId !== null ? state.tabId : tabId;
  const [actionError, setActionError] = useState<string | null>(null);
  const closeAppearance = useCallback(() => setAppearanceOpen(false), []);
  const article = state.kind === 'article' ? state.article : null;


  const openInTab = async () => {
    if (!article) return;
    try {
      await connector.openReader({ article });
      connector.closeWindow();
    } catch (error) {
      console.error('[qingyue] cannot open the reader tab', error);
      setActionError(t('popupOpenTabFailed'));
    }
  };
  const openOptions = async () => {
    await connector.openOptionsPage();
    connector.closeWindow();
  };

  return (
    <PopupFrame state={state}>
      <PopupToolbar
        hasArticle={Boolean(article)}
        appearanceOpen={appearanceOpen}
        onToggleAppearance={() => setAppearanceOpen((open) => !open)}
        onPrepareAppearance={panel ? undefined : preparePanel}
        onOpenInTab={() => void openInTab()}
        onOpenOptions={() => void openOptions()}
        extraActions={state.kind === 'article' && saver && <saver.SaveButton connector={connector} article={state.article} tabId={state.tabId} inPopup />}
      />
      {linkNotice && noticeTab !== undefined && <linkNotice.LinkSaveNotice connector={connector} tabId={noticeTab} inPopup />}
      {appearanceOpen && panel && <panel.AppearancePanel options={options} onChange={change} onClose={closeAppearance} />}
      {actionError && (
        <p class="qy-toast" role="alert">
          {actionError}
        </p>
      )}
      <main class="qy-scroll" id="qy-scroll" aria-busy={state.kind === 'pending' || state.kind === 'loading'}>
        {state.kind === 'article' ? (
          <ArticleView article={state.article} beforeBody={<TocDetails toc={state.article.toc} open={options.tocOpen} />} />
        ) : state.kind !== 'pending' && states ? (
          <states.PopupStateView state={state} onRetry={() => void retry()} />
        ) : (
          <ArticleSkeleton />
        )}
      </main>
    </PopupFrame>
  );
}
