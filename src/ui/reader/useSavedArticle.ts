// Everything a reader does for an article from the offline library, beside showing it: remember
// the reading position, stand in for pictures the save could not download, export, delete with
// undo, and download missing pictures again where the extension offers it.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DeletedArticle } from '../../storage/library';
import { t } from '../i18n';
import type { ArticleExportFormat } from '../library/export-article';
import { libraryErrorText } from '../library/errors';
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
  /** Download the missing images again (absent where the extension cannot). */
  retryImages?: (id: string) => Promise<unknown>;
  /** Load the article again (after a retry brought pictures). */
  reload?: () => void;
}

export interface SavedArticleUi {
  busy: boolean;
  /** The last failure or confirmation, for the reader's status line. */
  message: { tone: 'ok' | 'error'; text: string } | null;
  exportAs(format: ArticleExportFormat): void;
  remove(): void;
  undo(): void;
  retrying: boolean;
  retryError: string | null;
  /** Absent where the extension cannot retry from this page. */
  retry?: () => void;
  clearMessage(): void;
}

export function useSavedArticle(saved: SavedArticle | null, { title, progress, deleted, setDeleted, retryImages, reload }: SavedArticleOptions): SavedArticleUi {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SavedArticleUi['message']>(null);
  const [retrying, setRetrying] = useState(false);
  const [retryError, setRetryError] = useState<string | null>(null);

  useSavedProgress(deleted ? null : saved, progress);
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
    if (!saved || !retryImages) return;
    setRetrying(true);
    setRetryError(null);
    retryImages(saved.id).then(
      () => {
        setRetrying(false);
        reload?.(); // show the pictures that arrived
      },
      (error: unknown) => {
        setRetrying(false);
        setRetryError(libraryErrorText(error).text);
      },
    );
  }, [saved, retryImages, reload]);

  return {
    busy,
    message,
    exportAs,
    remove,
    undo,
    retrying,
    retryError,
    retry: retryImages ? retry : undefined,
    clearMessage: useCallback(() => setMessage(null), []),
  };
}
