// The page's own DOMPurify pass over article HTML (issue #3: nothing from a web page runs in an
// extension page, even if the content script that extracted it was fooled or forged).

import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';

/** Strict allow-list: HTML only (no SVG/MathML), no forms, frames, styles or data attributes. */
const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'noscript', 'dialog'],
  FORBID_ATTR: ['style', 'srcdoc', 'action', 'formaction', 'ping', 'autofocus', 'tabindex', 'contenteditable'],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

const purifiers = new WeakMap<Window, ReturnType<typeof DOMPurify>>();

export function sanitizeArticleHtml(html: string, win: Window): string {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifiers.set(win, purify);
  }
  return purify.sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
