// Boilerplate Readability tends to keep inside an article body: share bars, newsletter sign-ups,
// "related"/"recommended" link lists, comment counters, ad slots. Removed conservatively: the
// container must be named so (class/id words used across CMSs) AND read like furniture (short, or
// mostly links), so an article section that happens to carry such a word survives.

import { all, collectElements, normalizeSpace, tagOf } from './dom';
import { classWords, isChromeContainer } from './regions';
import { findBodyContainer } from './article-root';

const BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'sharer', 'sharebar', 'social', 'newsletter', 'subscribe', 'subscription', 'signup',
  'related', 'recommended', 'recommend', 'recommendations', 'promo', 'promoted', 'sponsored', 'advert',
  'advertisement', 'ad', 'ads', 'adslot', 'outbrain', 'taboola', 'comments', 'comment', 'disqus', 'paywall',
  'donate', 'donation', 'reward', 'follow', 'print', 'toolbar', 'breadcrumb', 'breadcrumbs', 'byline',
]);

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const text = normalizeSpace(el.textContent ?? '').length;
  if (!text) return 0;
  let links = 0;
  for (const a of all(el, 'a')) links += normalizeSpace(a.textContent ?? '').length;
  return links / text;
}

function isBoilerplate(el: Element): boolean {
  const words = classWords(el);
  if (!words.some((w) => BOILERPLATE_WORDS.has(w))) return false;
  if (/^(?:body|html|main|article)$/.test(tagOf(el))) return false;
  const text = normalizeSpace(el.textContent ?? '');
  // Bylines: only the short credit line itself (the byline is metadata, not body text).
  if (words.includes('byline')) return text.length < 120;
  return text.length < 200 || linkDensity(el) > 0.5;
}

/** Removes boilerplate containers under `root` (`elements`: the elements under it, when known). */
export function removeBoilerplate(root: Element, elements?: readonly Element[]): void {
  for (const el of elements ?? collectElements(root)) {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) continue;
    if (!root.contains(el)) continue;
    if (isBoilerplate(el)) el.remove();
  }
}

const SEMANTIC_CHROME = new Set(['nav', 'aside', 'footer', 'menu', 'dialog']);

const visibleLength = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Removes the page's chrome (navigation, sidebars, comments, licence boxes, prev/next links …)
 * around the post body before Readability runs on a whole page, so a short post does not pull its
 * surroundings in. Guards, because class names lie: the body container found by findBodyContainer,
 * its ancestors and descendants are never removed, and neither is any "chrome" holding a large
 * share of the page's text (a mislabelled layout column such as `left-side`). `elements`: the
 * elements under <body> in document order, when the caller has them.
 */
export function removePageChrome(doc: Document, known?: Element | null, elements?: readonly Element[]): void {
  const body = known && known.isConnected && known.ownerDocument === doc ? known : findBodyContainer(doc)?.element;
  if (!body || !doc.body) return;
  const total = visibleLength(doc.body);
  const bodyLength = visibleLength(body);
  const limit = Math.min(total * 0.25, bodyLength * 0.5);
  for (const el of elements ?? collectElements(doc.body)) {
    if (!el.hasAttribute('class') && !el.hasAttribute('id') && !el.hasAttribute('role') && !SEMANTIC_CHROME.has(tagOf(el))) continue;
    if (!el.isConnected || el === body || el.contains(body) || body.contains(el)) continue;
    if (isChromeContainer(el, 'any') && visibleLength(el) <= limit) el.remove();
  }
}
