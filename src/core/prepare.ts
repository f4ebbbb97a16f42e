// Clean-up every rule runs on its working copy before Readability:
//  - <script>, <style>, <link>, <template> and <meta> go;
//  - hidden elements go, then every inline `style` attribute: jsdom's CSS parser throws on some
//    values (`Cannot create property 'border-width' on string 'inherit'`) when Readability reads
//    `node.style`, and the reader never uses page styles anyway;
//  - lazy images, proxies and relative URLs are resolved (images.ts, urls.ts);
//  - embedded players become link blocks (embeds.ts).
// All of it from one walk over the working copy: each step used to walk the whole copy again, and
// visiting an element is what costs in a DOM implementation such as jsdom.

import { collectElements } from './dom';
import { cleanImages, cleanLinks } from './images';
import { replaceEmbeds } from './embeds';
import { cleanLinkUrl } from './urls';

/** Inline styles that hide an element (read from the attribute text: no CSS parser involved). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Share of the root's text above which an element hidden only by `visibility: hidden` is the
 * content waiting for a script to reveal it, not something hidden from readers. WeChat articles
 * (and pages that republish them) serve `#js_content` as `visibility: hidden; opacity: 0` until
 * their script runs, which it never does in a saved page, a fetched link or the command line.
 */
const REVEALED_SHARE = 0.4;

/** Class tokens that CSS frameworks and CMSs use to hide an element (Bootstrap, WordPress, Tailwind …). */
const HIDDEN_CLASSES = new Set(['hidden', 'hide', 'is-hidden', 'd-none', 'display-none', 'invisible', 'sr-only', 'screen-reader-text', 'visually-hidden', 'visuallyhidden', 'hdn']);

/** Elements that never carry article content. */
const NON_CONTENT = new Set(['script', 'style', 'link', 'template', 'meta']);
const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);

function hasHiddenClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c));
}

function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    hasHiddenClass(el) ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
    // aria-hidden marks decoration (icons, duplicated labels), unless it wraps the content itself.
    (el.getAttribute('aria-hidden') === 'true' && el.getElementsByTagName('img').length === 0 && el.getElementsByTagName('p').length === 0 && (el.textContent ?? '').length < 200)
  );
}

const textLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/** An element the page hides with `visibility: hidden` alone that holds most of the text (see REVEALED_SHARE). */
function awaitsReveal(el: Element, rootText: () => number): boolean {
  const style = el.getAttribute('style') ?? '';
  if (!/visibility\s*:\s*hidden/i.test(style) || DISPLAY_NONE.test(style) || el.hasAttribute('hidden') || hasHiddenClass(el)) return false;
  const own = textLength(el);
  return own > 0 && own >= rootText() * REVEALED_SHARE;
}

/** Removes, among `candidates` (elements with attributes, in document order), those the page hides from readers. */
function removeHidden(root: Element, candidates: Iterable<Element>): void {
  let rootText = -1;
  const measureRoot = () => (rootText < 0 ? (rootText = textLength(root)) : rootText);
  for (const el of candidates) {
    if (!el.hasAttribute('style') && !el.hasAttribute('hidden') && !el.hasAttribute('aria-hidden') && !el.hasAttribute('class')) continue;
    if (!root.contains(el)) continue;
    if (isHidden(el) && !awaitsReveal(el, measureRoot)) el.remove();
    else el.removeAttribute('style');
  }
}

/** The elements of the working copy, sorted by what the clean-up does with them. */
interface WorkParts {
  all: Element[];
  nonContent: Element[];
  /** Elements with at least one attribute (only they can be hidden or styled). */
  attributed: Element[];
  images: Element[];
  links: Element[];
  embeds: Element[];
  noscripts: number;
}

function gatherParts(root: Element): WorkParts {
  const parts: WorkParts = { all: collectElements(root), nonContent: [], attributed: [], images: [], links: [], embeds: [], noscripts: 0 };
  for (const el of parts.all) {
    const tag = el.localName.toLowerCase();
    if (NON_CONTENT.has(tag)) {
      parts.nonContent.push(el);
      continue;
    }
    if (tag === 'img') parts.images.push(el);
    else if (tag === 'a') parts.links.push(el);
    else if (tag === 'noscript') parts.noscripts++;
    else if (EMBEDS.has(tag)) parts.embeds.push(el);
    if (el.hasAttributes()) parts.attributed.push(el);
  }
  return parts;
}

export interface PrepareResult {
  originalSrc: Map<string, string>;
  /**
   * Every element under the root as the walk found it (removed ones included: check isConnected),
   * for a rule's own clean-up; null when the clean-up added elements the walk did not see (pictures
   * from <noscript> fallbacks), so the rule must walk again.
   */
  elements: Element[] | null;
}

/** The shared clean-up on `root` (inside the working copy). */
export function prepareCommon(root: Element, baseUrl: string): PrepareResult {
  const parts = gatherParts(root);
  for (const el of parts.nonContent) el.remove();
  removeHidden(root, parts.attributed);
  const connected = (list: Element[]) => list.filter((el) => root.contains(el));
  // <noscript> fallbacks add pictures the walk did not see: the images are then gathered again.
  const { originalSrc } = cleanImages(root, baseUrl, new Map(), parts.noscripts ? undefined : connected(parts.images));
  cleanLinks(root, baseUrl, cleanLinkUrl, connected(parts.links));
  replaceEmbeds(root, baseUrl, parts.embeds);
  return { originalSrc, elements: parts.noscripts ? null : parts.all };
}
