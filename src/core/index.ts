// Public API of the extraction core. Everything here runs in browsers (content scripts, extension
// pages) and in Node (jsdom) alike, and uses no extension API.
//
// The light badge detector must import `detect` from './detect' directly (or from this module with
// tree-shaking): detection pulls in neither Readability nor DOMPurify.

export type {
  Article,
  ArticleImage,
  DetectResult,
  ExtractError,
  ExtractErrorCode,
  ExtractOptions,
  ExtractResult,
  SiteId,
  TocEntry,
} from './article';
export { detect } from './detect';
export { extract, DEFAULT_MAX_ELEMENTS } from './extract';
export { sanitizeHtml, sanitizeElement } from './sanitize';
export type { SanitizeOptions } from './sanitize';
export { readingMinutes } from './text';
export { RULES as SITE_RULES } from '../sites/index';
export { DETECTORS as SITE_DETECTORS } from '../sites/detectors';
export type { SiteRule } from './rule';
