// The page's own DOMPurify pass over article HTML before it is rendered (issue #3: nothing from a
// web page runs in an extension page, even if the content script that extracted it was fooled or
// forged).
//
// The rules are the pipeline's own (src/core/sanitize-policy.ts); the pipeline's sanitiser is not
// imported as a whole because it also turns embedded players into link blocks, which extracted
// articles no longer contain, and that code would cost the popup 2 KB of its 30 KB budget.

import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';
import { applySanitizePolicy, SANITIZE_CONFIG } from '../../core/sanitize-policy';

const purifiers = new WeakMap<Window, Purifier>();

/**
 * The sanitised article as a fragment of an inert document (DOMParser's: nothing in it loads or
 * runs, so its images are not fetched before the reader sets their referrer policy), parsed and
 * cleaned the way the pipeline does it.
 */
export function sanitizeArticleHtml(html: string, win: Window): DocumentFragment {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = applySanitizePolicy(DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]));
    purifiers.set(win, purify);
  }
  const inert = new (win as Window & typeof globalThis).DOMParser().parseFromString('', 'text/html');
  const holder = inert.createElement('div');
  holder.innerHTML = html;
  const input = inert.createDocumentFragment();
  input.append(...holder.childNodes);
  const clean = purify.sanitize(input, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
  for (const img of clean.querySelectorAll('img')) if (!img.getAttribute('src')) img.remove();
  return clean;
}
