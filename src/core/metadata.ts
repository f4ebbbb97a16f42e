// Page metadata read from the ORIGINAL document, read-only and cheaply (meta tags, JSON-LD, <time>,
// <link rel=canonical>, <html lang>). Site rules add what they know better (credit lines etc.).

import { all, normalizeSpace } from './dom';
import { parseDate } from './dates';
import { indexPage, pageBaseUrl, type PageIndex } from './page-index';
import { isInChrome } from './regions';
import { resolveUrl } from './urls';

export interface PageMetadata {
  docTitle: string;
  ogTitle: string | null;
  jsonLdHeadline: string | null;
  /** h1 texts outside the page chrome, in document order. */
  headings: string[];
  siteName: string | null;
  author: string | null;
  publishedTime: string | null;
  leadImage: string | null;
  canonicalUrl: string | null;
  description: string | null;
  lang: string | null;
  /** Article sections / keywords / categories the page declares for this post (meta, JSON-LD). */
  sections: string[];
  /** Texts of the post's category and tag links outside the page chrome (feed and section names). */
  crumbs: string[];
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  image?: string;
  publisher?: string;
  url?: string;
  section?: string[];
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|LiveBlogPosting|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Review|WebPage|QAPage|Question)$/;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (value && typeof value === 'object') {
    const v = value as { url?: unknown; '@id'?: unknown; contentUrl?: unknown };
    return urlOf(v.url ?? v.contentUrl ?? v['@id']);
  }
  return undefined;
}

function* jsonLdNodes(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) for (const v of value) yield* jsonLdNodes(v);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    yield obj;
    if (obj['@graph']) yield* jsonLdNodes(obj['@graph']);
  }
}

/** The first Article-like node of the page's JSON-LD (malformed scripts are skipped). */
export function readJsonLd(doc: Document, scripts?: Element[]): JsonLdArticle | null {
  for (const script of scripts ?? all(doc, 'script[type="application/ld+json"]')) {
    if (script.getAttribute('type') !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
      if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
      const headline = nameOf(node.headline) ?? nameOf(node.name);
      const section = ([] as unknown[]).concat(node.articleSection ?? [], node.keywords ?? []).map(String);
      return {
        headline,
        author: nameOf(node.author),
        datePublished: typeof node.datePublished === 'string' ? node.datePublished : undefined,
        image: urlOf(node.image),
        publisher: nameOf(node.publisher),
        url: urlOf(node.mainEntityOfPage) ?? urlOf(node.url),
        section,
      };
    }
  }
  return null;
}

/** content of the first <meta> whose property/name/itemprop is one of `keys` (in order of preference). */
function metaContent(metas: Map<string, string>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v && v.trim()) return normalizeSpace(v);
  }
  return null;
}

/** Like metaContent, but keeps the value as a title (see titleText). */
function rawMetaContent(metas: Map<string, string>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v && v.trim()) return titleText(v);
  }
  return null;
}

function collectMetas(elements: Element[]): { metas: Map<string, string>; multi: Map<string, string[]> } {
  const metas = new Map<string, string>();
  const multi = new Map<string, string[]>();
  for (const meta of elements) {
    if (!meta.hasAttribute('content')) continue;
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (!key) continue;
    const content = meta.getAttribute('content') ?? '';
    if (!metas.has(key)) metas.set(key, content);
    const list = multi.get(key) ?? [];
    list.push(content);
    multi.set(key, list);
  }
  return { metas, multi };
}

/** The first `<time datetime>` outside the page chrome (a post header's date). */
function firstPostTime(candidates: Element[]): string | null {
  for (const time of candidates) {
    if (isInChrome(time, 'page')) continue;
    const value = time.getAttribute('datetime') ?? time.getAttribute('content') ?? time.textContent;
    const parsed = parseDate(value);
    if (parsed) return parsed;
  }
  return null;
}

/**
 * Ids that editors' templates give the element showing the publication time, where the page has no
 * machine-readable date: WeChat articles (`<em id="publish_time">2024-05-20 08:30</em>`) and the
 * pages copied from them. Looked up by id (no page walk).
 */
const PUBLISH_TIME_IDS = ['publish_time', 'publish-time', 'post-date', 'post_date'];

function publishTimeById(doc: Document): string | null {
  for (const id of PUBLISH_TIME_IDS) {
    const el = doc.getElementById(id);
    const text = el ? normalizeSpace(el.textContent ?? '') : '';
    if (text && text.length <= 40 && !isInChrome(el!, 'page')) {
      const parsed = parseDate(text);
      if (parsed) return parsed;
    }
  }
  return null;
}

/**
 * A title as written: trimmed, line breaks and tabs folded, but runs of spaces kept (a title such
 * as `1+1大于2  ——…` is compared verbatim by people who copy it).
 */
export function titleText(raw: string): string {
  return raw.replace(/[\u00a0\u3000]/g, ' ').replace(/\s*[\n\r\t\f]+\s*/g, ' ').trim();
}

/** Category/tag link texts of the post (outside sidebars and navigation). */
function postCrumbs(links: Element[]): string[] {
  const crumbs = new Set<string>();
  for (const a of links) {
    const rel = a.getAttribute('rel') ?? '';
    const href = a.getAttribute('href') ?? '';
    if (!/\b(?:tag|category)\b/.test(rel) && !/\/categor|\/tags?\//.test(href)) continue;
    const text = normalizeSpace(a.textContent ?? '');
    if (text && text.length <= 40 && !isInChrome(a, 'page')) crumbs.add(text);
  }
  return [...crumbs];
}

/** The page's metadata. `index` is the page's element index (made here when not given). */
export function readPageMetadata(doc: Document, url: string, index: PageIndex = indexPage(doc)): PageMetadata {
  const { metas, multi } = collectMetas(index.metas);
  const ld = readJsonLd(doc, index.jsonLd);
  const base = pageBaseUrl(doc, index, url);
  const headings = index.h1
    .filter((h) => !isInChrome(h, 'page'))
    .map((h) => titleText(h.textContent ?? ''))
    .filter(Boolean);
  const canonicalHref = index.canonical?.getAttribute('href') ?? metaContent(metas, 'og:url') ?? ld?.url ?? null;
  const leadImage = metaContent(metas, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? ld?.image ?? null;
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? metaContent(metas, 'content-language', 'og:locale');
  const sections = [
    ...(multi.get('article:section') ?? []),
    ...(multi.get('article:tag') ?? []),
    ...(ld?.section ?? []),
  ].map((s) => normalizeSpace(s)).filter(Boolean);
  return {
    docTitle: normalizeSpace(doc.title ?? ''),
    ogTitle: rawMetaContent(metas, 'og:title', 'twitter:title'),
    jsonLdHeadline: ld?.headline ? normalizeSpace(ld.headline) : null,
    headings,
    siteName: metaContent(metas, 'og:site_name', 'application-name') ?? (ld?.publisher ? normalizeSpace(ld.publisher) : null),
    author: metaContent(metas, 'author', 'article:author', 'twitter:creator', 'dc.creator', 'parsely-author', 'sailthru.author') ?? (ld?.author ? normalizeSpace(ld.author) : null),
    publishedTime:
      parseDate(metaContent(metas, 'article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate', 'og:published_time', 'parsely-pub-date', 'sailthru.date')) ??
      parseDate(ld?.datePublished) ??
      firstPostTime(index.dates) ??
      publishTimeById(doc),
    leadImage: leadImage ? resolveUrl(leadImage, base) : null,
    canonicalUrl: canonicalHref ? resolveUrl(canonicalHref, base) : null,
    description: metaContent(metas, 'description', 'og:description', 'twitter:description'),
    lang: htmlLang ? normalizeSpace(htmlLang).replace(/_/g, '-') : null,
    sections,
    crumbs: postCrumbs(index.links),
  };
}
