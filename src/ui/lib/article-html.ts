// Turns an Article's contentHtml into the HTML the reader renders: sanitised again, every URL
// absolute against the article's page (an extension page would otherwise resolve relative links
// to itself), outside links in a new tab without opener or referrer, images referrer-free
// (woshipm's image host refuses foreign referrers) and lazy unless stored in the library, wide
// tables in a scroll box, and the lead image placed after the editor's intro.

import { sanitizeArticleHtml } from './sanitize';

export interface PrepareOptions {
  /** The article's page URL: base for relative URLs. */
  baseUrl: string;
  /** Lead image to show above the body (already checked not to repeat the body's first picture). */
  leadImage?: string | null;
  /** Alt text of the lead image (the title reads well; the picture is decorative otherwise). */
  leadAlt?: string;
  /**
   * Where to load an image from, given its URL in the article (already absolute and checked).
   * The offline library maps stored pictures to blob: URLs here, after sanitising, because the
   * sanitiser refuses blob: and data: sources coming from a page.
   */
  mapImage?: (src: string) => string | null;
}

/** `value` made absolute against the article's page, when it is a web (or, for links, mail) URL. */
function absolute(value: string, base: string, mail = false): string | null {
  try {
    const url = new URL(value.trim(), base);
    return /^https?:$/.test(url.protocol) || (mail && url.protocol === 'mailto:') ? url.href : null;
  } catch {
    return null;
  }
}

function fixLinks(root: DocumentFragment, baseUrl: string): void {
  const ids = new Set(Array.from(root.querySelectorAll('[id]'), (el) => el.id));
  for (const link of Array.from(root.querySelectorAll('a'))) {
    const href = link.getAttribute('href');
    link.removeAttribute('target');
    if (!href) continue;
    if (href.startsWith('#') && ids.has(decodeURIComponent(href.slice(1)))) continue; // footnotes and the like stay in the page
    const url = absolute(href, baseUrl, true);
    if (!url) {
      link.removeAttribute('href');
      continue;
    }
    link.setAttribute('href', url);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
}

function fixImages(root: DocumentFragment, baseUrl: string, mapImage: PrepareOptions['mapImage']): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const absoluteSrc = absolute(img.getAttribute('src') ?? '', baseUrl);
    const src = absoluteSrc && mapImage ? mapImage(absoluteSrc) : absoluteSrc;
    if (!src) {
      img.remove();
      continue;
    }
    img.setAttribute('src', src);
    // Pictures stored in the library (blob:) are already on this machine: loading them lazily
    // saves nothing and leaves them without a height until they come near the viewport, so the
    // page grows under the reader and a restored reading position lands in the wrong place.
    if (!src.startsWith('blob:')) img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/** ids starting with qy- belong to the reader's own UI (#qy-title …): a page must not clobber them. */
function dropReservedIds(root: DocumentFragment): void {
  for (const el of Array.from(root.querySelectorAll('[id^="qy-"]'))) el.removeAttribute('id');
}

/** 25+ printable ASCII characters without a space: a bare URL, a file path, a long identifier. */
const LONG_TOKEN = /[!-~]{25,}/g;

/**
 * Long unbreakable runs go in a span that may break anywhere. In justified Chinese text a bare URL
 * otherwise jumps whole to the next line and leaves the line before it spread thin (woshipm posts
 * often carry bare URLs); ordinary English words keep breaking between words.
 */
function breakLongTokens(root: DocumentFragment): void {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').length >= 25 && !node.parentElement?.closest('pre, code')) texts.push(node as Text);
  }
  for (const text of texts) {
    const value = text.nodeValue ?? '';
    const parts: Node[] = [];
    let last = 0;
    for (const match of value.matchAll(LONG_TOKEN)) {
      parts.push(doc.createTextNode(value.slice(last, match.index)));
      const span = doc.createElement('span');
      span.className = 'qy-long';
      span.textContent = match[0];
      parts.push(span);
      last = match.index + match[0].length;
    }
    if (!last) continue;
    parts.push(doc.createTextNode(value.slice(last)));
    text.replaceWith(...parts);
  }
}

function wrapTables(root: DocumentFragment): void {
  const doc = root.ownerDocument;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.classList.contains('qy-table-scroll')) continue;
    const box = doc.createElement('div');
    box.className = 'qy-table-scroll';
    table.replaceWith(box);
    box.append(table);
  }
}

function insertLeadImage(root: DocumentFragment, src: string, alt: string): void {
  const doc = root.ownerDocument;
  const figure = doc.createElement('figure');
  figure.className = 'qy-lead-image';
  const img = doc.createElement('img');
  img.setAttribute('src', src);
  img.setAttribute('alt', alt);
  figure.append(img);
  const first = root.firstElementChild;
  if (first?.matches('blockquote.qy-lede')) first.after(figure);
  else root.prepend(figure);
}

export function prepareArticleHtml(html: string, options: PrepareOptions, win: Window): string {
  const root = sanitizeArticleHtml(html, win);
  dropReservedIds(root);
  if (options.leadImage) insertLeadImage(root, options.leadImage, options.leadAlt ?? '');
  fixLinks(root, options.baseUrl);
  fixImages(root, options.baseUrl, options.mapImage);
  // The first picture is usually in view at once: do not make it wait for lazy loading.
  root.querySelector('img')?.removeAttribute('loading');
  wrapTables(root);
  breakLongTokens(root);
  const out = root.ownerDocument.createElement('div');
  out.append(root);
  return out.innerHTML;
}
