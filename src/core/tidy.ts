// Tidying of the extracted body before it is sanitised: what Readability and the page leave behind
// that a reader should not see. Structure-preserving: text is never dropped here, except a caption
// printed twice and the title repeated as the first heading.
//
// Written as plain tree walks (tag and attribute checks): selector calls per element are the
// slowest thing a DOM implementation like jsdom does, and this runs on every extraction.

import { byTags, collectElements, ELEMENT_NODE, isBlank, tagOf, TEXT_NODE, unwrap } from './dom';

const MEDIA_TAGS = new Set(['img', 'iframe', 'video', 'audio', 'embed', 'object', 'table', 'hr', 'pre', 'br']);
const PRUNABLE = new Set(['p', 'div', 'section', 'ul', 'ol', 'span', 'strong', 'b', 'em', 'i', 'blockquote', 'figure', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);


/** Classes other than the reader's own qy-* conventions carry nothing once the page's CSS is gone. */
function stripClasses(elements: Element[]): void {
  for (const el of elements) {
    const cls = el.getAttribute('class');
    if (cls === null) continue;
    const kept = cls.split(/\s+/).filter((c) => c.startsWith('qy-'));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
}

/** Ids a reader needs: heading anchors and targets of the article's own #links. */
function pruneIds(elements: Element[]): void {
  const targets = new Set<string>();
  for (const el of elements) {
    if (tagOf(el) !== 'a') continue;
    const href = el.getAttribute('href');
    if (href && href.startsWith('#')) {
      try {
        targets.add(decodeURIComponent(href.slice(1)));
      } catch {
        targets.add(href.slice(1));
      }
    }
  }
  for (const el of elements) {
    const id = el.getAttribute('id');
    if (id === null) continue;
    if (/^h[2-6]$/.test(tagOf(el)) && !id.startsWith('readability-')) continue;
    if (!targets.has(id)) el.removeAttribute('id');
  }
}

const isPlainDiv = (el: Element) => tagOf(el) === 'div' && !el.hasAttributes();

/**
 * The element whose children are the body: `root`, or the attribute-less <div> that is all `root`
 * holds (Readability's page div), repeatedly. Taking it as the root instead of unwrapping it saves
 * moving every top-level block of the article one by one.
 */
function innerRoot(root: Element): Element {
  let cur = root;
  while (cur.firstChild && cur.firstChild === cur.lastChild && cur.firstChild.nodeType === ELEMENT_NODE && isPlainDiv(cur.firstChild as Element)) cur = cur.firstChild as Element;
  return cur;
}

/** Unwraps attribute-less <div> wrappers (Readability's page/content divs, theme wrappers) under `root`. */
function unwrapPlainDivs(elements: Element[], root: Element): void {
  for (const el of elements) if (isPlainDiv(el) && el.parentElement && root.contains(el) && el !== root) unwrap(el);
}

/**
 * Removes the article's own title when the body repeats it as its first heading, before any text
 * (Readability only catches that for Latin titles: its word similarity sees no words in CJK text).
 */
function dropRepeatedTitle(root: Element, title: string): void {
  const norm = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
  const want = norm(title);
  if (!want) return;
  const visit = (node: Node): 'stop' | 'go' => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (!isBlank(child.nodeValue)) return 'stop';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = tagOf(child);
      if (tag === 'h1' || tag === 'h2' || tag === 'h3') {
        if (norm(child.textContent ?? '') === want) (child as Element).remove();
        return 'stop';
      }
      if (visit(child) === 'stop') return 'stop';
    }
    return 'go';
  };
  visit(root);
}

/** Removes repeated pictures (a mirror's cover image repeated as the body's first picture). */
function dedupeImages(root: Element): void {
  const seen = new Set<string>();
  for (const img of byTags(root, 'img')) {
    const src = img.getAttribute('src');
    if (!src) continue;
    if (!seen.has(src)) {
      seen.add(src);
      continue;
    }
    // Keep the first occurrence; remove this one with its wrappers when they hold nothing else.
    let target: Element = img;
    while (target.parentElement && target.parentElement !== root && isBlank(target.parentElement.textContent) && target.parentElement.getElementsByTagName('img').length === 1) {
      target = target.parentElement;
    }
    target.remove();
  }
}

function holdsOnlyPictures(el: Element): boolean {
  return tagOf(el) === 'img' || (el.getElementsByTagName('img').length > 0 && isBlank(el.textContent));
}

/**
 * Removes a caption that repeats an earlier one word for word (photo galleries print each caption
 * twice: under the picture and in their overlay). A caption is a <figcaption> or a short text
 * block right after a picture. Other repeated text stays: recipes and lists repeat lines on purpose.
 */
function dedupeCaptions(elements: Element[]): void {
  const seen = new Set<string>();
  for (const el of elements) {
    const tag = tagOf(el);
    if (tag !== 'figcaption' && tag !== 'p' && tag !== 'div' && tag !== 'span') continue;
    const prev = el.previousElementSibling;
    if (tag !== 'figcaption' && !(prev && holdsOnlyPictures(prev))) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 40 || text.length > 400) continue;
    if (seen.has(text)) el.remove();
    else seen.add(text);
  }
}

/** Removes elements that show nothing (bottom-up, one walk). Returns whether `node` shows something. */
function pruneEmpty(node: Element): boolean {
  let shows = false;
  for (let child = node.firstChild; child; ) {
    const next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      if (!isBlank(child.nodeValue)) shows = true;
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      const tag = tagOf(el);
      const childShows = pruneEmpty(el) || MEDIA_TAGS.has(tag) || /\bqy-embed\b/.test(el.getAttribute('class') ?? '');
      if (!childShows && PRUNABLE.has(tag)) el.remove();
      else if (childShows && tag !== 'br') shows = true;
    }
    child = next;
  }
  return shows;
}

/** Tidies the body under `root`; returns the element that now holds it (`root` or a wrapper inside it). */
export function tidyContent(root: Element, title = ''): Element {
  dropRepeatedTitle(root, title);
  dedupeImages(root);
  const elements = collectElements(root);
  dedupeCaptions(elements);
  stripClasses(elements);
  pruneIds(elements);
  const body = innerRoot(root);
  unwrapPlainDivs(elements, body);
  pruneEmpty(body);
  return body;
}
