// Split saves for very large articles. Fetching dozens of images can outlive a service worker
// (Chrome stops an idle worker after 30 s), so a large save is made durable step by step:
//   beginSave      one transaction: the article text as a hidden 'saving' record, every image 'pending'
//   storeImages    one transaction per batch of fetched images (save.ts)
//   finishSave     one transaction: the entry becomes visible (or replaces the existing one)
// An entry in 'saving' is never listed or searched; listInterrupted() finds the ones a dead
// worker left behind, to resume (fetch what is still pending, then finishSave) or discard.

import type { Article } from '../../core/article';
import { imageTargets } from './article-images';
import type { ImageTarget } from './article-images';
import type { LibraryContext } from './context';
import { LibraryError } from './errors';
import { deleteRows, imageRows, withSizes } from './rows';
import { commitArticle, draftRecord, outcomeOf } from './save';
import { ALL_STORES } from './schema';
import { readTransaction, writeTransaction } from './tx';
import type { ArticleRecord, InterruptedSave, SaveOutcome } from './types';

export async function beginSave(
  context: LibraryContext,
  input: { article: Article; sourceUrl?: string },
): Promise<{ id: string; targets: ImageTarget[] }> {
  const record = draftRecord(context, input.article, input.sourceUrl, context.newId());
  const targets = imageTargets(input.article);
  record.images = imageRows(record.id, targets, [], 'pending').refs;
  const staged = withSizes(record);
  await writeTransaction(context, ['articles'], (tx) => tx.objectStore('articles').put(staged), staged.sizes.total);
  return { id: record.id, targets };
}

function interruptedError(): { code: 'INTERRUPTED'; message: string } {
  return { code: 'INTERRUPTED', message: 'The save ended before this image was downloaded.' };
}

export async function finishSave(context: LibraryContext, stagingId: string): Promise<SaveOutcome> {
  const { record, updated } = await writeTransaction(context, ALL_STORES, async (tx) => {
    const staged = await tx.objectStore('articles').get(stagingId);
    if (!staged || staged.status !== 'saving') throw new LibraryError('NOT_FOUND', 'This save is no longer in progress.');
    const images = await tx.objectStore('images').getAll(context.keyRange.bound([stagingId, -Infinity], [stagingId, Infinity]));
    const refs = staged.images.map((ref) => (ref.status === 'pending' ? { ...ref, status: 'missing' as const, error: interruptedError() } : ref));
    const draft: ArticleRecord = { ...staged, images: refs, updatedAt: context.now() };
    return commitArticle(tx, context, draft, images, { stagingId });
  });
  return outcomeOf(record, updated);
}

export async function listInterrupted(context: LibraryContext): Promise<InterruptedSave[]> {
  const records = await readTransaction(context, ['articles'], (tx) => tx.objectStore('articles').index('byStatus').getAll('saving'));
  return records
    .map((record) => ({
      id: record.id,
      title: record.article.title,
      sourceUrl: record.sourceUrl,
      startedAt: record.savedAt,
      pending: record.images.filter((ref) => ref.status === 'pending').length,
      total: record.images.length,
    }))
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** The staged record, for resuming (null when it finished or was discarded meanwhile). */
export async function getStaged(context: LibraryContext, stagingId: string): Promise<ArticleRecord | null> {
  const record = await readTransaction(context, ['articles'], (tx) => tx.objectStore('articles').get(stagingId));
  return record && record.status === 'saving' ? record : null;
}

export async function discardInterrupted(context: LibraryContext, stagingId: string): Promise<boolean> {
  return writeTransaction(context, ['articles', 'images', 'summaries', 'searchText'], async (tx) => {
    const record = await tx.objectStore('articles').get(stagingId);
    if (!record || record.status !== 'saving') return false;
    await deleteRows(tx, context, stagingId);
    return true;
  });
}
