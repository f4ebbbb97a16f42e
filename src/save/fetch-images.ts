// Downloading an article's images for offline reading: origin URL first, then the proxied form
// the page had; a few at a time; each with a size cap and a timeout.

import type { ArticleImage } from '../core/article';
import type { FetchedImage, ImageError } from '../storage/library';
import { fetchImageOnce } from './fetch-image';
import type { AttemptResult, FetchFn } from './fetch-image';
import { mapPool } from './pool';
import type { SaveProgress } from './types';

export interface FetchImagesOptions {
  /** The fetch to use (the extension's, which carries its host permissions). Defaults to globalThis.fetch. */
  fetch?: FetchFn;
  /** Downloads in flight at once. Default 4. */
  concurrency?: number;
  /** Per-image cap in bytes. Default 15 MB. */
  maxBytes?: number;
  /** Per-attempt timeout in ms, covering the whole body. Default 20 s. */
  timeoutMs?: number;
  /** Cancels everything: fetchImages rejects with the signal's reason. */
  signal?: AbortSignal;
  onProgress?: (progress: SaveProgress) => void;
  /** Each image as soon as it is settled (downloaded or given up), before the others finish. */
  onImage?: (image: FetchedImage) => void;
}

export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_MAX_IMAGE_BYTES = 15 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Either an Article image or a library image target. */
export type ImageSource = Pick<ArticleImage, 'src' | 'originalSrc'> | { url: string; originalUrl: string | null };

function urlsOf(source: ImageSource): { url: string; originalUrl: string | null } {
  return 'src' in source
    ? { url: source.src, originalUrl: source.originalSrc && source.originalSrc !== source.src ? source.originalSrc : null }
    : { url: source.url, originalUrl: source.originalUrl && source.originalUrl !== source.url ? source.originalUrl : null };
}

/** A second attempt through the proxy cannot help when the image itself is too big. */
const worthFallback = (error: ImageError) => error.code !== 'TOO_LARGE';

export async function fetchImages(images: readonly ImageSource[], options: FetchImagesOptions = {}): Promise<FetchedImage[]> {
  const attempt = {
    fetch: options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init)),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    signal: options.signal,
  };
  const sources = images.map(urlsOf);
  const total = sources.length;
  let done = 0;
  let bytes = 0;
  options.signal?.throwIfAborted();

  // The same URL twice (a lead image repeated in the body) is downloaded once.
  const unique = [...new Map(sources.map((source) => [source.url, source])).values()];
  const copies = new Map<string, number>();
  for (const source of sources) copies.set(source.url, (copies.get(source.url) ?? 0) + 1);
  const results = await mapPool(unique, options.concurrency ?? DEFAULT_CONCURRENCY, async ({ url, originalUrl }): Promise<FetchedImage> => {
    let result: AttemptResult = await fetchImageOnce(url, attempt);
    if (!result.ok && originalUrl && worthFallback(result.error)) {
      const origin = result.error;
      const proxied = await fetchImageOnce(originalUrl, attempt);
      result = proxied.ok ? proxied : { ok: false, error: { ...origin, message: `${origin.message} The proxied copy failed too: ${proxied.error.message}` } };
    }
    const image: FetchedImage = result.ok
      ? { url, originalUrl, status: 'ok', blob: result.blob, type: result.type, fetchedFrom: result.fetchedFrom }
      : { url, originalUrl, status: 'missing', error: result.error };
    done += copies.get(url) ?? 1;
    bytes += image.blob?.size ?? 0;
    options.onImage?.(image);
    options.onProgress?.({ phase: 'images', done, total, bytes });
    return image;
  });
  const byUrl = new Map(results.map((image) => [image.url, image]));
  return sources.map((source) => ({ ...byUrl.get(source.url)!, originalUrl: source.originalUrl }));
}
