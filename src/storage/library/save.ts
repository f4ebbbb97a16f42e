// Saving an article with its images in ONE transaction, so a reader never sees half a save, and
// saving the same article again replaces the entry's content and images atomically while keeping
// its id, first-save time and reading progress.

import type { Article } from '../../core/article';
import { imageTargets } from './article-images';
import type { LibraryContext, WriteTx } from './context';
import { dedupeKeys } from './dedupe';
import { LibraryError } from './errors';
import { all, bumpGeneration, deleteRows, findExisting, imageRow, imageRows, imagesOf, mergeKeys, putListed, statusOf, withSizes } from './rows';
import { ALL_STORES } from './schema';
import { textBytes } from './sizes';
import { writeTransaction } from './tx';
import type { ArticleRecord, FetchedImage, ImageRecord, ImageRef, SaveInput, SaveOutcome } from './types';

export function outcomeOf(record: ArticleRecord, updated: boolean): SaveOutcome {
  return {
    id: record.id,
    status: record.status === 'partial' ? 'partial' : 'complete',
    updated,
    sizes: record.sizes,
    missing: record.images.flatMap((ref) => (ref.status === 'ok' ? [] : [{ url: ref.url, error: ref.error ?? { code: 'INTERRUPTED' as const, message: 'The image was not downloaded.' } }])),
  };
}

/** Bytes a save asks the browser for: what the quota error reports as needed. */
function requestedBytes(article: Article, images: readonly FetchedImage[]): number {
  const text = textBytes(article, article.title + article.textContent);
  return images.reduce((sum, image) => sum + (image.blob?.size ?? 0), text);
}

/** Staging records of an earlier, interrupted save of the same article are superseded by a finished save. */
async function dropStaleStaging(tx: WriteTx, context: LibraryContext, keys: readonly string[], exceptId?: string): Promise<void> {
  const staging = await tx.objectStore('articles').index('byStatus').getAll('saving');
  const wanted = new Set(keys);
  for (const record of staging) {
    if (record.id !== exceptId && record.dedupeKeys.some((key) => wanted.has(key))) await deleteRows(tx, context, record.id);
  }
}

/**
 * Saving again must never lose an image the library already has: when a download failed this
 * time (offline, the host went away) but the entry holds that image from an earlier save, the
 * stored copy is kept under the new layout.
 */
async function keepStoredImages(
  tx: WriteTx,
  context: LibraryContext,
  existingId: string,
  refs: readonly ImageRef[],
  images: readonly ImageRecord[],
): Promise<{ refs: ImageRef[]; images: ImageRecord[] }> {
  if (refs.every((ref) => ref.status === 'ok')) return { refs: [...refs], images: [...images] };
  const stored = new Map<string, ImageRecord>();
  for (const image of await tx.objectStore('images').getAll(imagesOf(context, existingId))) {
    if (image.status === 'ok' && image.blob) stored.set(image.url, image);
  }
  const kept = new Map<number, ImageRecord>();
  const merged = refs.map((ref): ImageRef => {
    const old = ref.status === 'ok' ? undefined : stored.get(ref.url);
    if (!old) return ref;
    kept.set(ref.index, { ...old, index: ref.index, originalUrl: ref.originalUrl });
    return { index: ref.index, url: ref.url, originalUrl: ref.originalUrl, status: 'ok', type: old.type, bytes: old.bytes };
  });
  return { refs: merged, images: [...images.filter((image) => !kept.has(image.index)), ...kept.values()] };
}

/**
 * Commit a finished article: replaces the existing entry for the same article, if any. `images`
 * are image records keyed under `record.id`; they are re-keyed when an existing entry is kept.
 */
export async function commitArticle(
  tx: WriteTx,
  context: LibraryContext,
  draft: ArticleRecord,
  images: readonly ImageRecord[],
  { stagingId }: { stagingId?: string } = {},
): Promise<{ record: ArticleRecord; updated: boolean }> {
  const existing = await findExisting(tx, draft.dedupeKeys, stagingId);
  const id = existing?.id ?? draft.id;
  let refs = draft.images;
  if (existing) {
    ({ refs, images } = await keepStoredImages(tx, context, existing.id, refs, images));
    await tx.objectStore('images').delete(imagesOf(context, existing.id));
  }
  if (stagingId) await deleteRows(tx, context, stagingId);
  const record = withSizes({
    ...draft,
    id,
    images: refs,
    status: statusOf(refs),
    savedAt: existing?.savedAt ?? draft.savedAt,
    readingProgress: existing?.readingProgress ?? draft.readingProgress,
    dedupeKeys: existing ? mergeKeys(draft.dedupeKeys, existing.dedupeKeys) : draft.dedupeKeys,
  });
  const imageStore = tx.objectStore('images');
  await all(images.map((image) => () => imageStore.put(image.articleId === id ? image : { ...image, articleId: id })));
  await putListed(tx, record);
  await dropStaleStaging(tx, context, record.dedupeKeys, stagingId);
  await bumpGeneration(tx);
  return { record, updated: Boolean(existing) };
}

export function draftRecord(context: LibraryContext, article: Article, sourceUrl: string | undefined, id: string): ArticleRecord {
  const now = context.now();
  const keys = dedupeKeys(article, sourceUrl);
  return {
    id,
    article,
    sourceUrl: sourceUrl || article.url,
    canonicalUrl: article.canonicalUrl,
    dedupeKey: keys[0]!,
    dedupeKeys: keys,
    savedAt: now,
    updatedAt: now,
    sizes: { html: 0, images: 0, total: 0 },
    readingProgress: 0,
    status: 'saving',
    images: [],
  };
}

export async function saveArticle(context: LibraryContext, input: SaveInput): Promise<SaveOutcome> {
  const draft = draftRecord(context, input.article, input.sourceUrl, context.newId());
  const { refs, records } = imageRows(draft.id, imageTargets(input.article), input.images);
  draft.images = refs;
  const { record, updated } = await writeTransaction(
    context,
    ALL_STORES,
    (tx) => commitArticle(tx, context, draft, records),
    requestedBytes(input.article, input.images),
  );
  return outcomeOf(record, updated);
}

/**
 * Store newly fetched images of an entry whose images were missing (retry) or pending (a split
 * save), matched by URL. Images already stored are left alone. One transaction.
 */
export async function storeImages(context: LibraryContext, id: string, fetched: readonly FetchedImage[]): Promise<ArticleRecord> {
  const needBytes = fetched.reduce((sum, image) => sum + (image.blob?.size ?? 0), 0);
  return writeTransaction(
    context,
    ALL_STORES,
    async (tx) => {
      const current = await tx.objectStore('articles').get(id);
      if (!current) throw new LibraryError('NOT_FOUND', 'This article is no longer in the library.');
      const byUrl = new Map(fetched.map((image) => [image.url, image]));
      const imageStore = tx.objectStore('images');
      const writes: Array<() => Promise<unknown>> = [];
      const refs = current.images.map((ref) => {
        const image = byUrl.get(ref.url);
        // Never replace a stored image; a failed retry only refreshes the reason.
        if (!image || ref.status === 'ok') return ref;
        const row = imageRow(id, ref, image);
        writes.push(() => imageStore.put(row.record));
        return row.ref;
      });
      await all(writes);
      const saving = current.status === 'saving';
      const record = withSizes({ ...current, images: refs, status: saving ? 'saving' : statusOf(refs), updatedAt: context.now() });
      if (saving) await tx.objectStore('articles').put(record);
      else await putListed(tx, record);
      return record;
    },
    needBytes,
  );
}
