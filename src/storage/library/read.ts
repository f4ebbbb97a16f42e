// Reading the library: single entries, the newest-first list (from the small summary rows only),
// the largest entries (what to delete when storage is full) and the storage meter.

import type { Article } from '../../core/article';
import type { LibraryContext } from './context';
import { dedupeKeys } from './dedupe';
import { toSummary } from './projections';
import { findExisting, imagesOf } from './rows';
import { readTransaction } from './tx';
import type { ArticleRecord, ArticleSummary, ImageRecord, LibraryEstimate, ListResult } from './types';

export const DEFAULT_PAGE_SIZE = 50;

/** A listed entry (complete or partial); null for unknown ids and for saves still in progress. */
export async function getArticle(context: LibraryContext, id: string): Promise<ArticleRecord | null> {
  const record = await readTransaction(context, ['articles'], (tx) => tx.objectStore('articles').get(id));
  return record && record.status !== 'saving' ? record : null;
}

export async function getImages(context: LibraryContext, id: string): Promise<ImageRecord[]> {
  return readTransaction(context, ['images'], (tx) => tx.objectStore('images').getAll(imagesOf(context, id)));
}

/** The stored images of an entry by the URL its contentHtml uses (missing images are absent). */
export async function getImageBlobs(context: LibraryContext, id: string): Promise<Map<string, Blob>> {
  const images = await getImages(context, id);
  return new Map(images.flatMap((image) => (image.blob ? [[image.url, image.blob] as const] : [])));
}

/** The entry and its images read in one transaction (a consistent pair, e.g. for export). */
export async function getBundle(context: LibraryContext, id: string): Promise<{ record: ArticleRecord; images: ImageRecord[] } | null> {
  return readTransaction(context, ['articles', 'images'], async (tx) => {
    const [record, images] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('images').getAll(imagesOf(context, id))]);
    return record && record.status !== 'saving' ? { record, images } : null;
  });
}

function clampPage(offset: number | undefined, limit: number | undefined): { offset: number; limit: number } {
  const safeOffset = Number.isFinite(offset) ? Math.max(0, Math.floor(offset!)) : 0;
  const safeLimit = Number.isFinite(limit) ? Math.max(0, Math.floor(limit!)) : DEFAULT_PAGE_SIZE;
  return { offset: safeOffset, limit: safeLimit };
}

/** Newest first, one page. Reads `limit` summary rows with one getAll (no body, no cursor walk over values). */
export async function listSummaries(context: LibraryContext, options: { offset?: number; limit?: number }): Promise<ListResult> {
  const { offset, limit } = clampPage(options.offset, options.limit);
  return readTransaction(context, ['summaries'], async (tx) => {
    const store = tx.objectStore('summaries');
    const index = store.index('newestFirst');
    const totalPromise = store.count();
    let rows: Awaited<ReturnType<typeof index.getAll>> = [];
    if (limit > 0) {
      if (offset === 0) rows = await index.getAll(null, limit);
      else {
        // Skip `offset` index keys without reading their values, then read the page from there.
        let cursor = await index.openKeyCursor();
        if (cursor) cursor = await cursor.advance(offset);
        if (cursor) rows = await index.getAll(context.keyRange.lowerBound(cursor.key), limit);
      }
    }
    return { items: rows.map(toSummary), total: await totalPromise };
  });
}

export async function getSummaries(context: LibraryContext, ids: readonly string[]): Promise<ArticleSummary[]> {
  return readTransaction(context, ['summaries'], async (tx) => {
    const store = tx.objectStore('summaries');
    const rows = await Promise.all(ids.map((id) => store.get(id)));
    return rows.flatMap((row) => (row ? [toSummary(row)] : []));
  });
}

/** The biggest entries first: what to suggest deleting when storage is full. */
export async function largestArticles(context: LibraryContext, count: number): Promise<ArticleSummary[]> {
  return readTransaction(context, ['summaries'], async (tx) => {
    const items: ArticleSummary[] = [];
    let cursor = await tx.objectStore('summaries').index('bySize').openCursor(null, 'prev');
    while (cursor && items.length < count) {
      items.push(toSummary(cursor.value));
      cursor = await cursor.continue();
    }
    return items;
  });
}

/** The id of the entry this article would update when saved, or null when it is new. */
export async function findSaved(context: LibraryContext, article: Pick<Article, 'site' | 'title' | 'url' | 'canonicalUrl'>): Promise<string | null> {
  const row = await readTransaction(context, ['summaries'], (tx) => findExisting(tx, dedupeKeys(article)));
  return row?.id ?? null;
}

export async function estimate(context: LibraryContext): Promise<LibraryEstimate> {
  const rows = await readTransaction(context, ['summaries'], (tx) => tx.objectStore('summaries').getAll());
  const libraryBytes = rows.reduce((sum, row) => sum + row.sizes.total, 0);
  let usage: number | null = null;
  let quota: number | null = null;
  let persisted: boolean | null = null;
  try {
    const result = await context.storage?.estimate();
    usage = result?.usage ?? null;
    quota = result?.quota ?? null;
    persisted = (await context.storage?.persisted?.()) ?? null;
  } catch {
    // Some contexts (Firefox private windows) refuse estimate(): the library total still stands.
  }
  return { usage, quota, persisted, articles: rows.length, libraryBytes };
}
