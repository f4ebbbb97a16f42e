// tab.getArticle: find the tab, refuse what cannot be read without trying, make sure the extractor
// is in the page (ping first, inject only when nobody answers), ask it for the article and map
// the answer to a TabArticleState the popup can show.
import type { Tabs } from 'webextension-polyfill';
import { getBrowser } from '../shared/browser';
import { CONTENT_SCRIPT_FILE, MAX_ARTICLE_CHARS } from '../shared/constants';
import type { ContentRequests, ContentRequestType, Message, Response, TabArticleState } from '../shared/messages';
import { hasOnlyKeys, isDetectResult, isExtractResult, isString, jsonSize } from '../shared/validate';
import { getOptions } from '../storage/options';
import { HandlerError, errorMessage } from './errors';
import { classifyInjectionError, classifyUrl, isErrorPageError } from './restricted';

/** An extractor already in the page answers a ping within milliseconds; a missing one fails at once. */
export const PING_TIMEOUT_MS = 500;
/** Extraction of a very long page on a slow machine takes a few seconds; past this, give up. */
export const EXTRACT_TIMEOUT_MS = 20_000;
/**
 * The popup asks about a tab that is still loading: how long it waits for the page to be ready
 * before it is told "still loading" (it shows that state and asks again). executeScript runs at
 * document_idle, so on a page whose body is still arriving the injection waits for the parser;
 * without this answer the popup would show a skeleton, with no word and no retry, for as long as
 * the page stalls.
 */
export const LOADING_ANSWER_MS = 1000;

export interface GetTabArticleOptions {
  /** Answer `loading` after LOADING_ANSWER_MS instead of waiting for a loading page (the popup polls). */
  answerWhileLoading?: boolean;
}

type ExtractReply = Response<ContentRequests, 'content.extract'>;

/** The tab asked for, or the active tab of the last focused window. */
export async function resolveTab(tabId?: number): Promise<Tabs.Tab> {
  const browser = getBrowser();
  if (tabId !== undefined) {
    try {
      return await browser.tabs.get(tabId);
    } catch {
      throw new HandlerError('NO_TAB', `There is no tab ${tabId}.`);
    }
  }
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab || tab.id === undefined) throw new HandlerError('NO_TAB', 'There is no active tab.');
  return tab;
}

export async function getTabArticle(tabId?: number, { answerWhileLoading = false }: GetTabArticleOptions = {}): Promise<TabArticleState> {
  const tab = await resolveTab(tabId);
  const id = tab.id as number;
  const url = tab.url ?? tab.pendingUrl ?? '';
  const reason = classifyUrl(url, { fileAccess: await fileSchemeAccess(url) });
  if (reason) return { kind: 'restricted', tabId: id, url, reason };

  try {
    const ready = extractorReady(id);
    if (answerWhileLoading && tab.status === 'loading') {
      const answer = await Promise.race([ready, new Promise<'waiting'>((resolve) => setTimeout(resolve, LOADING_ANSWER_MS, 'waiting'))]);
      if (answer === 'waiting') return { kind: 'loading', tabId: id, url };
    } else {
      await ready;
    }
  } catch (error) {
    const refused = classifyInjectionError(error, url);
    if (refused) return { kind: 'restricted', tabId: id, url, reason: refused };
    if (isErrorPageError(error)) {
      return { kind: 'no-article', tabId: id, url, error: { code: 'NO_ARTICLE', message: "The tab shows the browser's error page." } };
    }
    if (tab.status === 'loading') return { kind: 'loading', tabId: id, url };
    return { kind: 'error', tabId: id, url, error: { code: 'INTERNAL', message: errorMessage(error) } };
  }

  const { keepLede, keepCredits } = await getOptions();
  let reply: unknown;
  try {
    reply = await sendToContent(id, 'content.extract', { options: { keepLede, keepCredits } }, EXTRACT_TIMEOUT_MS);
  } catch (error) {
    if (tab.status === 'loading') return { kind: 'loading', tabId: id, url };
    return { kind: 'error', tabId: id, url, error: { code: 'INTERNAL', message: errorMessage(error) } };
  }
  return toState(reply, tab);
}

/** Map the extractor's answer (validated here: the content world is not trusted) to a state. */
export function toState(reply: unknown, tab: Tabs.Tab): TabArticleState {
  const tabId = tab.id as number;
  const url = tab.url ?? tab.pendingUrl ?? '';
  if (jsonSize(reply) > MAX_ARTICLE_CHARS + 64 * 1024) {
    return { kind: 'error', tabId, url, error: { code: 'TOO_LARGE', message: 'The article is too large to show.' } };
  }
  if (!isExtractReply(reply)) {
    return { kind: 'error', tabId, url, error: { code: 'INTERNAL', message: 'The page answered with an unexpected message.' } };
  }
  if (/^application\/pdf\b/i.test(reply.contentType)) return { kind: 'restricted', tabId, url, reason: 'pdf' };
  const { result, detected } = reply;
  if (result.ok) return { kind: 'article', tabId, article: result.article, detected };
  const stillLoading = tab.status === 'loading' || reply.readyState === 'loading';
  if (result.error.code === 'NO_ARTICLE') {
    return stillLoading ? { kind: 'loading', tabId, url } : { kind: 'no-article', tabId, url, error: result.error };
  }
  return { kind: 'error', tabId, url, error: result.error };
}

function isExtractReply(v: unknown): v is ExtractReply {
  return (
    hasOnlyKeys(v, ['result', 'detected', 'readyState', 'contentType']) &&
    isExtractResult(v.result) &&
    isDetectResult(v.detected) &&
    (v.readyState === 'loading' || v.readyState === 'interactive' || v.readyState === 'complete') &&
    isString(v.contentType, 200)
  );
}

/** Injections under way, one per tab: a popup asking again while the page loads joins the first instead of queueing another. */
const pendingInjections = new Map<number, Promise<'present' | 'injected'>>();

function extractorReady(tabId: number): Promise<'present' | 'injected'> {
  let pending = pendingInjections.get(tabId);
  if (!pending) {
    pending = ensureExtractor(tabId).finally(() => pendingInjections.delete(tabId));
    // Whoever still waits gets the error; an asker that stopped waiting must not leave it unhandled.
    pending.catch(() => undefined);
    pendingInjections.set(tabId, pending);
  }
  return pending;
}

/**
 * Make sure the extractor listens in the tab's top frame: ping it, inject content.js only when
 * nothing answers. Injecting twice would be harmless (content.js guards itself), but the ping
 * saves re-evaluating a 60 KB bundle on every popup open.
 */
export async function ensureExtractor(tabId: number): Promise<'present' | 'injected'> {
  if (await ping(tabId)) return 'present';
  await getBrowser().scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  return 'injected';
}

async function ping(tabId: number): Promise<boolean> {
  try {
    const reply = await sendToContent(tabId, 'content.ping', {}, PING_TIMEOUT_MS);
    return hasOnlyKeys(reply, ['ready', 'version']) && reply.ready === true;
  } catch {
    return false; // "Receiving end does not exist", a timeout, or a closed tab: inject (which reports the real error)
  }
}

async function sendToContent<K extends ContentRequestType>(
  tabId: number,
  type: K,
  payload: Message<ContentRequests, K>['payload'],
  timeoutMs: number,
): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The page did not answer "${type}" within ${timeoutMs} ms.`)), timeoutMs);
  });
  try {
    return await Promise.race([getBrowser().tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether file:// pages may be read. Chrome has a per-extension switch. Firefox always answers
 * false yet lets activeTab read local files, so there the injection attempt decides.
 */
async function fileSchemeAccess(url: string): Promise<boolean> {
  if (!url.startsWith('file:')) return true;
  if (__BROWSER__ === 'firefox') return true;
  try {
    return await getBrowser().extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}
