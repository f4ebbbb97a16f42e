// Keyboard commands (manifest "commands"). `_execute_action` (Alt+Shift+Q) is handled by the
// browser itself: it opens the popup reader.
//
// save-page (Alt+Shift+S): save the active tab offline (src/background/save/run-save.ts).
//
// open-reader-tab (Alt+Shift+Y): extract the active tab and open the full-tab reader. When the tab
// has no readable article, the popup opens instead and explains why with its localised states
// (no article, restricted, still loading, error). Where the browser will not open the popup from
// here (Chrome before 127), the toolbar shows a `!` badge on that tab whose tooltip gives the
// reason; it clears when the tab navigates. No notifications: they need another permission and
// interrupt more than the failure deserves.
import type { Tabs } from 'webextension-polyfill';
import { getBrowser } from '../shared/browser';
import type { TabArticleState } from '../shared/messages';
import { showFailureBadge } from './badge';
import { errorMessage } from './errors';
import { getMessage } from './i18n';
import { openReaderTab } from './reader-tab';
import { startSave } from './save/run-save';
import { getTabArticle } from './tab-article';

export const COMMAND_OPEN_READER_TAB = 'open-reader-tab';
/** save-page (Alt+Shift+S): save the active tab for offline reading; the badge shows progress and result. */
export const COMMAND_SAVE_PAGE = 'save-page';

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command === COMMAND_OPEN_READER_TAB) await openInReaderTab(tab);
  else if (command === COMMAND_SAVE_PAGE) await startSave({ kind: 'page', ...(tab?.id !== undefined ? { tabId: tab.id } : {}) });
}

async function openInReaderTab(tab?: Tabs.Tab): Promise<void> {
  let state: TabArticleState;
  try {
    state = await getTabArticle(tab?.id);
  } catch (error) {
    state = { kind: 'error', tabId: tab?.id ?? null, url: tab?.url ?? '', error: { code: 'INTERNAL', message: errorMessage(error) } };
  }
  if (state.kind === 'article') {
    await openReaderTab({ article: state.article }, tab);
    return;
  }
  await reportFailure(state);
}

async function reportFailure(state: Exclude<TabArticleState, { kind: 'article' }>): Promise<void> {
  try {
    await getBrowser().action.openPopup();
    return;
  } catch {
    // Not allowed here: fall back to the badge.
  }
  if (state.tabId !== null) await showFailureBadge(state.tabId, state.url, failureReason(state));
}

/** One localised sentence for the toolbar tooltip. */
export function failureReason(state: Exclude<TabArticleState, { kind: 'article' }>): string {
  switch (state.kind) {
    case 'no-article':
      return getMessage('failureNoArticle');
    case 'loading':
      return getMessage('failureLoading');
    case 'restricted':
      if (state.reason === 'file-access') return getMessage('failureFileAccess');
      if (state.reason === 'no-permission') return getMessage('failureNoPermission');
      return getMessage('failureRestricted');
    case 'error':
      return getMessage('failureError', state.error.message);
  }
}
