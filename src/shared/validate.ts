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
