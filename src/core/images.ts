// Image clean-up shared by every rule: resolve lazy-loading attributes and <noscript> fallbacks,
// unwrap proxies, drop placeholders, and remember the page's own URL of each image (ArticleImage.originalSrc).

import { all, byTags, isElement, tagOf } from './dom';
import { cleanResourceUrl, resolveUrl } from './urls';

/** Attributes lazy loaders keep the real image URL in, most specific first. */
export const LAZY_SRC_ATTRS = [
  'data-src',
  'data-original',
  'data-actualsrc',
  'data-lazy-src',
  'data-lazyload',
  'data-lazy',
  'data-original-src',
  'data-hi-res-src',
  'data-full-src',
  'data-croporisrc',
];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];

/** A src that can never show the picture: empty, `…/undefined`, `about:blank`, `#`. */
function isUnusableSrc(src: string): boolean {
  const s = src.trim();
  return !s || s === '#' || /^about:/i.test(s) || /(?:^|\/)(?:undefined|null)(?:[?#]|$)/i.test(s) || /^(?:javascript|vbscript):/i.test(s);
}

/** A src that is probably a stand-in while the real picture loads (spinners, 1×1 gifs, data: URIs). */
function isPlaceholderSrc(src: string): boolean {
  return (
    /^data:/i.test(src) ||
    /(?:spacer|blank|placeholder|loading|lazyload|transparent|pixel|1x1|grey\.gif|gray\.gif|spinner|default[-_]?img)[^/]*$/i.test(src)
  );
}

function looksLikeUrl(value: string): boolean {
  const v = value.trim();
  return !!v && !/\s/.test(v.replace(/\s+\d+[wx](?:,|$)/g, '')) && (/^(?:https?:)?\/\//i.test(v) || /^[./]/.test(v) || /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i.test(v));
}

/** Best candidate of a srcset: the widest `w` descriptor, else the highest density. */
export function bestSrcsetCandidate(srcset: string): string | null {
  let best: string | null = null;
  let bestScore = -1;
  // Candidates are separated by commas followed by whitespace; URLs may contain commas themselves.
  for (const raw of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = raw.trim().split(/\s+/);
    if (!url) continue;
    const m = /^(\d+(?:\.\d+)?)([wx])$/i.exec(descriptor);
    const score = m ? Number(m[1]) * (m[2]!.toLowerCase() === 'x' ? 1000 : 1) : 1000;
    if (score > bestScore) {
      best = url.replace(/,$/, '');
      bestScore = score;
    }
  }
  return best;
}

/** The URL the page would eventually show for this <img>, before clean-up (null when none). */
export function pickImageSource(img: Element): string | null {
  const src = img.getAttribute('src') ?? '';
  for (const attr of LAZY_SRC_ATTRS) {
    const v = img.getAttribute(attr);
    if (v && looksLikeUrl(v) && !isUnusableSrc(v)) return v.trim();
  }
  if (src && !isUnusableSrc(src) && !isPlaceholderSrc(src)) return src.trim();
  for (const attr of LAZY_SRCSET_ATTRS) {
    const v = img.getAttribute(attr);
    const best = v ? bestSrcsetCandidate(v) : null;
    if (best && !isUnusableSrc(best) && !isPlaceholderSrc(best)) return best;
  }
  const picture = img.parentElement && tagOf(img.parentElement) === 'picture' ? img.parentElement : null;
  if (picture) {
    for (const source of all(picture, 'source')) {
      const v = source.getAttribute('srcset') ?? source.getAttribute('data-srcset');
      const best = v ? bestSrcsetCandidate(v) : null;
      if (best && !isUnusableSrc(best)) return best;
    }
  }
  return null;
}

/** Elements parsed from a <noscript> (jsdom parses them as nodes; browsers with scripting keep raw text). */
function noscriptContent(noscript: Element): ParentNode | null {
  if (noscript.children.length) return noscript;
  const text = noscript.textContent ?? '';
  if (!/<img/i.test(text)) return null;
  // A <template> parses without running anything or loading images.
  const template = noscript.ownerDocument.createElement('template');
  template.innerHTML = text;
  return template.content.firstElementChild ? template.content : null;
}

/**
 * Resolves <noscript> image fallbacks (WordPress lazy-load plugins, Medium-like sites): the
 * <img> inside replaces a neighbouring placeholder that has no picture of its own (or shows the
 * same one), or stands on its own when the neighbour is a different picture. Every <noscript>
 * goes.
 */
function adoptNoscriptImages(root: Element): void {
  for (const noscript of all(root, 'noscript')) {
    const content = noscriptContent(noscript);
    const imgs = content ? all(content, 'img') : [];
    const real = imgs.length === 1 ? imgs[0]! : null;
    if (!real) {
      noscript.remove();
      continue;
    }
    const adopted = noscript.ownerDocument.importNode(real, true);
    const prev = noscript.previousElementSibling;
    const neighbour = prev && tagOf(prev) === 'img' ? prev : prev && prev.querySelectorAll('img').length === 1 ? prev.querySelector('img') : null;
    const realSrc = pickImageSource(adopted);
    const neighbourSrc = neighbour ? pickImageSource(neighbour) : null;
    if (neighbour && (!neighbourSrc || neighbourSrc === realSrc)) {
      neighbour.replaceWith(adopted);
      noscript.remove();
    } else {
      noscript.replaceWith(adopted);
    }
  }
}

/** alt/title text that is a file name (`1585711699065.gif`, `arch.png`): noise for a reader. */
export function isFileNameText(text: string): boolean {
  return /^[\w\-. ]+\.(?:jpe?g|png|gif|webp|bmp|svg|avif)$/i.test(text.trim());
}

export interface ImageCleanupResult {
  /** final src → the URL the page used (when it differed), for ArticleImage.originalSrc. */
  originalSrc: Map<string, string>;
}

/**
 * Rewrites every <img> under `root` to its real, clean, absolute URL; removes images that have none.
 * Copies `data-width`/`data-height` when width/height are missing. `images`, when given, are the
 * <img> elements under `root` (the caller gathered them, and knows there is no <noscript> fallback
 * to resolve).
 */
export function cleanImages(root: Element, baseUrl: string, originalSrc: Map<string, string> = new Map(), images?: readonly Element[]): ImageCleanupResult {
  if (!images && root.getElementsByTagName('noscript').length) adoptNoscriptImages(root);
  for (const img of images ?? byTags(root, 'img')) {
    const picked = pickImageSource(img);
    const clean = picked ? cleanResourceUrl(picked, baseUrl) : null;
    if (!clean || !/^https?:/i.test(clean)) {
      img.remove();
      continue;
    }
    const pageSrc = resolveUrl(img.getAttribute('src'), baseUrl);
    if (pageSrc && pageSrc !== clean && /^https?:/i.test(pageSrc) && !isPlaceholderSrc(pageSrc)) originalSrc.set(clean, pageSrc);
    img.setAttribute('src', clean);
    for (const dim of ['width', 'height'] as const) {
      const data = img.getAttribute(`data-${dim}`);
      if (!img.hasAttribute(dim) && data && /^\d+$/.test(data)) img.setAttribute(dim, data);
    }
    for (const attr of [...LAZY_SRC_ATTRS, ...LAZY_SRCSET_ATTRS, 'sizes']) img.removeAttribute(attr);
    for (const attr of ['alt', 'title']) {
      const text = img.getAttribute(attr);
      if (text && isFileNameText(text)) img.setAttribute(attr, '');
    }
    const picture = img.parentElement;
    if (picture && tagOf(picture) === 'picture') {
      for (const source of byTags(picture, 'source')) source.remove();
    }
  }
  return { originalSrc };
}

/** Unwraps proxied links (`a[href]`) and resolves them against the page URL. `links`: the <a> under `root`, when known. */
export function cleanLinks(root: Element, baseUrl: string, clean: (href: string, base: string) => string | null, links?: readonly Element[]): void {
  for (const a of links ?? byTags(root, 'a')) {
    const href = a.getAttribute('href');
    if (href === null) continue;
    if (href.startsWith('#')) continue;
    const next = clean(href, baseUrl);
    if (next) a.setAttribute('href', next);
    else a.removeAttribute('href');
  }
}

export function isImage(node: Node | null): node is HTMLImageElement {
  return isElement(node) && tagOf(node) === 'img';
}

/** Hosts of stand-in pictures (random placeholders some mirrors put in front matter). */
const PLACEHOLDER_IMAGE_HOSTS = ['picsum.photos', 'placehold.it', 'placehold.co', 'placeholder.com', 'via.placeholder.com', 'dummyimage.com', 'fakeimg.pl', 'lorempixel.com', 'placekitten.com'];

/** True for URLs of placeholder services and placeholder file names: never a lead image. */
export function isPlaceholderImageUrl(url: string): boolean {
  const host = (/^(?:https?:)?\/\/([^/:?#]+)/i.exec(url)?.[1] ?? '').toLowerCase();
  if (PLACEHOLDER_IMAGE_HOSTS.some((h) => host === h || host.endsWith('.' + h))) return true;
  return isPlaceholderSrc(url) || isUnusableSrc(url);
}
