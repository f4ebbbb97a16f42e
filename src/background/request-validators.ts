// Payload validators, one per background request type. The router refuses a message whose payload
// fails its validator before any handler sees it. Typed as a complete table, so a request type
// added to messages.ts does not compile until it has a validator here.
import type { BackgroundRequests, BackgroundRequestType, Message } from '../shared/messages';
import { hasOnlyKeys, isArticle, isDetectResult, isString, isTabId } from '../shared/validate';

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
};

export { READER_KEY };
