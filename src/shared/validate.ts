// Hand-written validators for everything that crosses a message boundary. Small on purpose: a
// schema library would triple the detector bundle, and each check here reads as the contract it
// enforces. Every function is a type guard, so a validated payload needs no cast.
import type { Article, ArticleImage, DetectResult, ExtractError, ExtractResult, SiteId, TocEntry } from '../core/article';

/** Known site ids. A Record, so adding a SiteId in article.ts fails to compile until it is listed here. */
const SITE_IDS: Record<SiteId, true> = { woshipm: true };

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Plain object whose keys are all in `allowed` (extra keys mean a forged or mismatched message). */
export function hasOnlyKeys(v: unknown, allowed: readonly string[]): v is Record<string, unknown> {
  return isRecord(v) && Object.keys(v).every((k) => allowed.includes(k));
}

export const isString = (v: unknown, maxLength = Infinity): v is string => typeof v === 'string' && v.length <= maxLength;
export const isNullableString = (v: unknown, maxLength = Infinity): v is string | null => v === null || isString(v, maxLength);
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function isSiteId(v: unknown): v is SiteId {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(SITE_IDS, v);
}

/** Limits for detection reports, which come from content scripts (untrusted). */
export const DETECT_LIMITS = { maxSignals: 32, maxSignalLength: 120 } as const;

export function isDetectResult(v: unknown): v is DetectResult {
  return (
    hasOnlyKeys(v, ['site', 'confidence', 'signals']) &&
    (v.site === null || isSiteId(v.site)) &&
    isFiniteNumber(v.confidence) &&
    v.confidence >= 0 &&
    v.confidence <= 1 &&
    Array.isArray(v.signals) &&
    v.signals.length <= DETECT_LIMITS.maxSignals &&
    v.signals.every((s) => isString(s, DETECT_LIMITS.maxSignalLength))
  );
}

const isOptionalNumber = (v: unknown) => v === undefined || isFiniteNumber(v);

function isArticleImage(v: unknown): v is ArticleImage {
  return (
    isRecord(v) &&
    isString(v.src) &&
    (v.originalSrc === undefined || isString(v.originalSrc)) &&
    isString(v.alt) &&
    isOptionalNumber(v.width) &&
    isOptionalNumber(v.height)
  );
}

function isTocEntry(v: unknown): v is TocEntry {
  return isRecord(v) && isString(v.id) && isString(v.text) && typeof v.level === 'number' && Number.isInteger(v.level);
}

/** Shape and types of an Article (content is trusted only after this and the size check). */
export function isArticle(v: unknown): v is Article {
  return (
    isRecord(v) &&
    isString(v.url) &&
    isNullableString(v.canonicalUrl) &&
    (v.site === null || isSiteId(v.site)) &&
    isString(v.title) &&
    isNullableString(v.byline) &&
    isNullableString(v.siteName) &&
    isNullableString(v.publishedTime) &&
    isString(v.lang) &&
    isString(v.excerpt) &&
    isNullableString(v.leadImage) &&
    isString(v.contentHtml) &&
    isString(v.textContent) &&
    Array.isArray(v.images) &&
    v.images.every(isArticleImage) &&
    Array.isArray(v.toc) &&
    v.toc.every(isTocEntry) &&
    isFiniteNumber(v.readingMinutes)
  );
}

const EXTRACT_ERROR_CODES: readonly ExtractError['code'][] = ['NO_ARTICLE', 'PARSE_ERROR', 'TOO_LARGE'];

export function isExtractError(v: unknown): v is ExtractError {
  return isRecord(v) && (EXTRACT_ERROR_CODES as readonly unknown[]).includes(v.code) && isString(v.message, 2000);
}

export function isExtractResult(v: unknown): v is ExtractResult {
  if (!isRecord(v)) return false;
  return v.ok === true ? isArticle(v.article) : v.ok === false && isExtractError(v.error);
}

/**
 * Rough size of a value once serialised, in UTF-16 code units (what JSON.stringify produces).
 * Used to refuse oversized messages before they are stored or forwarded.
 */
export function jsonSize(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/** Keys of an Article: a saved article carries exactly these (anything else is a forged or stale shape). */
const ARTICLE_KEYS: readonly (keyof Article)[] = [
  'url', 'canonicalUrl', 'site', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt',
  'leadImage', 'contentHtml', 'textContent', 'images', 'toc', 'readingMinutes',
];
const IMAGE_KEYS: readonly (keyof ArticleImage)[] = ['src', 'originalSrc', 'alt', 'width', 'height'];

/**
 * Bounds for an article a page asks the background to save. Real articles have a few dozen
 * images and headings; the caps only stop a broken or hostile page from making the background
 * download thousands of files or store megabytes of titles.
 */
export const SAVE_LIMITS = { maxImages: 1000, maxToc: 1000, maxUrl: 8192, maxTitle: 2000, maxShortText: 20_000 } as const;

/** An absolute http(s) URL of sane length. */
export function isHttpUrl(v: unknown, maxLength: number = SAVE_LIMITS.maxUrl): v is string {
  if (!isString(v, maxLength) || !/^https?:\/\//i.test(v)) return false;
  try {
    const url = new URL(v);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * An Article fit to be saved: the exact shape (no extra keys), an http(s) address, bounded counts
 * and lengths, and at most MAX_ARTICLE_CHARS once serialised (the caller passes that cap).
 */
export function isSaveableArticle(v: unknown, maxChars: number): v is Article {
  if (!hasOnlyKeys(v, ARTICLE_KEYS) || !isArticle(v)) return false;
  const { maxImages, maxToc, maxUrl, maxTitle, maxShortText } = SAVE_LIMITS;
  return (
    isHttpUrl(v.url) &&
    (v.canonicalUrl === null || isString(v.canonicalUrl, maxUrl)) &&
    v.title.trim().length > 0 &&
    isString(v.title, maxTitle) &&
    [v.byline, v.siteName, v.publishedTime, v.lang, v.excerpt].every((s) => s === null || isString(s, maxShortText)) &&
    (v.leadImage === null || isString(v.leadImage, maxUrl)) &&
    v.images.length <= maxImages &&
    v.images.every((image) => hasOnlyKeys(image, IMAGE_KEYS) && isString(image.alt, maxShortText)) &&
    v.toc.length <= maxToc &&
    v.toc.every((entry) => hasOnlyKeys(entry, ['id', 'level', 'text']) && isString(entry.text, maxTitle)) &&
    v.readingMinutes >= 0 &&
    jsonSize(v) <= maxChars
  );
}
