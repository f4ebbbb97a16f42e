// Clean-up every rule runs on its working copy before Readability:
//  - hidden elements go, then every inline `style` attribute: jsdom's CSS parser throws on some
//    values (`Cannot create property 'border-width' on string 'inherit'`) when Readability reads
//    `node.style`, and the reader never uses page styles anyway;
//  - lazy images, proxies and relative URLs are resolved (images.ts, urls.ts);
//  - embedded players become link blocks (embeds.ts).

import { byTags, collectElements, isBlank } from './dom';
import { cleanImages, cleanLinks } from './images';
import { replaceEmbeds } from './embeds';
import { cleanLinkUrl } from './urls';

/** Inline styles that hide an element (read from the attribute text: no CSS parser involved). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Class tokens that CSS frameworks and CMSs use to hide an element (Bootstrap, WordPress, Tailwind …). */
const HIDDEN_CLASSES = new Set(['hidden', 'hide', 'is-hidden', 'd-none', 'display-none', 'invisible', 'sr-only', 'screen-reader-text', 'visually-hidden', 'visuallyhidden', 'hdn']);

function hasHiddenClass(el: Element): boolean {
  const cls = el.getAttribute('class');
  return !!cls && cls.split(/\s+/).some((c) => HIDDEN_CLASSES.has(c));
}

/** Removes elements the page hides from readers. */
export function removeHidden(root: Element): void {
  for (const el of collectElements(root)) {
    if (!el.hasAttribute('style') && !el.hasAttribute('hidden') && !el.hasAttribute('aria-hidden') && !el.hasAttribute('class')) continue;
    if (!root.contains(el)) continue;
    const hidden =
      el.hasAttribute('hidden') ||
      hasHiddenClass(el) ||
      HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
      // aria-hidden marks decoration (icons, duplicated labels), unless it wraps the content itself.
      (el.getAttribute('aria-hidden') === 'true' && el.getElementsByTagName('img').length === 0 && el.getElementsByTagName('p').length === 0 && (el.textContent ?? '').length < 200);
    if (hidden) el.remove();
    else el.removeAttribute('style');
  }
}

/** Removes <style>, <link>, <script>, <template>, comments-free leftovers Readability would also drop. */
export function removeNonContent(root: Element): void {
  for (const el of byTags(root, 'script', 'style', 'link', 'template', 'meta')) el.remove();
}

export interface PrepareResult {
  originalSrc: Map<string, string>;
}

/** The shared clean-up on `root` (inside the working copy). */
export function prepareCommon(root: Element, baseUrl: string): PrepareResult {
  removeNonContent(root);
  removeHidden(root);
  const { originalSrc } = cleanImages(root, baseUrl);
  cleanLinks(root, baseUrl, cleanLinkUrl);
  replaceEmbeds(root, baseUrl);
  return { originalSrc };
}

/** True when an element shows nothing: no text, no picture, no embed. */
export function isEmptyElement(el: Element): boolean {
  return isBlank(el.textContent) && !el.querySelector('img, iframe, video, audio, embed, object, table, hr, .qy-embed');
}
