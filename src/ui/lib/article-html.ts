// Turns an Article's contentHtml into the HTML the reader renders: sanitised again, every URL
// absolute against the article's page (an extension page would otherwise resolve relative links
// to itself), outside links in a new tab without opener or referrer, images lazy and
// referrer-free (woshipm's image host refuses foreign referrers), wide tables in a scroll box,
// and the lead image placed after the editor's intro.

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

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:', 'data:', 'blob:']);

function absolute(value: string, base: string, allowed: Set<string>): string | null {
  try {
    const url = new URL(value.trim(), base);
    if (!allowed.has(url.protocol)) return null;
    if (url.protocol === 'data:' && !/^data:image\/(png|jpe?g|gif|webp|avif)[;,]/i.test(url.href)) return null;
    return url.href;
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
    const url = absolute(href, baseUrl, LINK_PROTOCOLS);
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
    const absoluteSrc = absolute(img.getAttribute('src') ?? '', baseUrl, IMAGE_PROTOCOLS);
    const src = absoluteSrc && mapImage ? mapImage(absoluteSrc) : absoluteSrc;
    if (!src) {
      img.remove();
      continue;
    }
    img.setAttribute('src', src);
    const srcset = img.getAttribute('srcset');
    if (srcset && !srcset.split(',').every((candidate) => /^\s*https:\/\//i.test(candidate))) img.removeAttribute('srcset');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('referrerpolicy', 'no-referrer');
  }
}

/** ids starting with qy- belong to the reader's own UI (#qy-title …): a page must not clobber them. */
function dropReservedIds(root: DocumentFragment): void {
  for (const el of Array.from(root.querySelectorAll('[id^="qy-"]'))) el.removeAttribute('id');
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
  const template = win.document.createElement('template');
  template.innerHTML = sanitizeArticleHtml(html, win);
  const root = template.content;
  dropReservedIds(root);
  if (options.leadImage) insertLeadImage(root, options.leadImage, options.leadAlt ?? '');
  fixLinks(root, options.baseUrl);
  fixImages(root, options.baseUrl, options.mapImage);
  // The first picture is usually in view at once: do not make it wait for lazy loading.
  root.querySelector('img')?.removeAttribute('loading');
  wrapTables(root);
  return template.innerHTML;
}
