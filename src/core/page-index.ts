// One walk over the ORIGINAL page (read-only) that gathers every element the pipeline's read-only
// steps look at: the page's size, its <base>, the metadata elements, and what the generic rule
// locates the article by. Each of those steps used to run its own walk or selector query; in a DOM
// implementation such as jsdom every element visited costs a wrapper and a getter call, and selector
// queries (`querySelector('link[rel~=canonical]')`, `doc.baseURI`, which looks for `base[href]`)
// run a selector engine over the whole page.

import { collectElements } from './dom';
import { resolveUrl } from './urls';

export interface PageIndex {
  /** Number of elements in the document (what `getElementsByTagName('*').length` counts). */
  elementCount: number;
  /** The first `<base href>`: the document's base URL comes from it. */
  base: Element | null;
  metas: Element[];
  /** `<script type="application/ld+json">`. */
  jsonLd: Element[];
  h1: Element[];
  /** Every `<a>`. */
  links: Element[];
  /** `<time datetime>` and elements marked `itemprop="datePublished"`, in document order. */
  dates: Element[];
  /** The first `<link rel="canonical" href>`. */
  canonical: Element | null;
  articles: Element[];
  /** Elements marked `itemprop="articleBody"`. */
  articleBodies: Element[];
  images: Element[];
  /** <script>, <style>, <link>, <template>, <meta> and <noscript> elements (what copies may leave out). */
  nonContent: Element[];
}

function hasToken(value: string | null, token: string): boolean {
  return !!value && value.toLowerCase().split(/[\t\n\f\r ]+/).includes(token);
}

export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = { elementCount: 0, base: null, metas: [], jsonLd: [], h1: [], links: [], dates: [], canonical: null, articles: [], articleBodies: [], images: [], nonContent: [] };
  const root = doc.documentElement;
  if (!root) return index;
  const elements = collectElements(root);
  index.elementCount = elements.length + 1;
  for (const el of elements) {
    // localName is already lower case in HTML documents; this loop runs over every element.
    const tag = el.localName;
    switch (tag) {
      case 'meta':
        index.metas.push(el);
        index.nonContent.push(el);
        break;
      case 'script':
        if (el.getAttribute('type') === 'application/ld+json') index.jsonLd.push(el);
        index.nonContent.push(el);
        continue;
      case 'style':
      case 'template':
      case 'noscript':
        index.nonContent.push(el);
        break;
      case 'img':
        index.images.push(el);
        continue;
      case 'a':
        index.links.push(el);
        break;
      case 'h1':
        index.h1.push(el);
        break;
      case 'article':
        index.articles.push(el);
        break;
      case 'base':
        if (!index.base && el.hasAttribute('href')) index.base = el;
        continue;
      case 'link':
        if (!index.canonical && el.hasAttribute('href') && hasToken(el.getAttribute('rel'), 'canonical')) index.canonical = el;
        index.nonContent.push(el);
        continue;
      case 'time':
        if (el.hasAttribute('datetime')) {
          index.dates.push(el);
          continue;
        }
        break;
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop === 'datePublished') index.dates.push(el);
    else if (itemprop === 'articleBody') index.articleBodies.push(el);
  }
  return index;
}

/**
 * The base URL relative links of the page resolve against: the document's base URL (its first
 * `<base href>`, else its own URL) when that is http(s), else `url`. A `<base>` pointing anywhere
 * else (javascript:, data:) is never used.
 */
export function pageBaseUrl(doc: Document, index: PageIndex, url: string): string {
  const own = doc.URL;
  const base = index.base ? (resolveUrl(index.base.getAttribute('href'), own) ?? own) : own;
  return /^https?:/i.test(base ?? '') ? base : url;
}

/** Elements the clean-up removes from the copy's body before anything reads it. */
const BODY_JUNK = new Set(['script', 'style', 'link', 'template', 'meta']);
/** Elements of the <head> nothing reads in the copy (Readability reads the title, metas, <base> and JSON-LD). */
const HEAD_JUNK = new Set(['style', 'link', 'template', 'noscript']);

/**
 * The elements of the page a working copy can leave out: in the copied part of the body (`scope`,
 * the whole <body> when null) the ones the clean-up removes first, and when the whole page is
 * copied, the head's styles, stylesheet links and scripts other than JSON-LD.
 */
export function junkToOmit(doc: Document, index: PageIndex, scope: Element | null): Element[] {
  const head = scope ? null : doc.head;
  const out: Element[] = [];
  for (const el of index.nonContent) {
    const tag = el.localName;
    if (head?.contains(el)) {
      if (HEAD_JUNK.has(tag) || (tag === 'script' && el.getAttribute('type') !== 'application/ld+json')) out.push(el);
    } else if (BODY_JUNK.has(tag) && (!scope || scope.contains(el))) {
      out.push(el);
    }
  }
  return out;
}
