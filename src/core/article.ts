// The one Article type. The popup, the reader tab, the library and the CLI all consume it,
// so it must stay plain JSON (structured-clone and JSON safe): no DOM nodes, no Dates, no Maps.

/** Ids of the site rules in src/sites (ordered registry in src/sites/index.ts). */
export type SiteId = 'woshipm';

export interface ArticleImage {
  /** Final URL used in contentHtml (proxies unwrapped, lazy sources resolved, https where the host serves it). */
  src: string;
  /** The URL as the page had it, when it differed (e.g. the CORS-proxied form); a fallback for downloads. */
  originalSrc?: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface TocEntry {
  /** id of the heading element inside contentHtml (always present: the pipeline assigns one when missing). */
  id: string;
  /** 2..4: h2 → 2 etc. (the article title is the only h1 and is not in contentHtml). */
  level: number;
  text: string;
}

export interface Article {
  /** URL of the page the article was extracted from. */
  url: string;
  /** Canonical URL when the page declares one (link[rel=canonical], og:url), else null. Used to dedupe saves. */
  canonicalUrl: string | null;
  /** Site rule that produced it; null for the generic rule. */
  site: SiteId | null;
  title: string;
  /** Author as the page credits them (never a tipping block, never a feed name), or null. */
  byline: string | null;
  /** Name of the publication (e.g. 人人都是产品经理), or null. */
  siteName: string | null;
  /** ISO 8601 date-time when known, else null. */
  publishedTime: string | null;
  /** BCP 47 language tag (e.g. zh-CN, en), best effort. */
  lang: string;
  /** One- or two-sentence summary (the editor's intro when there is one). */
  excerpt: string;
  /** Absolute URL of the lead image, or null. */
  leadImage: string | null;
  /**
   * Sanitised HTML of the body. Conventions the reader styles:
   *  - the editor's intro is a `<blockquote class="qy-lede">` (first element) when the page has one;
   *  - credit lines sit in a trailing `<footer class="qy-credits">`;
   *  - embedded videos become `<p class="qy-embed"><a href=…>…</a></p>` link blocks;
   *  - every h2–h4 has an id (see toc).
   */
  contentHtml: string;
  /** Plain text of the body, whitespace normalised (paragraphs separated by blank lines). */
  textContent: string;
  images: ArticleImage[];
  toc: TocEntry[];
  /** Estimated reading time, ≥ 1: CJK characters at ~400/min plus other words at ~230/min. */
  readingMinutes: number;
}

export type ExtractErrorCode =
  /** The page has no article (home page, list, app shell, login wall, empty). */
  | 'NO_ARTICLE'
  /** The input could not be parsed or the pipeline threw. */
  | 'PARSE_ERROR'
  /** The page is larger than options.maxElements / maxBytes allow. */
  | 'TOO_LARGE';

export interface ExtractError {
  code: ExtractErrorCode;
  /** Human-readable English sentence; the UI maps `code` to localised text. */
  message: string;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; error: ExtractError };

export interface DetectResult {
  site: SiteId | null;
  /** 0..1 */
  confidence: number;
  /** Short machine-readable names of the signals that matched, e.g. 'img-host:image.woshipm.com'. */
  signals: string[];
}

export interface ExtractOptions {
  /**
   * The window whose DOMPurify/DOMParser to use. Defaults to document.defaultView, then globalThis.
   * Needed in Node (jsdom) and for documents made by DOMParser (defaultView is null).
   */
  window?: Window;
  /** Skip detection and force a rule ('generic' forces the generic rule). */
  site?: SiteId | 'generic';
  /** Refuse documents with more elements than this (TOO_LARGE). Default 60 000. */
  maxElements?: number;
  /** woshipm rule switches (from the user's options). */
  keepLede?: boolean;
  keepCredits?: boolean;
  /** Collect per-stage timings (ms) into this object when given. */
  timings?: Partial<Record<'detect' | 'prepare' | 'readability' | 'finish' | 'sanitize' | 'total', number>>;
}
