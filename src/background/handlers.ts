// The one handler table: every BackgroundRequests type maps to its handler (a meta-test checks the
// table is complete; the type makes a missing entry a compile error too).
import { HandlerError } from './errors';
import { onContentDetected } from './detected';
import { getReaderArticle } from './reader-store';
import { openReaderTab } from './reader-tab';
import type { HandlerTable } from './router';
import { listJobs } from './save/jobs';
import { startSave } from './save/run-save';
import { saveStatus } from './save/save-status';
import { getTabArticle } from './tab-article';

const optionalTab = (tabId: number | undefined) => (tabId === undefined ? {} : { tabId });

export const handlers: HandlerTable = {
  // The popup polls a loading tab, so it is told "still loading" rather than kept waiting.
  'tab.getArticle': ({ tabId }) => getTabArticle(tabId, { answerWhileLoading: true }),

  // A reader or library tab opens the new reader beside itself; the popup beside the active tab.
  'reader.open': (source, { sender }) => openReaderTab(source, sender.tab),

  'reader.get': ({ key }) => getReaderArticle(key),

  'content.detected': (result, context) => {
    if (context.kind !== 'content') throw new HandlerError('FORBIDDEN', 'Only content scripts report detections.');
    return onContentDetected(result, context);
  },

  // Saves answer with the started job; a page in a tab (reader, library) gives its own tab the badge.
  'library.saveTab': ({ tabId }) => startSave({ kind: 'page', ...optionalTab(tabId) }),
  'library.saveArticle': ({ article, tabId }) => startSave({ kind: 'article', article, ...optionalTab(tabId) }),
  'library.saveUrl': ({ url, tabId }) => startSave({ kind: 'link', url, ...optionalTab(tabId) }),
  'library.retry': ({ id, tabId }) => startSave({ kind: 'retry', articleId: id, ...optionalTab(tabId) }),
  'library.jobs': () => listJobs(),
  'library.status': ({ article }) => saveStatus(article),
};
