// Building blocks of write transactions: each takes the open transaction and only issues
// IndexedDB requests on it.

import type { LibraryContext, ReadTx, WriteTx } from './context';
import type { ImageTarget } from './article-images';
import { toSearchRow, toSummaryRow } from './projections';
import { GENERATION_KEY } from './schema';
import type { SummaryRow } from './schema';
import { sizesOf, textBytes } from './sizes';
import type { ArticleRecord, ArticleStatus, FetchedImage, ImageRecord, ImageRef } from './types';

/**
 * Issue several requests and wait for all. When one of them throws synchronously (a DataError, an
 * injected fault), the ones already issued will reject with AbortError once the transaction
 * aborts: they are marked handled here so that nothing surfaces as an unhandled rejection.
 */
export async function all(requests: Iterable<() => Promise<unknown>>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const request of requests) pending.push(request());
  } finally {
    for (const promise of pending) promise.catch(() => undefined);
  }
  await Promise.all(pending);
}

/** Key range of every image of one article ([id, -∞] .. [id, +∞]). */
export function imagesOf(context: LibraryContext, articleId: string): IDBKeyRange {
  return context.keyRange.bound([articleId, -Infinity], [articleId, Infinity]);
}

/** The listed entry that answers to one of `keys` (strongest key first), other than `exceptId`. */
export async function findExisting(tx: ReadTx, keys: readonly string[], exceptId?: string): Promise<SummaryRow | undefined> {
  const index = tx.objectStore('summaries').index('dedupeKeys');
  for (const key of keys) {
    const rows = await index.getAll(key);
    const match = rows.find((row) => row.id !== exceptId);
    if (match) return match;
  }
  return undefined;
}

export async function bumpGeneration(tx: WriteTx): Promise<void> {
  const meta = tx.objectStore('meta');
  const generation = (await meta.get(GENERATION_KEY)) ?? 0;
  await meta.put(generation + 1, GENERATION_KEY);
}

/** Write the record and both projections (the record must not be 'saving'). */
export async function putListed(tx: WriteTx, record: ArticleRecord): Promise<void> {
  await all([
    () => tx.objectStore('articles').put(record),
    () => tx.objectStore('summaries').put(toSummaryRow(record)),
    () => tx.objectStore('searchText').put(toSearchRow(record)),
  ]);
}

export async function deleteRows(tx: WriteTx, context: LibraryContext, id: string): Promise<void> {
  await all([
    () => tx.objectStore('articles').delete(id),
    () => tx.objectStore('images').delete(imagesOf(context, id)),
    () => tx.objectStore('summaries').delete(id),
    () => tx.objectStore('searchText').delete(id),
  ]);
}

/** Several identities accumulate as one article is saved from several places; keep the strongest few. */
export function mergeKeys(primary: readonly string[], previous: readonly string[]): string[] {
  return [...new Set([...primary, ...previous])].slice(0, 12);
}

export function statusOf(refs: readonly ImageRef[]): Exclude<ArticleStatus, 'saving'> {
  return refs.every((ref) => ref.status === 'ok') ? 'complete' : 'partial';
}

/** Recompute sizes from the text and the image refs. */
export function withSizes(record: ArticleRecord): ArticleRecord {
  const search = toSearchRow(record);
  const imageBytes = record.images.reduce((sum, ref) => sum + (ref.status === 'ok' ? ref.bytes : 0), 0);
  return { ...record, sizes: sizesOf(textBytes(record.article, search.title + search.text), imageBytes) };
}

/**
 * Pair the article's image targets with what the engine fetched (matched by URL). Targets the
 * engine did not hand over become 'missing' (NOT_FETCHED) unless `unfetched` says otherwise.
 */
export function imageRows(
  articleId: string,
  targets: readonly ImageTarget[],
  fetched: readonly FetchedImage[],
  unfetched: 'missing' | 'pending' = 'missing',
): { refs: ImageRef[]; records: ImageRecord[] } {
  const byUrl = new Map(fetched.map((image) => [image.url, image]));
  const refs: ImageRef[] = [];
  const records: ImageRecord[] = [];
  for (const target of targets) {
    const image = byUrl.get(target.url);
    if (!image) {
      refs.push(
        unfetched === 'pending'
          ? { ...target, status: 'pending', type: null, bytes: 0 }
          : { ...target, status: 'missing', type: null, bytes: 0, error: { code: 'NOT_FETCHED', message: 'The image was not downloaded with the article.' } },
      );
      continue;
    }
    const { ref, record } = imageRow(articleId, target, image);
    refs.push(ref);
    records.push(record);
  }
  return { refs, records };
}

/** Duck-typed: a Blob made in another realm (an iframe, the offscreen document) fails instanceof. */
export function isBlob(value: unknown): value is Blob {
  return typeof value === 'object' && value !== null && typeof (value as Blob).size === 'number' && typeof (value as Blob).arrayBuffer === 'function';
}

export function imageRow(articleId: string, target: ImageTarget, image: FetchedImage): { ref: ImageRef; record: ImageRecord } {
  const ok = image.status === 'ok' && isBlob(image.blob);
  const type = ok ? image.type || image.blob!.type || null : null;
  const bytes = ok ? image.blob!.size : 0;
  const error = ok ? undefined : (image.error ?? { code: 'NETWORK' as const, message: 'The image could not be downloaded.' });
  const ref: ImageRef = { index: target.index, url: target.url, originalUrl: target.originalUrl, status: ok ? 'ok' : 'missing', type, bytes };
  const record: ImageRecord = {
    articleId,
    index: target.index,
    url: target.url,
    originalUrl: target.originalUrl,
    blob: ok ? image.blob! : null,
    type,
    bytes,
    status: ok ? 'ok' : 'missing',
  };
  if (error) {
    ref.error = error;
    record.error = error;
  }
  return { ref, record };
}
