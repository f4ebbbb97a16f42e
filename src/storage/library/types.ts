// Public shapes of the offline library. Records are plain structured-clone data (Blobs included),
// so they cross postMessage/runtime messaging between the background and extension pages unchanged.

import type { Article } from '../../core/article';

/** 'partial': the text is saved and some images are missing (retry later). 'saving': a split save in progress or interrupted. */
export type ArticleStatus = 'complete' | 'partial' | 'saving';

/** 'pending' exists only inside a split save that has not fetched that image yet. */
export type ImageStatus = 'ok' | 'missing' | 'pending';

/** Why an image could not be stored. The UI localises by code. */
export type ImageErrorCode =
  | 'NETWORK' // fetch rejected: offline, DNS, refused, CORS/permission
  | 'HTTP_ERROR' // the server answered with a non-2xx status
  | 'TIMEOUT'
  | 'TOO_LARGE' // over the per-image size cap
  | 'NOT_IMAGE' // the server sent something that is not an image (often a hotlink-protection page)
  | 'UNSUPPORTED_URL' // not http(s)/data
  | 'INTERRUPTED' // a split save ended before this image was fetched
  | 'NOT_FETCHED'; // the caller saved the article without this image

export interface ImageError {
  code: ImageErrorCode;
  /** English sentence for logs and the "missing images" list. */
  message: string;
  /** HTTP status for HTTP_ERROR. */
  status?: number;
}

/** One image as the save engine hands it to the library. */
export interface FetchedImage {
  /** The URL used in the article's contentHtml (Article.images[].src, or the lead image URL). */
  url: string;
  /** The proxied form the page had, when it differed (Article.images[].originalSrc). */
  originalUrl: string | null;
  status: 'ok' | 'missing';
  /** Present when status is 'ok'. */
  blob?: Blob;
  /** MIME type of the blob (sniffed when the server was vague). */
  type?: string;
  /** Which of url/originalUrl actually delivered the bytes (after redirects). */
  fetchedFrom?: string;
  error?: ImageError;
}

/** Per-image entry kept on the article record, so status is known without loading blobs. */
export interface ImageRef {
  /** Position in the article's download list; also the second half of the image record key. */
  index: number;
  url: string;
  originalUrl: string | null;
  status: ImageStatus;
  type: string | null;
  bytes: number;
  error?: ImageError;
}

/** A row of the `images` store. Key: [articleId, index]. */
export interface ImageRecord {
  articleId: string;
  index: number;
  url: string;
  originalUrl: string | null;
  /** null when the image is missing. Always a Blob, never base64. */
  blob: Blob | null;
  type: string | null;
  bytes: number;
  status: 'ok' | 'missing';
  error?: ImageError;
}

export interface ArticleSizes {
  /** UTF-8 bytes of the stored text: contentHtml, textContent and the search text. */
  html: number;
  /** Bytes of the stored image blobs. */
  images: number;
  total: number;
}

/** A row of the `articles` store: the source of truth. */
export interface ArticleRecord {
  id: string;
  article: Article;
  /** Where the user saved it from (may be a mirror; `article.url` is the same page). */
  sourceUrl: string;
  canonicalUrl: string | null;
  /** The strongest identity of the article (see dedupe.ts). */
  dedupeKey: string;
  /** Every identity it answers to, strongest first; a new save matching any of them updates this entry. */
  dedupeKeys: string[];
  /** Epoch ms of the first save; kept when the article is saved again. */
  savedAt: number;
  /** Epoch ms of the last content or image change. */
  updatedAt: number;
  sizes: ArticleSizes;
  /** 0..1 */
  readingProgress: number;
  status: ArticleStatus;
  images: ImageRef[];
}

/** What the library list shows. Never carries the body, so listing stays cheap. */
export interface ArticleSummary {
  id: string;
  title: string;
  site: Article['site'];
  siteName: string | null;
  byline: string | null;
  excerpt: string;
  lang: string;
  leadImage: string | null;
  readingMinutes: number;
  sourceUrl: string;
  savedAt: number;
  updatedAt: number;
  sizes: ArticleSizes;
  readingProgress: number;
  status: Exclude<ArticleStatus, 'saving'>;
  imageCount: number;
  missingImages: number;
}

export interface SaveInput {
  article: Article;
  images: FetchedImage[];
  sourceUrl?: string;
}

export interface SaveOutcome {
  id: string;
  status: Exclude<ArticleStatus, 'saving'>;
  /** true when an existing entry (same article) was replaced instead of a new one added. */
  updated: boolean;
  sizes: ArticleSizes;
  missing: Array<{ url: string; error: ImageError }>;
}

export interface ListOptions {
  offset?: number;
  limit?: number;
  /** When non-empty, the same as search(query). */
  query?: string;
}

export interface ListResult<T = ArticleSummary> {
  items: T[];
  /** Total number of entries (or of matches, for a search). */
  total: number;
}

export interface SearchSnippet {
  /** A short passage of the text around the first match (whitespace collapsed, full-width folded). */
  text: string;
  /** [start, end) of the match inside `text`, for highlighting. */
  match: [number, number];
  /** Whether the passage starts/ends inside the text (the UI shows an ellipsis). */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

export interface SearchHit extends ArticleSummary {
  matchedIn: 'title' | 'text';
  snippet: SearchSnippet | null;
}

export interface InterruptedSave {
  id: string;
  title: string;
  sourceUrl: string;
  startedAt: number;
  /** Images still to fetch. */
  pending: number;
  total: number;
}

/** Everything needed to undo a delete. Held in memory by the page that deleted. */
export interface DeletedArticle {
  record: ArticleRecord;
  images: ImageRecord[];
}

export interface LibraryEstimate {
  /** From navigator.storage.estimate(): the whole extension origin, when available. */
  usage: number | null;
  quota: number | null;
  /** Whether the browser promised not to evict this storage (navigator.storage.persisted()). */
  persisted: boolean | null;
  articles: number;
  /** Sum of sizes.total over the library. */
  libraryBytes: number;
}

/** One article with its images, as exported to and imported from a backup. */
export interface ArticleBundle {
  record: ArticleRecord;
  images: ImageRecord[];
}
