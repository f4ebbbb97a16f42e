// Saving an article for offline reading: download its images, then store article and images in
// one transaction (or, for very large articles, in durable steps that survive a stopped worker).
// Every outcome is a result the UI can show; nothing here throws except on programmer error.

import type { Article, ExtractResult } from '../core/article';
import { LibraryError, imageTargets, isLibraryError, outcomeOf } from '../storage/library';
import type { FetchedImage, ImageTarget, Library, SaveOutcome } from '../storage/library';
import { fetchImages } from './fetch-images';
import type { FetchImagesOptions } from './fetch-images';
import type { MissingImage, SaveProgress, SaveResult } from './types';

export interface SaveDeps extends Omit<FetchImagesOptions, 'onProgress'> {
  library: Library;
  onProgress?: (progress: SaveProgress) => void;
  /** The page the user saved from, when it differs from article.url. */
  sourceUrl?: string;
  /** Articles with more images than this are saved in steps (see splitSave). Default 16. */
  splitAbove?: number;
  /** Images per step of a split save. Default 8. */
  batchSize?: number;
}

export const DEFAULT_SPLIT_ABOVE = 16;
export const DEFAULT_BATCH_SIZE = 8;

function toResult(outcome: SaveOutcome): SaveResult {
  const base = { id: outcome.id, updated: outcome.updated, sizes: outcome.sizes };
  if (!outcome.missing.length) return { status: 'saved', ...base };
  const missing: MissingImage[] = outcome.missing.map(({ url, error }) => ({ url, reason: error.code, message: error.message }));
  return { status: 'saved-partial', ...base, missing };
}

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

async function toFailure(error: unknown, library: Library, signal?: AbortSignal): Promise<SaveResult> {
  if (isAbort(error) || signal?.aborted) return { status: 'failed', code: 'ABORTED', message: 'The save was cancelled; nothing was saved.' };
  if (isLibraryError(error)) {
    const failure: SaveResult = { status: 'failed', code: error.code, message: error.message };
    if (error.needBytes !== undefined) failure.needBytes = error.needBytes;
    if (error.code === 'QUOTA_EXCEEDED') failure.largest = await library.largestArticles(5).catch(() => []);
    return failure;
  }
  return { status: 'failed', code: 'INTERNAL', message: `Saving failed unexpectedly: ${(error as Error)?.message ?? String(error)}` };
}

function noArticle(article: Article): boolean {
  return !article.contentHtml.trim() || (!article.textContent.trim() && article.images.length === 0);
}

/**
 * Save an article (or an extraction result: a failed one saves nothing and reports its code,
 * e.g. NO_ARTICLE for a link that is not an article).
 */
export async function saveArticleOffline(source: Article | ExtractResult, deps: SaveDeps): Promise<SaveResult> {
  const article = 'ok' in source ? (source.ok ? source.article : null) : source;
  if (!article) {
    const { code, message } = (source as Extract<ExtractResult, { ok: false }>).error;
    return { status: 'failed', code, message };
  }
  if (noArticle(article)) return { status: 'failed', code: 'NO_ARTICLE', message: 'There is no article text to save.' };

  const targets = imageTargets(article);
  const report = progressReporter(deps, targets.length);
  try {
    const outcome =
      targets.length > (deps.splitAbove ?? DEFAULT_SPLIT_ABOVE)
        ? await splitSave(article, targets, deps, report)
        : await singleSave(article, targets, deps, report);
    return toResult(outcome);
  } catch (error) {
    return toFailure(error, deps.library, deps.signal);
  } finally {
    report.done();
  }
}

interface Reporter {
  images(done: number, bytes: number): void;
  writing(): void;
  done(): void;
}

function progressReporter(deps: SaveDeps, total: number): Reporter {
  let done = 0;
  let bytes = 0;
  const emit = (phase: SaveProgress['phase']) => deps.onProgress?.({ phase, done, total, bytes });
  return {
    images(imagesDone, imageBytes) {
      done = imagesDone;
      bytes = imageBytes;
      emit('images');
    },
    writing: () => emit('writing'),
    done: () => emit('done'),
  };
}

function fetchOptions(deps: SaveDeps, onProgress: FetchImagesOptions['onProgress']): FetchImagesOptions {
  return { fetch: deps.fetch, concurrency: deps.concurrency, maxBytes: deps.maxBytes, timeoutMs: deps.timeoutMs, signal: deps.signal, onProgress };
}

async function singleSave(article: Article, targets: ImageTarget[], deps: SaveDeps, report: Reporter): Promise<SaveOutcome> {
  // Network first, outside any transaction: IndexedDB would commit a transaction left idle during a download.
  const images = await fetchImages(targets, fetchOptions(deps, (p) => report.images(p.done, p.bytes)));
  deps.signal?.throwIfAborted();
  report.writing();
  return deps.library.saveArticle({ article, images, sourceUrl: deps.sourceUrl });
}

/**
 * Very large articles: the text first (a hidden 'saving' entry), then the images batch by batch,
 * then one transaction that makes the entry visible. A worker stopped half-way leaves a 'saving'
 * entry that listInterrupted() finds and resumeInterruptedSave() completes.
 */
async function splitSave(article: Article, targets: ImageTarget[], deps: SaveDeps, report: Reporter): Promise<SaveOutcome> {
  const { id } = await deps.library.beginSave({ article, sourceUrl: deps.sourceUrl });
  try {
    await fetchAndStoreInBatches(id, targets, deps, report, 0, 0);
    report.writing();
    return await deps.library.finishSave(id);
  } catch (error) {
    // Cancelled or out of space: free what the staged save holds; a retry starts over.
    await deps.library.discardInterrupted(id).catch(() => undefined);
    throw error;
  }
}

/**
 * Download `targets` with the pool kept full, storing finished images `batchSize` at a time in
 * their own transactions while the next downloads run. A failed write (storage full) cancels
 * the downloads still running and is what this rejects with.
 */
async function fetchAndStoreInBatches(id: string, targets: readonly ImageTarget[], deps: SaveDeps, report: Reporter, doneBefore: number, bytesBefore: number): Promise<void> {
  const size = Math.max(1, deps.batchSize ?? DEFAULT_BATCH_SIZE);
  const downloads = new AbortController();
  const cancel = () => downloads.abort(deps.signal?.reason);
  deps.signal?.addEventListener('abort', cancel, { once: true });
  let buffer: FetchedImage[] = [];
  let writes: Promise<unknown> = Promise.resolve();
  let writeError: unknown = null;
  const flush = () => {
    if (!buffer.length) return;
    const batch = buffer;
    buffer = [];
    writes = writes.then(async () => {
      if (writeError === null) await deps.library.storeImages(id, batch);
    }).catch((error: unknown) => {
      writeError ??= error;
      downloads.abort(error);
    });
  };
  try {
    await fetchImages(targets, {
      ...fetchOptions(deps, (p) => report.images(doneBefore + p.done, bytesBefore + p.bytes)),
      signal: downloads.signal,
      onImage: (image) => {
        buffer.push(image);
        if (buffer.length >= size) flush();
      },
    });
    flush();
  } catch (error) {
    await writes;
    throw writeError ?? error;
  } finally {
    deps.signal?.removeEventListener('abort', cancel);
  }
  await writes;
  if (writeError !== null) throw writeError;
  deps.signal?.throwIfAborted();
}

/** Download again only the images an entry is missing, and store those that arrive (one transaction). */
export async function retryMissingImages(id: string, deps: SaveDeps): Promise<SaveResult> {
  try {
    const record = await deps.library.getArticle(id);
    if (!record) throw new LibraryError('NOT_FOUND', 'This article is no longer in the library.');
    const missing = record.images.filter((ref) => ref.status !== 'ok');
    const report = progressReporter(deps, missing.length);
    try {
      if (missing.length) {
        const images: FetchedImage[] = await fetchImages(missing, fetchOptions(deps, (p) => report.images(p.done, p.bytes)));
        deps.signal?.throwIfAborted();
        report.writing();
        const updated = await deps.library.storeImages(id, images);
        return toResult(outcomeOf(updated, true));
      }
      return toResult(outcomeOf(record, true));
    } finally {
      report.done();
    }
  } catch (error) {
    return toFailure(error, deps.library, deps.signal);
  }
}

/** Complete a split save a stopped worker left in 'saving' (from library.listInterrupted()). */
export async function resumeInterruptedSave(id: string, deps: SaveDeps): Promise<SaveResult> {
  try {
    const staged = await deps.library.getInterrupted(id);
    if (!staged) throw new LibraryError('NOT_FOUND', 'This save already finished or was discarded.');
    const pending = staged.images.filter((ref) => ref.status === 'pending');
    const report = progressReporter(deps, staged.images.length);
    try {
      const alreadyDone = staged.images.length - pending.length;
      await fetchAndStoreInBatches(id, pending, deps, report, alreadyDone, staged.sizes.images);
      report.writing();
      return toResult(await deps.library.finishSave(id));
    } finally {
      report.done();
    }
  } catch (error) {
    return toFailure(error, deps.library, deps.signal);
  }
}
