// Payload validators, one per background request type. The router refuses a message whose payload
// fails its validator before any handler sees it. Typed as a complete table, so a request type
// added to messages.ts does not compile until it has a validator here.
import type { BackgroundRequests, BackgroundRequestType, Message } from '../shared/messages';
import { MAX_ARTICLE_CHARS } from '../shared/constants';
import { SAVE_LIMITS, hasOnlyKeys, isArticle, isSaveableArticle, isDetectResult, isHttpUrl, isNullableString, isSiteId, isString, isTabId } from '../shared/validate';

type Payload<K extends BackgroundRequestType> = Message<BackgroundRequests, K>['payload'];
export type PayloadValidators = { [K in BackgroundRequestType]: (payload: unknown) => payload is Payload<K> };

/** reader.open keys are UUIDs; library ids are the library's own (short, URL-safe once encoded). */
const READER_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LIBRARY_ID = 200;

export const PAYLOAD_VALIDATORS: PayloadValidators = {
  'tab.getArticle': (p): p is Payload<'tab.getArticle'> => hasOnlyKeys(p, ['tabId']) && (p.tabId === undefined || isTabId(p.tabId)),
  'reader.open': (p): p is Payload<'reader.open'> =>
    (hasOnlyKeys(p, ['article']) && isArticle(p.article)) ||
    (hasOnlyKeys(p, ['libraryId']) && isString(p.libraryId, MAX_LIBRARY_ID) && p.libraryId.length > 0),
  'reader.get': (p): p is Payload<'reader.get'> => hasOnlyKeys(p, ['key']) && isString(p.key) && READER_KEY.test(p.key),
  'content.detected': (p): p is Payload<'content.detected'> => isDetectResult(p),
  'library.saveTab': (p): p is Payload<'library.saveTab'> => hasOnlyKeys(p, ['tabId']) && optionalTabId(p.tabId),
  'library.saveArticle': (p): p is Payload<'library.saveArticle'> =>
    hasOnlyKeys(p, ['article', 'tabId']) && optionalTabId(p.tabId) && isSaveableArticle(p.article, MAX_ARTICLE_CHARS),
  'library.saveUrl': (p): p is Payload<'library.saveUrl'> => hasOnlyKeys(p, ['url', 'tabId']) && optionalTabId(p.tabId) && isHttpUrl(p.url),
  'library.retry': (p): p is Payload<'library.retry'> => hasOnlyKeys(p, ['id', 'tabId']) && optionalTabId(p.tabId) && isLibraryId(p.id),
  'library.jobs': (p): p is Payload<'library.jobs'> => hasOnlyKeys(p, []),
  'library.status': (p): p is Payload<'library.status'> => hasOnlyKeys(p, ['article']) && isArticleIdentity(p.article),
};

function optionalTabId(v: unknown): boolean {
  return v === undefined || isTabId(v);
}

function isLibraryId(v: unknown): v is string {
  return isString(v, MAX_LIBRARY_ID) && v.length > 0;
}

function isArticleIdentity(v: unknown): boolean {
  return (
    hasOnlyKeys(v, ['url', 'canonicalUrl', 'title', 'site']) &&
    isString(v.url, SAVE_LIMITS.maxUrl) &&
    isNullableString(v.canonicalUrl, SAVE_LIMITS.maxUrl) &&
    isString(v.title, SAVE_LIMITS.maxTitle) &&
    (v.site === null || isSiteId(v.site))
  );
}

export { READER_KEY };
