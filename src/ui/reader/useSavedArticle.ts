// Everything a reader does for an article from the offline library, beside showing it: remember
// the reading position, stand in for pictures the save could not download, export, delete with
// undo, and download missing pictures again where the extension offers it.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DeletedArticle } from '../../storage/library';
import { t } from '../i18n';
import type { ArticleExportFormat } from '../library/export-article';
import { libraryErrorText } from '../library/errors';
import type { SaveJob } from '../../shared/messages';
import type { RetryState } from '../library/RetryImages';
import { useSaveJobs } from '../library/useSaveJobs';
import type { SaveJobSource } from '../library/useSaveJobs';
import type { SavedArticle } from './saved-source';
import { useMissingImages } from './useMissingImages';
import { useSavedProgress } from './useSavedProgress';

/** A saved article deleted from its reader tab (Undo brings it back). */
export interface DeletedFromTab {
  snapshot: DeletedArticle;
  title: string;
}

export interface SavedArticleOptions {
  title: string;
  /** Reading progress 0..1 (useReadingPosition). */
  progress: number;
  /** Owned by the reader, which stops showing the article while it is deleted. */
  deleted: DeletedFromTab | null;
  setDeleted(deleted: DeletedFromTab | null): void;
  /** The background's save jobs: retries of missing images run there. */
  jobs: SaveJobSource;
  /** Load the article again (after a retry brought pictures). */
  reload(): void;
}

export interface SavedArticleUi {
  busy: boolean;
  /** The last failure or confirmation, for the reader's status line. */
  message: { tone: 'ok' | 'error'; text: string } | null;
  exportAs(format: ArticleExportFormat): void;
  remove(): void;
  undo(): void;
  /** The retry of missing images, while it runs or when it failed. */
  retryState: RetryState | undefined;
  /** Call straight from the click (it may ask for site access first). */
  retry(): void;
  clearMessage(): void;
}

export function useSavedArticle(saved: SavedArticle | null, { title, progress, deleted, setDeleted, jobs, reload }: SavedArticleOptions): SavedArticleUi {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SavedArticleUi['message']>(null);
  const flushProgress = useSavedProgress(deleted ? null : saved, progress);
  // A retry that finished brought pictures: show them (from where the reader is).
  const savedId = saved?.id;
  const finished = useCallback(
    (job: SaveJob) => {
      if (!savedId || job.articleId !== savedId) return;
      flushProgress();
      reload();
    },
    [savedId, flushProgress, reload],
  );
  const saveJobs = useSaveJobs(jobs, finished);
  // Confirmations fade; errors stay until clicked away or replaced.
  useEffect(() => {
    if (message?.tone !== 'ok') return;
    const timer = setTimeout(() => setMessage(null), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  useMissingImages(Boolean(saved) && !deleted, saved);

  const fail = useCallback((error: unknown) => setMessage({ tone: 'error', text: libraryErrorText(error).text }), []);

  const exportAs = useCallback(
    (format: ArticleExportFormat) => {
      if (!saved) return;
      saved.exportAs(format).then((fileName) => setMessage({ tone: 'ok', text: t('libraryExportedArticle', fileName) }), fail);
    },
    [saved, fail],
  );

  const remove = useCallback(() => {
    if (!saved || busy) return;
    setBusy(true);
    saved
      .remove()
      .then((snapshot) => {
        if (snapshot) setDeleted({ snapshot, title });
        else setMessage({ tone: 'error', text: t('libraryErrorNotFound') });
      }, fail)
      .finally(() => setBusy(false));
  }, [saved, busy, title, fail, setDeleted]);

  const undo = useCallback(() => {
    if (!saved || !deleted || busy) return;
    setBusy(true);
    saved
      .restore(deleted.snapshot)
      .then(() => setDeleted(null), fail)
      .finally(() => setBusy(false));
  }, [saved, deleted, busy, fail, setDeleted]);

  const retry = useCallback(() => {
    if (saved) saveJobs.retry(saved.id);
  }, [saved, saveJobs]);

  return {
    busy,
    message,
    exportAs,
    remove,
    undo,
    retryState: saved ? saveJobs.states[saved.id] : undefined,
    retry,
    clearMessage: useCallback(() => setMessage(null), []),
  };
}
