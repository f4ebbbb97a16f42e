// Tidying of the extracted body before it is sanitised: what Readability and the page leave behind
// that a reader should not see. Structure-preserving: text is never dropped here.

import { all, isBlank, tagOf, unwrap } from './dom';

const MEDIA = 'img, iframe, video, audio, embed, object, table, hr, pre, .qy-embed';

function isEmpty(el: Element): boolean {
  return isBlank(el.textContent) && !el.matches(MEDIA) && !el.querySelector(MEDIA);
}

/** Removes repeated pictures (a mirror's cover image repeated as the body's first picture). */
function dedupeImages(root: Element): void {
  const seen = new Set<string>();
  for (const img of all(root, 'img[src]')) {
    const src = img.getAttribute('src')!;
    if (!seen.has(src)) {
      seen.add(src);
      continue;
    }
    // Keep the first occurrence; remove this one with its wrapper when the wrapper holds nothing else.
    let target: Element = img;
    while (target.parentElement && target.parentElement !== root && isBlank(target.parentElement.textContent) && target.parentElement.querySelectorAll('img').length === 1) {
      target = target.parentElement;
    }
    target.remove();
  }
}

/** Ids a reader needs: heading anchors and targets of the article's own #links. */
function pruneIds(root: Element): void {
  const targets = new Set(all(root, 'a[href^="#"]').map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
  for (const el of all(root, '[id]')) {
    if (/^h[2-6]$/.test(tagOf(el)) && !el.id.startsWith('readability-')) continue;
    if (!targets.has(el.id)) el.removeAttribute('id');
  }
}

/** Unwraps attribute-less <div> wrappers (Readability's page/content divs, theme wrappers). */
function unwrapPlainDivs(root: Element): void {
  for (const div of all(root, 'div')) {
    if (div.attributes.length === 0 && div.parentElement) unwrap(div);
  }
}

function removeEmpty(root: Element): void {
  for (const el of all(root, 'p, div, section, ul, ol, span, strong, b, em, i, blockquote, figure, figcaption, h2, h3, h4, h5, h6').reverse()) {
    if (root.contains(el) && isEmpty(el)) el.remove();
  }
}

/** `<p>` that directly contains another block (an embed block inside a paragraph): split it. */
function unnestParagraphs(root: Element): void {
  for (const inner of all(root, 'p > p, p > div, p > table, p > ul, p > ol, p > blockquote, p > figure')) {
    const outer = inner.parentElement!;
    if (isBlank(outer.textContent?.replace(inner.textContent ?? '', ''))) unwrap(outer);
  }
}

/** Classes other than the reader's own qy-* conventions carry nothing once the page's CSS is gone. */
function stripClasses(root: Element): void {
  for (const el of all(root, '[class]')) {
    const kept = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c.startsWith('qy-'));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
}

/**
 * Removes the article's own title when the body repeats it as its first heading (Readability only
 * catches that for Latin titles: its word similarity sees no words in CJK text).
 */
function dropRepeatedTitle(root: Element, title: string): void {
  const norm = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
  const want = norm(title);
  if (!want) return;
  for (const h of all(root, 'h1, h2, h3')) {
    // Only a heading before any body text counts.
    const range = root.ownerDocument.createRange();
    range.setStartBefore(root.firstChild ?? root);
    range.setEndBefore(h);
    if (!isBlank(range.toString())) return;
    if (norm(h.textContent ?? '') === want) h.remove();
    return;
  }
}

/** A block that captions a picture: a figcaption, or text inside a figure or beside an image. */
function isCaption(el: Element): boolean {
  if (tagOf(el) === 'figcaption' || el.closest('figure')) return true;
  // Directly after a picture (or a block holding nothing but pictures).
  const prev = el.previousElementSibling;
  return !!prev && (tagOf(prev) === 'img' || (prev.querySelector('img') !== null && isBlank(prev.textContent))) && (el.textContent ?? '').length < 400;
}

/**
 * Removes a caption that repeats an earlier one word for word (photo galleries print each caption
 * twice: under the picture and in their overlay). Other repeated text stays: recipes and lists
 * repeat lines on purpose.
 */
function dedupeCaptions(root: Element): void {
  const seen = new Set<string>();
  for (const el of all(root, 'p, figcaption, div, span')) {
    if (!root.contains(el) || el.querySelector('p, div, li, blockquote, figcaption, img, table, pre') || !isCaption(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 40) continue;
    if (seen.has(text)) el.remove();
    else seen.add(text);
  }
}

export function tidyContent(root: Element, title = ''): void {
  dedupeCaptions(root);
  dropRepeatedTitle(root, title);
  stripClasses(root);
  pruneIds(root);
  unwrapPlainDivs(root);
  dedupeImages(root);
  unnestParagraphs(root);
  removeEmpty(root);
}
