// Finds the smallest container holding a post's body in the ORIGINAL document, without Readability:
// the block with the most paragraph text and pictures outside the page chrome. Site rules hand
// Readability a fresh document holding only this container, which is both cleaner (no sidebar,
// comments, licence box) and much faster than running Readability on the whole page.
//
// One linear pass over the text nodes and images; memoised chrome tests; no layout.

import { BLOCK_TAGS, byTags, commonAncestor, isTeaserImage, NON_CONTENT_TAGS, tagOf } from './dom';
import { chromeTester } from './regions';

/** Score an image adds to its container: a slide or chart carries the post as much as a paragraph. */
const IMAGE_SCORE = 80;
/** Below this score nothing on the page looks like a post body. */
const MIN_BODY_SCORE = 60;

/** Elements that can be a body container (inline and paragraph-level elements cannot). */
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'font', 'center', 'span']);

export interface RootCandidate {
  element: Element;
  score: number;
}

/** Nearest block-level ancestor of a node (the paragraph its text belongs to). */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCK_TAGS.has(tagOf(el)) && tagOf(el) !== 'body') el = el.parentElement;
  return el;
}

/** True when the text node sits inside a link (below its block). */
function inLink(node: Node, block: Element | null): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) if (tagOf(el) === 'a') return true;
  return false;
}

/** Link text counts this much of prose: menus, tickers and teaser lists are mostly links. */
const LINK_TEXT_WEIGHT = 0.2;

/** Class, id or alt words of interface pictures (a favicon, a logo, a button's icon, an avatar). */
const ICON_WORDS = /(?:^|[\s_-])(?:icons?|favicons?|logos?|avatars?|emoji|emoticons?|badges?)(?:$|[\s_-])/i;

/**
 * How much of a picture an <img> is (0 to 1). Interface pictures (icons, favicons, logos,
 * avatars, anything drawn at 32 px or less) are not content at all: a feed reader shows two of
 * them on every headline of its list, which outweighed a short post beside it. A thumbnail that
 * links to another page is a teaser and counts like link text.
 */
function pictureWeight(img: Element): number {
  const size = (name: string) => {
    const v = img.getAttribute(name);
    return v && /^\s*\d+(?:px)?\s*$/.test(v) ? parseInt(v, 10) : null;
  };
  const width = size('width');
  const height = size('height');
  if ((width !== null && width <= 32) || (height !== null && height <= 32)) return 0;
  if (ICON_WORDS.test(img.getAttribute('class') ?? '') || ICON_WORDS.test(img.getAttribute('id') ?? '')) return 0;
  if (/\.(?:ico|svg)(?:[?#]|$)/i.test(img.getAttribute('src') ?? '') && /icon|logo|favicon/i.test(img.getAttribute('src') ?? '')) return 0;
  return isTeaserImage(img) ? LINK_TEXT_WEIGHT : 1;
}

/** Nearest ancestor (or self) that can contain a body: skips p, li, blockquote, h*, … */
function containerOf(block: Element): Element | null {
  let el: Element | null = block;
  while (el && !CONTAINER_TAGS.has(tagOf(el))) el = el.parentElement;
  return el;
}

/**
 * Scores containers by the text of the paragraphs directly in them (plus their own bare text) and
 * their pictures, ignoring everything in the chrome; returns the best one. `images` are the page's
 * <img> elements when the caller already has them (else they are collected here).
 */
export function findBodyContainer(doc: Document, images?: readonly Element[]): RootCandidate | null {
  const body = doc.body;
  if (!body) return null;
  // SHOW_TEXT = 4 (NodeFilter is not a global in Node).
  const walker = doc.createTreeWalker(body, 4);
  const texts: Array<[Text, number]> = [];
  let totalText = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NON_CONTENT_TAGS.has(tagOf(parent))) continue;
    const length = (node.nodeValue ?? '').replace(/\s+/g, '').length;
    if (!length) continue;
    texts.push([node as Text, length]);
    totalText += length;
  }
  // Only the page's furniture is excluded here: weaker words ('side', 'site', 'category' …) name
  // columns that hold articles on too many sites.
  // A wrapper flagged only by a class word yet holding most of the page's text is a layout
  // column with an unlucky name; semantic chrome (<aside>, <nav>, roles) is never vetoed, so a big
  // sidebar beside a short post stays chrome.
  const inChrome = chromeTester('page', (el) => !/^(?:aside|nav|footer|menu|dialog)$/.test(tagOf(el)) && !el.hasAttribute('role') && (el.textContent ?? '').replace(/\s+/g, '').length > totalText * 0.5);
  const scores = new Map<Element, number>();
  const credit = (container: Element | null, amount: number) => {
    if (!container || inChrome(container)) return;
    scores.set(container, (scores.get(container) ?? 0) + amount);
  };

  for (const [node, length] of texts) {
    const block = blockOf(node);
    if (!block || tagOf(block).match(/^h[1-6]$/)) {
      // Headings count, but a lone title outside the body must not pull the container up.
      if (block) credit(containerOf(block.parentElement ?? block), Math.min(length, 40));
      continue;
    }
    const container = CONTAINER_TAGS.has(tagOf(block)) ? block : containerOf(block);
    credit(container, inLink(node, block) ? length * LINK_TEXT_WEIGHT : length);
  }
  for (const img of images ?? byTags(body, 'img')) {
    const weight = pictureWeight(img);
    if (!weight) continue;
    const block = blockOf(img);
    if (!block) continue;
    const container = CONTAINER_TAGS.has(tagOf(block)) ? block : containerOf(block);
    credit(container, IMAGE_SCORE * weight);
  }

  // Half of each container's score goes to the container around it (as Readability does for
  // grandparents), so a body spread over table cells or sibling sections is found as one.
  const total = new Map(scores);
  for (const [element, score] of scores) {
    const outer = element.parentElement ? containerOf(element.parentElement) : null;
    if (outer && !inChrome(outer)) total.set(outer, (total.get(outer) ?? 0) + score / 2);
  }
  let best: RootCandidate | null = null;
  for (const [element, score] of total) {
    if (tagOf(element) === 'body') continue;
    if (!best || score > best.score) best = { element, score };
  }
  return best && best.score >= MIN_BODY_SCORE ? best : null;
}

/**
 * The article root: the body container, widened to include anchors the site rule knows belong to
 * the post (its credit line, tipping block, pictures) as long as that stays below <body>.
 */
export function locateArticleRoot(doc: Document, anchors: Element[] = [], images?: readonly Element[]): Element | null {
  const found = findBodyContainer(doc, images);
  if (!found) return null;
  const inside = anchors.filter((a) => a.isConnected && a !== found.element);
  if (!inside.length) return found.element;
  const widened = commonAncestor([found.element, ...inside]);
  if (!widened || tagOf(widened) === 'body' || tagOf(widened) === 'html') return found.element;
  return widened;
}
