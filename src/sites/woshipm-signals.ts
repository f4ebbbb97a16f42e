// Content signals of a 人人都是产品经理 (woshipm.com) post, on woshipm.com itself and on any mirror
// (RSS-mirror blogs republish its posts on arbitrary hosts). Cheap by design: targeted
// querySelector calls and short scans, no layout, no Readability, no DOMPurify: the always-on badge
// detector bundles this file.
//
// Every signal found inside page chrome (sidebars, navigation, comments, related lists, footers) is
// ignored: a mirror lists all its categories (人人都是产品经理 among them) and its recent posts (with
// woshipm thumbnails) on every page, including pages of other sources behind the same CORS proxy.

import { collectElements, normalizeSpace, tagOf } from '../core/dom';
import { chromeTester } from '../core/regions';
import { hostIs, hostOf, unwrapProxyUrl } from '../core/urls';

export const SITE_NAME = '人人都是产品经理';

/** Hosts that only serve woshipm (and its sister site 运营派) content. */
export const WOSHIPM_IMAGE_HOSTS = ['image.woshipm.com', 'static.woshipm.com', 'image.yunyingpai.com'];

/** The credit line every original/republished post ends with. */
export const CREDIT_LINE = /(?:原创|授权)发布于\s*人人都是产品经理|人人都是产品经理\s*合作媒体/;
export const TIP_TEXT = '给作者打赏，鼓励TA抓紧创作';

/** Percent-encoded 人人都是产品经理 as it appears in category URLs. */
const SITE_NAME_ENCODED = encodeURIComponent(SITE_NAME).toLowerCase();

/** Weights: the probability that a page showing this signal (alone) is a woshipm post. */
const WEIGHTS = {
  host: 0.95,
  markup: 0.9,
  ogSiteName: 0.9,
  credit: 0.92,
  tip: 0.75,
  crumb: 0.65,
  meta: 0.65,
  title: 0.3,
  image1: 0.45,
  image2: 0.6,
  image4: 0.7,
} as const;

/** Confidence at which a page is taken for a woshipm post. */
export const WOSHIPM_THRESHOLD = 0.5;

export interface WoshipmScan {
  confidence: number;
  signals: string[];
  /** Elements of the scanned document that anchor the post body (never in page chrome). */
  anchors: {
    /** woshipm.com's own body container. */
    content: Element | null;
    /** The credit paragraph (本文由 @… 发布于人人都是产品经理). */
    credit: Element | null;
    /** The tipping block. */
    tip: Element | null;
    /** woshipm-hosted images outside the chrome, in document order. */
    images: Element[];
  };
}

function woshipmImageHost(src: string | null): string | null {
  if (!src) return null;
  const host = hostOf(unwrapProxyUrl(src));
  return WOSHIPM_IMAGE_HOSTS.find((h) => host === h) ?? null;
}

const IMAGE_ATTRS = ['src', 'data-src', 'data-original', 'data-actualsrc', 'data-lazy-src'];

/** The elements a scan looks at, gathered in one walk over the page. */
interface PageParts {
  metas: Element[];
  jsonLd: Element[];
  images: Element[];
  paragraphs: Element[];
  links: Element[];
  content: Element | null;
  titleMarkup: boolean;
  tip: Element | null;
  /** <article> elements (post cards on a list page; comments too on WordPress). */
  articles: Element[];
}

/**
 * One plain walk over the page's elements (firstElementChild / nextElementSibling). Live
 * collections (getElementsByTagName, doc.images) and selector engines are the slow path of DOM
 * implementations such as jsdom: indexing a large HTMLCollection there costs a scan per access.
 */
function gatherParts(doc: Document): PageParts {
  const parts: PageParts = { metas: [], jsonLd: [], images: [], paragraphs: [], links: [], content: null, titleMarkup: false, tip: null, articles: [] };
  const root = doc.documentElement;
  if (!root) return parts;
  for (const el of collectElements(root)) {
    // localName is already lower case in HTML documents; this loop runs over every element.
    const tag = el.localName;
    switch (tag) {
      case 'meta':
        parts.metas.push(el);
        continue;
      case 'script':
        if (el.getAttribute('type') === 'application/ld+json') parts.jsonLd.push(el);
        continue;
      case 'img':
        parts.images.push(el);
        continue;
      case 'p':
        parts.paragraphs.push(el);
        continue;
      case 'a':
        parts.links.push(el);
        continue;
      case 'article':
        parts.articles.push(el);
        break;
      case 'button':
        if (!parts.tip && el.hasAttribute('data-post-id') && (el.hasAttribute('data-author') || /\bbutton--pay\b/.test(el.getAttribute('class') ?? ''))) parts.tip = el;
        continue;
      case 'div':
      case 'section':
      case 'main':
      case 'h2':
        break;
      default:
        continue;
    }
    // woshipm's own class names sit on containers and the title heading only.
    const cls = el.getAttribute('class');
    if (cls && cls.includes('-')) {
      if (!parts.content && /(?:^|\s)article--content(?:\s|$)/.test(cls)) parts.content = el;
      else if (tag === 'h2' && /(?:^|\s)article--title(?:\s|$)/.test(cls)) parts.titleMarkup = true;
      else if (/(?:^|\s)support-author(?:\s|$)/.test(cls)) parts.tip = el;
    }
  }
  return parts;
}

/** Scans `doc` for woshipm signals. `url` is the page's URL. */
export function scanWoshipm(doc: Document, url: string): WoshipmScan {
  const signals: string[] = [];
  let miss = 1; // probability that none of the signals is right (noisy-or)
  const add = (signal: string, weight: number) => {
    signals.push(signal);
    miss *= 1 - weight;
  };
  const inChrome = chromeTester('page');
  const anchors: WoshipmScan['anchors'] = { content: null, credit: null, tip: null, images: [] };
  const parts = gatherParts(doc);

  // Host.
  if (hostIs(hostOf(url), 'woshipm.com')) add('host:woshipm.com', WEIGHTS.host);

  // woshipm.com's own markup.
  anchors.content = parts.content;
  if (anchors.content) add('markup:article--content', WEIGHTS.markup);
  else if (parts.titleMarkup) add('markup:article--title', WEIGHTS.markup);

  // Page-level metadata naming the site.
  let metaNamed = false;
  for (const meta of parts.metas) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (!key) continue;
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    if (key === 'og:site_name' && content === SITE_NAME) add('og:site_name', WEIGHTS.ogSiteName);
    else if (!metaNamed && (key === 'article:section' || key === 'article:tag' || key === 'author' || key === 'article:author') && content === SITE_NAME) {
      metaNamed = true;
      add(`meta:${key}`, WEIGHTS.meta);
    }
  }
  if (!metaNamed && parts.jsonLd.some((script) => (script.textContent ?? '').includes(`"${SITE_NAME}"`))) add('meta:json-ld', WEIGHTS.meta);
  if (normalizeSpace(doc.title ?? '').includes(SITE_NAME)) add('title', WEIGHTS.title);

  // Tipping block: woshipm's own widget (class names, or the pay button's data attributes).
  const tip = parts.tip;
  if (tip && !inChrome(tip)) {
    anchors.tip = tip.closest('.support-author') ?? (tagOf(tip) === 'button' ? tip.parentElement : null) ?? tip;
    add('tip', WEIGHTS.tip);
  }

  // Images from woshipm hosts, direct or behind a proxy, outside the chrome.
  const imageHosts = new Set<string>();
  for (const img of parts.images) {
    let found: string | null = null;
    for (const attr of IMAGE_ATTRS) {
      found = woshipmImageHost(img.getAttribute(attr));
      if (found) break;
    }
    if (!found || inChrome(img)) continue;
    // A thumbnail linking to another page is a teaser (a list of posts), not this post's picture.
    const link = img.closest('a');
    const href = link?.getAttribute('href');
    if (href && !/\.(?:jpe?g|png|gif|webp|bmp|avif)(?:[?#!]|$)/i.test(href) && !href.startsWith('#')) continue;
    anchors.images.push(img);
    imageHosts.add(found);
  }
  if (anchors.images.length) {
    const n = anchors.images.length;
    const proxied = anchors.images.some((img) => /\?https?(?::|%3a)/i.test(img.getAttribute('src') ?? ''));
    for (const h of imageHosts) signals.push(`img-host:${proxied ? 'proxied:' : ''}${h}`);
    miss *= 1 - (n >= 4 ? WEIGHTS.image4 : n >= 2 ? WEIGHTS.image2 : WEIGHTS.image1);
  }

  // The credit line: the post's last paragraphs. Scanned from the end, only while no stronger
  // evidence already settles it.
  if (1 - miss < 0.99) {
    for (let i = parts.paragraphs.length - 1; i >= 0; i--) {
      const p = parts.paragraphs[i]!;
      const text = p.textContent ?? '';
      if (text.length > 400 || !text.includes('人人都是产品经理')) continue;
      if (!CREDIT_LINE.test(text) || inChrome(p)) continue;
      anchors.credit = p;
      add(/合作媒体/.test(text) ? 'credit:partner' : /授权发布/.test(text) ? 'credit:authorized' : 'credit:original', WEIGHTS.credit);
      break;
    }
  }

  // The post's own category crumbs / meta naming the site (天天问 posts may have nothing else).
  if (1 - miss < WOSHIPM_THRESHOLD) {
    // On a list page every post card carries its crumbs: only a page with one post has post crumbs.
    // (Comments are <article>s on WordPress: only top-level ones outside the chrome are posts.)
    const posts = parts.articles.filter((a) => !a.parentElement?.closest('article') && !inChrome(a)).length;
    for (const el of posts > 1 ? [] : parts.links) {
      const href = (el.getAttribute('href') ?? '').toLowerCase();
      const raw = el.textContent ?? '';
      if (!raw.includes(SITE_NAME) && !href.includes(SITE_NAME_ENCODED) && !href.includes(`/${SITE_NAME}`)) continue;
      const text = normalizeSpace(raw);
      const named = text === SITE_NAME || (text.length < 40 && (href.includes(SITE_NAME_ENCODED) || href.includes(`/${SITE_NAME}`)));
      if (!named || inChrome(el)) continue;
      // A mention inside prose (a link in a paragraph) is not the post's own meta.
      const prose = el.closest('p, li, blockquote, td');
      if (prose && normalizeSpace(prose.textContent ?? '').length > text.length + 20) continue;
      add('crumb', WEIGHTS.crumb);
      break;
    }
  }

  const confidence = Math.round((1 - miss) * 1000) / 1000;
  return { confidence, signals, anchors };
}
