// One attempt to download one image URL: no cookies, no referrer, a timeout, a size cap, and only
// bytes that really are an image.

import type { ImageError } from '../storage/library';
import { readCapped } from './read-capped';
import { isVagueType, looksLikeText, mediaType, sniffImageType } from './sniff';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface AttemptOptions {
  fetch: FetchFn;
  maxBytes: number;
  timeoutMs: number;
  /** The whole save's signal: when it aborts, the attempt rejects with its reason instead of reporting an image error. */
  signal?: AbortSignal;
}

export type AttemptResult = { ok: true; blob: Blob; type: string; fetchedFrom: string } | { ok: false; error: ImageError };

const MB = 1024 * 1024;
const describeBytes = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function fail(code: ImageError['code'], message: string, status?: number): AttemptResult {
  return { ok: false, error: status === undefined ? { code, message } : { code, message, status } };
}

export async function fetchImageOnce(url: string, options: AttemptOptions): Promise<AttemptResult> {
  if (!/^https?:\/\//i.test(url)) return fail('UNSUPPORTED_URL', `Only http and https images can be saved (${url.slice(0, 40)}).`);
  const outer = options.signal;
  outer?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onOuterAbort = () => controller.abort(outer!.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  // `fetch` is called as a plain function: a browser's fetch bound to another `this` throws "Illegal invocation".
  const fetchFn = options.fetch;
  try {
    const response = await fetchFn(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      signal: controller.signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return fail('HTTP_ERROR', `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, response.status);
    }
    const declaredLength = Number(response.headers.get('content-length'));
    if (Number.isFinite(declaredLength) && declaredLength > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return fail('TOO_LARGE', `The image is ${describeBytes(declaredLength)}, over the ${describeBytes(options.maxBytes)} limit.`);
    }
    const declared = mediaType(response.headers.get('content-type'));
    if (!declared.startsWith('image/') && !isVagueType(declared)) {
      await response.body?.cancel().catch(() => undefined);
      return fail('NOT_IMAGE', `The server sent ${declared} instead of an image.`);
    }
    const body = await readCapped(response, options.maxBytes);
    if (!body.ok) return fail('TOO_LARGE', `The image is over the ${describeBytes(options.maxBytes)} limit.`);
    if (body.bytes.byteLength === 0) return fail('NOT_IMAGE', 'The server sent an empty file.');
    const sniffed = sniffImageType(body.bytes);
    // Trust the bytes over the label; accept a declared image type we cannot sniff (icons, rarer formats) unless it is plainly text.
    const type = sniffed ?? (declared.startsWith('image/') && declared !== 'image/svg+xml' && !looksLikeText(body.bytes) ? declared : null);
    if (!type) return fail('NOT_IMAGE', `The server sent something that is not an image${declared ? ` (labelled ${declared})` : ''}.`);
    return { ok: true, blob: new Blob([body.bytes], { type }), type, fetchedFrom: response.url || url };
  } catch (error) {
    if (outer?.aborted) throw outer.reason ?? error;
    if (timedOut) return fail('TIMEOUT', `No complete answer within ${Math.round(options.timeoutMs / 1000)} s.`);
    return fail('NETWORK', `The image could not be downloaded (${(error as Error)?.message || 'network error'}).`);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}
