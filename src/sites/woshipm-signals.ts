// Content signals of a 人人都是产品经理 (woshipm.com) post, on woshipm.com itself and on any mirror
// (RSS-mirror blogs republish its posts on arbitrary hosts). Cheap by design: targeted
// querySelector calls and short scans, no layout, no Readability, no DOMPurify: the always-on badge
// detector bundles this file.
//
// Every signal found inside page chrome (sidebars, navigation, comments, related lists, footers) is
// ignored: a mirror lists all its categories (人人都是产品经理 among them) and its recent posts (with
// woshipm thumbnails) on every page, including pages of other sources behind the same CORS proxy.

import { normalizeSpace } from '../core/dom';
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
  title: 0.55,
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

  // Host.
  const host = hostOf(url);
  if (hostIs(host, 'woshipm.com')) add('host:woshipm.com', WEIGHTS.host);

  // woshipm.com's own markup.
  anchors.content = doc.querySelector('.article--content');
  if (anchors.content) add('markup:article--content', WEIGHTS.markup);
  else if (doc.querySelector('h2.article--title')) add('markup:article--title', WEIGHTS.markup);

  // Page-level metadata naming the site.
  let metaNamed = false;
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    const content = normalizeSpace(meta.getAttribute('content') ?? '');
    if (key === 'og:site_name' && content === SITE_NAME) add('og:site_name', WEIGHTS.ogSiteName);
    else if (!metaNamed && (key === 'article:section' || key === 'article:tag' || key === 'author' || key === 'article:author') && content === SITE_NAME) {
      metaNamed = true;
      add(`meta:${key}`, WEIGHTS.meta);
    }
  }
  if (!metaNamed) {
    for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
      const text = script.textContent ?? '';
      if (text.includes(`"${SITE_NAME}"`)) {
        add('meta:json-ld', WEIGHTS.meta);
        break;
      }
    }
  }
  if (normalizeSpace(doc.title ?? '').includes(SITE_NAME)) add('title', WEIGHTS.title);

  // Tipping block: woshipm's own widget (class names, or the pay button's data attributes).
  const tip = doc.querySelector('.support-author, button.button--pay[data-post-id], button[data-post-id][data-author][data-avatar]');
  if (tip && !inChrome(tip)) {
    anchors.tip = tip.closest('.support-author') ?? tip.parentElement ?? tip;
    add('tip', WEIGHTS.tip);
  }

  // Images from woshipm hosts, direct or behind a proxy, outside the chrome.
  const imageHosts = new Set<string>();
  for (const img of Array.from(doc.images)) {
    let found: string | null = null;
    for (const attr of IMAGE_ATTRS) {
      found = woshipmImageHost(img.getAttribute(attr));
      if (found) break;
    }
    if (!found || inChrome(img)) continue;
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
    const paragraphs = doc.getElementsByTagName('p');
    for (let i = paragraphs.length - 1; i >= 0; i--) {
      const p = paragraphs[i]!;
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
    const crumbs = doc.querySelectorAll('a[href], [rel~="tag"], [itemprop="author"], [class*="author"], [class*="categor"]');
    for (const el of Array.from(crumbs)) {
      const text = normalizeSpace(el.textContent ?? '');
      const href = (el.getAttribute('href') ?? '').toLowerCase();
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
