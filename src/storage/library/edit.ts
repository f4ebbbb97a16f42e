// Delete with undo, and reading progress.

import type { LibraryContext } from './context';
import { LibraryError } from './errors';
import { toSummaryRow } from './projections';
import { all, bumpGeneration, deleteRows, findExisting, imagesOf, putListed } from './rows';
import { ALL_STORES } from './schema';
import { writeTransaction } from './tx';
import type { DeletedArticle } from './types';

/**
 * Remove an entry and its images in one transaction. Returns what restoreArticle() needs to undo
 * it (the page keeps it in memory while it shows "Deleted · Undo"), or null when it was not there.
 */
export async function deleteArticle(context: LibraryContext, id: string): Promise<DeletedArticle | null> {
  return writeTransaction(context, ALL_STORES, async (tx) => {
    const [record, images] = await Promise.all([tx.objectStore('articles').get(id), tx.objectStore('images').getAll(imagesOf(context, id))]);
    if (!record || record.status === 'saving') return null;
    await deleteRows(tx, context, id);
    await bumpGeneration(tx);
    return { record, images };
  });
}

/** Put a deleted entry back exactly as it was (same id, first-save time, progress, blobs). */
export async function restoreArticle(context: LibraryContext, snapshot: DeletedArticle): Promise<void> {
  const { record, images } = snapshot;
  await writeTransaction(
    context,
    ALL_STORES,
    async (tx) => {
      if (await tx.objectStore('articles').get(record.id)) return; // already restored
      const other = await findExisting(tx, record.dedupeKeys, record.id);
      if (other) {
        throw new LibraryError('DUPLICATE', `“${other.title}” was saved again after it was deleted; the deleted copy was not restored.`);
      }
      const imageStore = tx.objectStore('images');
      await all(images.map((image) => () => imageStore.put(image)));
      await putListed(tx, record);
      await bumpGeneration(tx);
    },
    record.sizes.total,
  );
}

export async function setReadingProgress(context: LibraryContext, id: string, progress: number): Promise<void> {
  if (!Number.isFinite(progress)) throw new RangeError(`Reading progress must be a number between 0 and 1, got ${progress}`);
  const value = Math.min(1, Math.max(0, progress));
  await writeTransaction(context, ['articles', 'summaries'], async (tx) => {
    const record = await tx.objectStore('articles').get(id);
    if (!record || record.status === 'saving') throw new LibraryError('NOT_FOUND', 'This article is no longer in the library.');
    if (record.readingProgress === value) return;
    const updated = { ...record, readingProgress: value };
    await all([() => tx.objectStore('articles').put(updated), () => tx.objectStore('summaries').put(toSummaryRow(updated))]);
  });
}
