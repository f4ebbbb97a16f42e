// Whole entries (record + image blobs) in and out, for backups.

import type { LibraryContext } from './context';
import { getBundle } from './read';
import { all, bumpGeneration, findExisting, putListed } from './rows';
import { ALL_STORES } from './schema';
import { readTransaction, writeTransaction } from './tx';
import type { ArticleBundle } from './types';

/** Every listed entry, newest first, one consistent entry at a time (bodies and blobs are never all in memory). */
export async function* iterateBundles(context: LibraryContext): AsyncGenerator<ArticleBundle> {
  const ids = await readTransaction(context, ['summaries'], async (tx) => {
    const rows = await tx.objectStore('summaries').index('newestFirst').getAllKeys();
    return rows;
  });
  for (const id of ids) {
    const bundle = await getBundle(context, id);
    if (bundle) yield bundle; // deleted since the list was read: skip
  }
}

export interface ImportOutcome {
  /** Ids of the entries added. */
  imported: string[];
  /** Entries not added because the library (or the same import) already has that article. */
  skipped: number;
  /** Stored images (with bytes) that came with the added entries. */
  images: number;
}

/**
 * Add entries in ONE transaction: all of them or, on any failure (quota included), none. An entry
 * whose article is already saved is skipped (the library's copy is kept); an id already taken by
 * a different article gets a fresh id.
 */
export async function importBundles(context: LibraryContext, bundles: readonly ArticleBundle[]): Promise<ImportOutcome> {
  const needBytes = bundles.reduce((sum, bundle) => sum + bundle.record.sizes.total, 0);
  return writeTransaction(
    context,
    ALL_STORES,
    async (tx) => {
      const imported: string[] = [];
      let skipped = 0;
      let imageCount = 0;
      const keysSeen = new Set<string>();
      for (const { record, images } of bundles) {
        const duplicateHere = record.dedupeKeys.some((key) => keysSeen.has(key));
        if (duplicateHere || (await findExisting(tx, record.dedupeKeys))) {
          skipped++;
          continue;
        }
        record.dedupeKeys.forEach((key) => keysSeen.add(key));
        const idTaken = Boolean(await tx.objectStore('articles').get(record.id));
        const id = idTaken ? context.newId() : record.id;
        const imageStore = tx.objectStore('images');
        await all(images.map((image) => () => imageStore.put({ ...image, articleId: id })));
        await putListed(tx, { ...record, id });
        imported.push(id);
        imageCount += images.filter((image) => image.blob).length;
      }
      if (imported.length) await bumpGeneration(tx);
      return { imported, skipped, images: imageCount };
    },
    needBytes,
  );
}
