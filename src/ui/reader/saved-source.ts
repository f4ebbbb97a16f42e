// reader.html?id=<libraryId>: a saved article, read from the library in IndexedDB with its
// pictures from the stored blobs (offlineView makes them blob: URLs; the reader revokes them when
// it leaves), so it reads the same with the network off. Loaded lazily: a reader opened from the
// popup never pays for the library code. The entry's own operations (reading position, export,
// delete and undo) come with it, bound to the library, so the reader needs no library import.

import type { ArticleStatus, DeletedArticle } from '../../storage/library';
import { offlineView } from '../../storage/library';
import type { ArticleExportFormat } from '../library/export-article';
import { pageLibrary } from '../library/page-library';
import type { ReaderContent } from './sources';

/** The saved copy behind a reader showing a library article. */
export interface SavedArticle {
  id: string;
  status: Exclude<ArticleStatus, 'saving'>;
  /** 0..1, where the reader left off last time. */
  readingProgress: number;
  /** Images the save could not download. */
  missingImages: number;
  setReadingProgress(progress: number): Promise<void>;
  /** Builds the file and starts its download; resolves with its name. */
  exportAs(format: ArticleExportFormat): Promise<string>;
  /** Deletes the entry; the snapshot undoes it (null when it was already gone). */
  remove(): Promise<DeletedArticle | null>;
  restore(snapshot: DeletedArticle): Promise<void>;
}

export async function loadSavedArticle(id: string): Promise<ReaderContent | null> {
  const library = pageLibrary();
  const bundle = await library.getBundle(id);
  if (!bundle) return null;
  const { record } = bundle;
  const view = offlineView(bundle);
  return {
    article: view.article,
    mapImage: view.mapImage,
    release: view.release,
    saved: {
      id: record.id,
      status: record.status === 'partial' ? 'partial' : 'complete',
      readingProgress: record.readingProgress,
      missingImages: record.images.filter((image) => image.status !== 'ok').length,
      setReadingProgress: (progress) => library.setReadingProgress(record.id, progress),
      // The exporters (Markdown conversion, zip) load on the first export only.
      exportAs: async (format) => (await import('../library/export-article')).exportArticle(library, record.id, format),
      remove: () => library.deleteArticle(record.id),
      restore: (snapshot) => library.restoreArticle(snapshot),
    },
  };
}
