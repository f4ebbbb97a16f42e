// 清阅 Qingyue's offline library: saved articles with their images as Blobs in IndexedDB
// (database `qingyue-library`). Pure storage: no extension APIs, every dependency injectable, so
// the background, extension pages and Node tests (fake-indexeddb) share it.
//
//   const library = openLibrary();                 // lazily opens and migrates on first use
//   await library.saveArticle({ article, images, sourceUrl });
//   const { items, total } = await library.listArticles({ offset: 0, limit: 50 });
//
// Saving with image fetching, progress and retries is src/save; export and backups are
// src/storage/export and src/storage/backup.

import type { Article } from '../core/article';
import type { ImageTarget } from './library/article-images';
import { importBundles, iterateBundles } from './library/bundles';
import type { ImportOutcome } from './library/bundles';
import { createContext } from './library/context';
import type { LibraryDeps } from './library/context';
import { deleteArticle, restoreArticle, setReadingProgress } from './library/edit';
import { estimate, findSaved, getArticle, getBundle, getImageBlobs, getImages, largestArticles, listSummaries } from './library/read';
import { saveArticle, storeImages } from './library/save';
import { DB_NAME } from './library/schema';
import { prepareSearch, search } from './library/search';
import { beginSave, discardInterrupted, finishSave, getStaged, listInterrupted } from './library/staging';
import type {
  ArticleBundle,
  ArticleRecord,
  ArticleSummary,
  DeletedArticle,
  FetchedImage,
  ImageRecord,
  InterruptedSave,
  LibraryEstimate,
  ListOptions,
  ListResult,
  SaveInput,
  SaveOutcome,
  SearchHit,
} from './library/types';

export interface Library {
  /** Save (or update: same article → same entry) an article and its fetched images in one transaction. */
  saveArticle(input: SaveInput): Promise<SaveOutcome>;
  /** Split save, step 1: store the text as a hidden 'saving' entry; returns the images to fetch. */
  beginSave(input: { article: Article; sourceUrl?: string }): Promise<{ id: string; targets: ImageTarget[] }>;
  /** Store fetched images of a 'saving' entry (split save) or missing images of a saved one (retry). */
  storeImages(id: string, images: readonly FetchedImage[]): Promise<ArticleRecord>;
  /** Split save, last step: the entry becomes visible (replacing an older copy of the same article). */
  finishSave(id: string): Promise<SaveOutcome>;
  /** Saves a stopped worker left in 'saving', newest first. */
  listInterrupted(): Promise<InterruptedSave[]>;
  /** The 'saving' record of an interrupted save, to resume it. */
  getInterrupted(id: string): Promise<ArticleRecord | null>;
  discardInterrupted(id: string): Promise<boolean>;

  getArticle(id: string): Promise<ArticleRecord | null>;
  getImages(id: string): Promise<ImageRecord[]>;
  /** Stored images by the URL the article's HTML uses. */
  getImageBlobs(id: string): Promise<Map<string, Blob>>;
  /** The entry and its images read together (for export and the offline reader). */
  getBundle(id: string): Promise<ArticleBundle | null>;
  /** Newest first; with a non-empty `query`, the same as search(). */
  listArticles(options?: ListOptions): Promise<ListResult<ArticleSummary> | ListResult<SearchHit>>;
  search(query: string, options?: { offset?: number; limit?: number }): Promise<ListResult<SearchHit>>;
  /** Load the search texts now (e.g. when the search box gets focus), so the first keystroke is fast too. */
  prepareSearch(): Promise<void>;
  /** Id of the entry this article would update, or null (for a "saved ✓" state). */
  findSaved(article: Pick<Article, 'site' | 'title' | 'url' | 'canonicalUrl'>): Promise<string | null>;
  deleteArticle(id: string): Promise<DeletedArticle | null>;
  restoreArticle(snapshot: DeletedArticle): Promise<void>;
  setReadingProgress(id: string, progress: number): Promise<void>;
  largestArticles(count: number): Promise<ArticleSummary[]>;
  estimate(): Promise<LibraryEstimate>;

  /** For backups: every entry with its blobs, one at a time. */
  bundles(): AsyncGenerator<ArticleBundle>;
  /** For backups: add entries all-or-nothing, skipping articles already saved. */
  importBundles(bundles: readonly ArticleBundle[]): Promise<ImportOutcome>;

  close(): void;
}

export function openLibrary(deps: LibraryDeps = {}): Library {
  const context = createContext(deps, deps.name ?? DB_NAME);
  return {
    saveArticle: (input) => saveArticle(context, input),
    beginSave: (input) => beginSave(context, input),
    storeImages: (id, images) => storeImages(context, id, images),
    finishSave: (id) => finishSave(context, id),
    listInterrupted: () => listInterrupted(context),
    getInterrupted: (id) => getStaged(context, id),
    discardInterrupted: (id) => discardInterrupted(context, id),
    getArticle: (id) => getArticle(context, id),
    getImages: (id) => getImages(context, id),
    getImageBlobs: (id) => getImageBlobs(context, id),
    getBundle: (id) => getBundle(context, id),
    listArticles: (options = {}) => (options.query?.trim() ? search(context, options.query, options) : listSummaries(context, options)),
    search: (query, options) => search(context, query, options),
    prepareSearch: () => prepareSearch(context),
    findSaved: (article) => findSaved(context, article),
    deleteArticle: (id) => deleteArticle(context, id),
    restoreArticle: (snapshot) => restoreArticle(context, snapshot),
    setReadingProgress: (id, progress) => setReadingProgress(context, id, progress),
    largestArticles: (count) => largestArticles(context, count),
    estimate: () => estimate(context),
    bundles: () => iterateBundles(context),
    importBundles: (bundles) => importBundles(context, bundles),
    close: () => context.close(),
  };
}

/** SaveOutcome of a stored record (what a retry reports). */
export { outcomeOf } from './library/save';
export { imageTargets } from './library/article-images';
export type { ImageTarget } from './library/article-images';
export { dedupeKey, dedupeKeys, normaliseUrl } from './library/dedupe';
export { LibraryError, isLibraryError, isQuotaError, formatBytes } from './library/errors';
export type { LibraryErrorCode } from './library/errors';
export { foldForSearch } from './library/text-fold';
export { offlineView } from './library/offline-view';
export type { OfflineView, ObjectUrls } from './library/offline-view';
export { DB_NAME, DB_VERSION } from './library/schema';
export type { LibraryDeps } from './library/context';
export type { ImportOutcome } from './library/bundles';
export type * from './library/types';
