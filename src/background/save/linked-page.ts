// Downloading a linked page for "save the linked article" without opening it.
//
// credentials: 'omit' — no cookies, no HTTP auth. The articles people save this way are public
// posts; sending the user's cookies from the background would save a personalised page (a
// logged-in header, a paywall teaser meant for this account) and would let any link in any page
// make the extension act with the user's session on another site. A page that only shows its
// article after login is saved from the tab instead ("save this page"), where the page is already
// rendered. Capped in size and time like image downloads.
import { readCapped } from '../../save/read-capped';
import { isVagueType, looksLikeText, mediaType } from '../../save/sniff';
import type { FetchFn } from '../../save';
import type { SaveJobFailure, SaveJobResult } from '../../shared/messages';
import { decodePage } from './decode-page';

/** Pages above this are refused (real articles are 50–800 KB of HTML; 5 MB leaves plenty of room). */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Whole download, headers and body. */
export const PAGE_TIMEOUT_MS = 20_000;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export type LinkedPage =
  | { ok: true; html: string; url: string; encoding: string }
  | { ok: false; failure: SaveJobFailure | Extract<SaveJobResult, { status: 'failed' }> };

const network = (message: string): LinkedPage => ({ ok: false, failure: { status: 'failed', code: 'NETWORK', message } });
const notHtml = (message: string): LinkedPage => ({ ok: false, failure: { status: 'failed', code: 'NOT_HTML', message } });

export async function fetchLinkedPage(url: string, fetchFn: FetchFn, timeoutMs = PAGE_TIMEOUT_MS, maxBytes = MAX_PAGE_BYTES): Promise<LinkedPage> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetchFn(url, {
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return network(`The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
    }
    const finalUrl = response.url || url;
    if (!/^https?:\/\//i.test(finalUrl)) return notHtml(`The link ends at ${finalUrl.slice(0, 60)}, not a web page.`);
    const contentType = response.headers.get('content-type');
    const type = mediaType(contentType);
    if (!HTML_TYPES.has(type) && !isVagueType(type) && type !== 'text/plain') {
      await response.body?.cancel().catch(() => undefined);
      return notHtml(`The link leads to ${type}, not a web page.`);
    }
    const body = await readCapped(response, maxBytes);
    if (!body.ok) {
      return { ok: false, failure: { status: 'failed', code: 'TOO_LARGE', message: `The page is over ${Math.round(maxBytes / 1024 / 1024)} MB.` } };
    }
    // A vague or text/plain label: only markup is a page (a PDF or an image sent as octet-stream is not).
    if (!HTML_TYPES.has(type) && !looksLikeText(body.bytes)) return notHtml('The link leads to a file, not a web page.');
    const { text, encoding } = decodePage(body.bytes, contentType);
    return { ok: true, html: text, url: finalUrl, encoding };
  } catch (error) {
    if (timedOut) return network(`No complete answer within ${Math.round(timeoutMs / 1000)} s.`);
    return network(`The page could not be downloaded (${(error as Error)?.message || 'network error'}).`);
  } finally {
    clearTimeout(timer);
  }
}
