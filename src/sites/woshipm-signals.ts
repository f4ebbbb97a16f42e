// Detection of a 人人都是产品经理 (woshipm.com) post, on woshipm.com itself and on any mirror (RSS-mirror
// blogs republish its posts on arbitrary hosts). The always-on badge detector bundles this file, so
// it must cost a page next to nothing: no Readability, no DOMPurify, no selector engine, no walk
// over every element and no whole-document text. The checks run from cheapest to dearest:
//  1. the URL's host and a language gate: woshipm publishes in Chinese, so a page whose title has
//     no Chinese character and whose declared language is not Chinese is not one of its posts, and
//     nothing more of it is read;
//  2. what the <head> says (og:site_name, article:* metas, JSON-LD), read from the head's own
//     children, and the <title>;
//  3. one pass over the page's images (woshipm's image hosts, direct or behind a proxy);
//  4. one pass over the paragraphs' text, from the end, for the credit line, with the tipping block
//     and woshipm's body markup looked for next to it;
//  5. only when all that leaves the page undecided, the links naming the site (category crumbs:
//     天天问 questions may carry nothing else), on a page that shows one post.
//
// Every signal found inside page chrome (sidebars, navigation, comments, related lists, footers) is
// ignored: a mirror lists all its categories (人人都是产品经理 among them) and its recent posts (with
// woshipm thumbnails) on every page, including pages of other sources behind the same CORS proxy.
//
// jsdom note: collections are read by index only. On a jsdom HTMLCollection every other property
// access (`length`, `item()`, iteration) looks the name up among the collection's ids, a pass over
// the whole collection each time.

import { isTeaserImage, normalizeSpace, tagOf } from '../core/dom';
import { chromeTester } from '../core/regions';
import { hostIs, hostOf, unwrapProxyUrl } from '../core/urls';

export const SITE_NAME = '人人都是产品经理';

/** Hosts that only serve woshipm (and its sister site 运营派) content. */
export const WOSHIPM_IMAGE_HOSTS = ['image.woshipm.com', 'static.woshipm.com', 'image.yunyingpai.com'];

/**
 * The credit line every original/republished post ends with: `本文由 @X 原创发布于人人都是产品经理`,
 * `…授权发布于…`, `…合作媒体 @X…`, and since 2022 `本文由人人都是产品经理作者【X】，…，原创/授权 发布于人人都是产品经理`.
 */
export const CREDIT_LINE = /(?:原创|授权)(?:\s*\/\s*授权)?\s*发布于\s*人人都是产品经理|人人都是产品经理\s*合作媒体/;
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
  /** A 天天问 question's own picture (static.woshipm.com/TTW_QUESTION_…): only woshipm questions carry one. */
  questionImage: 0.75,
  /** A link into woshipm's own short-link service (996.pm) in the post: its promotions and 天天问 prizes. */
  shortLink: 0.55,
} as const;

/** Confidence at which a page is taken for a woshipm post. */
export const WOSHIPM_THRESHOLD = 0.5;

/** Confidence beyond which further post-level evidence changes nothing. */
const SETTLED = 0.99;

export interface WoshipmDetection {
  confidence: number;
  signals: string[];
}

/** Attributes that hold an image's URL (lazy loaders included). */
export const IMAGE_ATTRS = ['src', 'data-src', 'data-original', 'data-actualsrc', 'data-lazy-src'];

/** The woshipm host an image URL points to (through any proxy), or null. */
export function woshipmImageHost(src: string | null): string | null {
  // Cheap substring test first: nearly every image of every page fails it.
  if (!src || !(src.includes('woshipm') || src.includes('yunyingpai'))) return null;
  const host = hostOf(unwrapProxyUrl(src));
  return WOSHIPM_IMAGE_HOSTS.find((h) => host === h) ?? null;
}

/** Whether any source attribute of an <img> mentions a woshipm host (a cheap test before parsing URLs). */
function mentionsWoshipm(img: Element): boolean {
  for (const attr of IMAGE_ATTRS) {
    const v = img.getAttribute(attr);
    if (v && (v.includes('woshipm') || v.includes('yunyingpai'))) return true;
  }
  return false;
}

/** Every source attribute of an <img>, joined (for name tests). */
function imageSources(img: Element): string {
  return IMAGE_ATTRS.map((attr) => img.getAttribute(attr) ?? '').join(' ');
}

/** A link into 996.pm, the short-link service woshipm uses in its posts (promotions, 天天问 prizes). */
export function isWoshipmShortLink(href: string | null): boolean {
  return !!href && href.includes('996.pm') && hostOf(href) === '996.pm';
}

/** The woshipm host of an <img> (any of its source attributes), or null. */
export function imageWoshipmHost(img: Element): string | null {
  for (const attr of IMAGE_ATTRS) {
    const found = woshipmImageHost(img.getAttribute(attr));
    if (found) return found;
  }
  return null;
}

/** The credit signal a paragraph's text gives (null when it is no credit line). */
export function creditSignal(text: string): string | null {
  if (text.length > 400 || !text.includes(SITE_NAME) || !CREDIT_LINE.test(text)) return null;
  return /合作媒体/.test(text) ? 'credit:partner' : /(?<!原创\s*\/\s*)授权\s*发布/.test(text) ? 'credit:authorized' : 'credit:original';
}

/** woshipm's pay button inside the tipping block. */
export function isTipButton(el: Element): boolean {
  return tagOf(el) === 'button' && el.hasAttribute('data-post-id') && (el.hasAttribute('data-author') || /\bbutton--pay\b/.test(el.getAttribute('class') ?? ''));
}

const hasClass = (el: Element, name: string) => (el.getAttribute('class') ?? '').split(/\s+/).includes(name);

/** The tipping block, when `el` is it or holds its pay button. */
function tipBlockAt(el: Element): Element | null {
  if (hasClass(el, 'support-author') || isTipButton(el)) return el;
  const buttons = el.getElementsByTagName('button');
  for (let i = 0, n = buttons.length; i < n; i++) if (isTipButton(buttons[i]!)) return buttons[i]!;
  return null;
}

/**
 * The tipping block after `anchor` (the credit line or the post's last picture): woshipm puts it
 * last in the post body, so it follows the anchor or one of the anchor's wrappers.
 */
function tipAfter(anchor: Element): Element | null {
  let el: Element | null = anchor;
  for (let depth = 0; el && depth < 4 && tagOf(el) !== 'body'; depth++, el = el.parentElement) {
    for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const tip = tipBlockAt(sib);
      if (tip) return tip;
    }
  }
  return null;
}

/** woshipm.com's own body container around `el` (`.article--content`), if any. */
function markupAround(el: Element): boolean {
  for (let cur = el.parentElement; cur && tagOf(cur) !== 'body'; cur = cur.parentElement) if (hasClass(cur, 'article--content')) return true;
  return false;
}

/** What a page says about itself in its <head>, read from the head's own children (no page walk). */
interface HeadFacts {
  metas: Array<[key: string, content: string]>;
  jsonLd: string[];
}

/** Head metas the scan reads (others are skipped without reading their content). */
const HEAD_METAS = new Set(['og:site_name', 'og:title', 'og:type', 'og:locale', 'content-language', 'article:section', 'article:tag', 'author', 'article:author']);

/** The head's <title>, metas and scripts, sorted by one walk over its children (tag names only). */
interface HeadChildren {
  title: Element | null;
  metas: Element[];
  scripts: Element[];
}

function headChildren(doc: Document): HeadChildren {
  const found: HeadChildren = { title: null, metas: [], scripts: [] };
  for (let el = doc.head?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    const tag = el.localName;
    if (tag === 'meta') found.metas.push(el);
    else if (tag === 'script') found.scripts.push(el);
    else if (tag === 'title' && !found.title) found.title = el;
  }
  return found;
}

/** The page's title: the head's <title> when it has one (doc.title searches the document for it). */
function pageTitle(doc: Document, head: HeadChildren): string {
  return normalizeSpace(head.title ? (head.title.textContent ?? '') : (doc.title ?? ''));
}

function readHead(head: HeadChildren): HeadFacts {
  const facts: HeadFacts = { metas: [], jsonLd: [] };
  for (const el of head.metas) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    if (HEAD_METAS.has(key)) facts.metas.push([key, normalizeSpace(el.getAttribute('content') ?? '')]);
  }
  for (const el of head.scripts) if (el.getAttribute('type') === 'application/ld+json') facts.jsonLd.push(el.textContent ?? '');
  return facts;
}

/** Chinese characters (CJK unified ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const isChineseTag = (lang: string) => /^zh(?:$|[-_])/i.test(lang.trim());

/**
 * woshipm publishes in Chinese, and a mirror's page title is the post's title: a page that declares
 * another language and whose title has no Chinese character is not one of its posts. Decided from
 * <html lang> and the title alone, before anything else of the page is read.
 */
function plainlyNotChinese(lang: string, title: string): boolean {
  return !!lang.trim() && !isChineseTag(lang) && !!title && !HAN.test(title);
}

/**
 * The same judgement once the head has been read, for pages that do not declare a language or have
 * no title: og:locale / content-language stand for the language, og:title for the title.
 */
function mayBeChinese(lang: string, title: string, head: HeadFacts): boolean {
  const meta = (key: string) => head.metas.find(([k]) => k === key)?.[1] ?? '';
  const language = lang.trim() || meta('og:locale') || meta('content-language');
  if (isChineseTag(language)) return true;
  const titles = [title, meta('og:title')].filter(Boolean);
  return titles.length === 0 || titles.some((t) => HAN.test(t));
}

/** The post's own category crumbs: a short link naming the site, not a mention inside prose. */
function isCrumb(a: Element, rawHref: string | null): boolean {
  const href = (rawHref ?? '').toLowerCase();
  const raw = a.textContent ?? '';
  if (!raw.includes(SITE_NAME) && !href.includes(SITE_NAME_ENCODED) && !href.includes(`/${SITE_NAME}`)) return false;
  const text = normalizeSpace(raw);
  const named = text === SITE_NAME || (text.length < 40 && (href.includes(SITE_NAME_ENCODED) || href.includes(`/${SITE_NAME}`)));
  if (!named) return false;
  for (let el = a.parentElement; el; el = el.parentElement) {
    const tag = tagOf(el);
    if (tag === 'p' || tag === 'li' || tag === 'blockquote' || tag === 'td') return normalizeSpace(el.textContent ?? '').length <= text.length + 20;
  }
  return true;
}

/** Top-level posts (not comments, which WordPress also marks up as <article>) outside the chrome. */
function postCount(doc: Document, inChrome: (el: Element) => boolean): number {
  const articles = doc.getElementsByTagName('article');
  let posts = 0;
  for (let i = 0, n = articles.length; i < n; i++) {
    const a = articles[i]!;
    let nested = false;
    for (let el = a.parentElement; el && !nested; el = el.parentElement) nested = tagOf(el) === 'article';
    if (!nested && !inChrome(a)) posts++;
  }
  return posts;
}

/** Scans `doc` for woshipm signals. `url` is the page's URL. */
export function scanWoshipm(doc: Document, url: string): WoshipmDetection {
  const signals: string[] = [];
  let miss = 1; // probability that none of the signals is right (noisy-or)
  let postLevel = false;
  const add = (signal: string, weight: number, post: boolean) => {
    signals.push(signal);
    miss *= 1 - weight;
    postLevel ||= post;
  };
  const confidence = () => 1 - miss;
  const result = (): WoshipmDetection => ({ confidence: Math.round(confidence() * 1000) / 1000, signals });
  // Settled: certain enough, and with evidence from the post itself (the badge needs one).
  const settled = () => postLevel && confidence() >= SETTLED;

  // 1. The host, the language gate and the head.
  const onWoshipm = hostIs(hostOf(url), 'woshipm.com');
  if (onWoshipm) add('host:woshipm.com', WEIGHTS.host, false);
  const children = headChildren(doc);
  const title = pageTitle(doc, children);
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  if (!onWoshipm && plainlyNotChinese(lang, title)) return result();
  const head = readHead(children);
  let metaNamed = false;
  for (const [key, content] of head.metas) {
    if (key === 'og:site_name' && content === SITE_NAME) add('og:site_name', WEIGHTS.ogSiteName, false);
    else if (!metaNamed && (key === 'article:section' || key === 'article:tag' || key === 'author' || key === 'article:author') && content === SITE_NAME) {
      metaNamed = true;
      add(`meta:${key}`, WEIGHTS.meta, false);
    }
  }
  if (!metaNamed && head.jsonLd.some((text) => text.includes(`"${SITE_NAME}"`))) add('meta:json-ld', WEIGHTS.meta, false);
  if (title.includes(SITE_NAME)) add('title', WEIGHTS.title, false);
  if (!onWoshipm && !mayBeChinese(lang, title, head)) return { confidence: 0, signals: [] };

  const inChrome = chromeTester('page');

  // 3. Images from woshipm hosts, direct or behind a proxy, outside the chrome.
  const images = doc.images;
  const imageHosts = new Set<string>();
  let count = 0;
  let proxied = false;
  let question = false;
  let lastImage: Element | null = null;
  for (let i = 0, n = images.length; i < n; i++) {
    const img = images[i]!;
    // Cheapest tests first: list pages show many woshipm thumbnails, all of them teasers.
    if (!mentionsWoshipm(img) || isTeaserImage(img)) continue;
    const found = imageWoshipmHost(img);
    if (!found || inChrome(img)) continue;
    count++;
    lastImage = img;
    imageHosts.add(found);
    proxied ||= /\?https?(?::|%3a)/i.test(img.getAttribute('src') ?? '');
    question ||= found === 'static.woshipm.com' && /\/TTW_QUESTION_/.test(imageSources(img));
  }
  if (count) {
    for (const h of imageHosts) signals.push(`img-host:${proxied ? 'proxied:' : ''}${h}`);
    miss *= 1 - (count >= 4 ? WEIGHTS.image4 : count >= 2 ? WEIGHTS.image2 : WEIGHTS.image1);
    postLevel = true;
  }
  if (question) add('img:ttw-question', WEIGHTS.questionImage, true);

  // 4. The credit line (the post's last paragraphs, scanned from the end), then the tipping block
  //    and woshipm.com's body markup next to it.
  let credit: Element | null = null;
  if (!settled()) {
    const paragraphs = doc.getElementsByTagName('p');
    for (let i = paragraphs.length - 1; i >= 0 && !credit; i--) {
      const p = paragraphs[i]!;
      const signal = creditSignal(p.textContent ?? '');
      if (!signal || inChrome(p)) continue;
      credit = p;
      add(signal, WEIGHTS.credit, true);
    }
  }
  const anchor = credit ?? lastImage;
  if (anchor && !settled()) {
    if (markupAround(anchor)) add('markup:article--content', WEIGHTS.markup, true);
    const tip = tipAfter(anchor);
    if (tip && !inChrome(tip)) add('tip', WEIGHTS.tip, true);
  }

  // 5. The post's own category crumbs and links into woshipm's short-link service (天天问 posts may
  //    have nothing else). Only on a page with one post: on a list every post card carries its
  //    crumbs. A page declaring itself a website (its home or a list: og:type) is not one post;
  //    otherwise the <article>s are counted (comments are <article>s on WordPress: only top-level
  //    ones outside the chrome are posts).
  if (confidence() < WOSHIPM_THRESHOLD) {
    const ogType = head.metas.find(([k]) => k === 'og:type')?.[1].toLowerCase();
    if (ogType !== 'website' && postCount(doc, inChrome) <= 1) {
      const links = doc.getElementsByTagName('a');
      let crumb = false;
      let shortLink = false;
      for (let i = 0, n = links.length; i < n && !(crumb && shortLink); i++) {
        const a = links[i]!;
        const href = a.getAttribute('href');
        const isShortLink = !shortLink && isWoshipmShortLink(href);
        const isCrumbLink = !crumb && !isShortLink && isCrumb(a, href);
        if ((!isShortLink && !isCrumbLink) || inChrome(a)) continue;
        if (isShortLink) {
          shortLink = true;
          add('link:996.pm', WEIGHTS.shortLink, true);
        } else {
          crumb = true;
          add('crumb', WEIGHTS.crumb, true);
        }
      }
    }
  }

  return result();
}
