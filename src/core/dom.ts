// Small DOM helpers shared by the pipeline and the site rules.
// They never touch globals such as `Node` or `window` (absent in Node), so the same code runs in a
// content script, an extension page (DOMParser documents have no defaultView) and under jsdom.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && node.nodeType === TEXT_NODE;
}

/** Lower-case tag name ('' for non-elements); works for HTML and XHTML documents alike. */
export function tagOf(node: Node | null | undefined): string {
  return isElement(node) ? node.localName.toLowerCase() : '';
}

/** A picture file's URL; `!` starts an image CDN's style suffix (x.jpg!w720). */
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|avif|svg)(?:[?#!]|$)/i;

/** Whether a link leads to another page: not within this one, not to a picture file (a zoom link). */
export function linksToPage(href: string | null | undefined): boolean {
  return !!href && !href.startsWith('#') && !PICTURE_FILE.test(href);
}

/** The nearest <a> around `el`, or null. */
export function enclosingLink(el: Element): Element | null {
  for (let cur = el.parentElement; cur; cur = cur.parentElement) if (tagOf(cur) === 'a') return cur;
  return null;
}

/** A picture inside a link to another page: a teaser in a list of posts, not a post's own picture. */
export function isTeaserImage(img: Element): boolean {
  return linksToPage(enclosingLink(img)?.getAttribute('href'));
}

/** Collapses every whitespace run (incl. NBSP and full-width spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** True when the text has nothing a reader would see. */
export function isBlank(text: string | null | undefined): boolean {
  return !text || !/[^\s\u00a0\u3000\u200b\ufeff]/.test(text);
}

/** Elements that separate paragraphs when flattening to text. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);

/** Tags whose content is never article text. */
export const NON_CONTENT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object', 'embed']);

/** Replaces an element by its children (keeps the children, drops the wrapper). */
export function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** Document-order list of the elements matching `selector` under `root`, as an array (safe to mutate the tree while iterating). */
export function all<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  return Array.from(root.querySelectorAll<E>(selector));
}

/** Nearest element ancestor (or self) satisfying `test`, stopping before `stop`. */
export function closest(el: Element | null, test: (e: Element) => boolean, stop?: Element | null): Element | null {
  for (let cur = el; cur && cur !== stop; cur = cur.parentElement) {
    if (test(cur)) return cur;
  }
  return null;
}

/** The lowest element containing every given node (null when they share none). */
export function commonAncestor(nodes: Element[]): Element | null {
  const first = nodes[0];
  if (!first) return null;
  let candidate: Element | null = first;
  while (candidate && !nodes.every((n) => candidate!.contains(n))) candidate = candidate.parentElement;
  return candidate;
}

/**
 * Every element under `root` in document order, by a plain walk. Much cheaper than
 * querySelectorAll('*') / getElementsByTagName('*') in jsdom, where selector engines and live
 * collections dominate the cost of a clean-up pass.
 */
export function collectElements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      stack.push(el);
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) el = stack.pop() ?? null;
    el = el ? el.nextElementSibling : null;
  }
  return out;
}

/**
 * Elements with one of the given tag names under `root`, in document order. Use this rather than
 * Array.from(getElementsByTagName(…)) on big trees: iterating a live HTMLCollection costs a scan
 * per item in jsdom.
 */
export function byTags(root: Element, ...tags: string[]): Element[] {
  const wanted = new Set(tags);
  return collectElements(root).filter((el) => wanted.has(tagOf(el)));
}
