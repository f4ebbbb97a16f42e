// The page's own DOMPurify pass over article HTML before it is rendered (issue #3: nothing from a
// web page runs in an extension page, even if the content script that extracted it was fooled or
// forged).
//
// The rules are those of the pipeline's sanitiser (src/core/sanitize.ts): the same allow-lists,
// URL schemes, class filter and link attributes; tests/unit/ui/sanitize.test.ts checks that both
// give the same output on hostile input. It is not imported from there because sanitizeHtml also
// turns embedded players into link blocks, which extracted articles no longer contain, and that
// code would cost the popup 2 KB of its 30 KB budget. Converge on a purify-only export of the core
// when it offers one.

import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section',
  'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'u', 'ul', 'var', 'wbr',
];
const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'id', 'class', 'colspan', 'rowspan', 'scope', 'headers',
  'start', 'reversed', 'datetime', 'lang', 'dir', 'target', 'rel', 'open', 'span',
];
const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'textarea', 'button', 'head', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
};
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data|file|blob|filesystem):/i;

function configure(purify: Purifier): Purifier {
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if ((data.attrName === 'href' || data.attrName === 'src') && DANGEROUS_SCHEME.test(data.attrValue.replace(/[\u0000-\u0020\u007f-\u009f]+/g, ''))) {
      data.keepAttr = false;
    }
    if (data.attrName === 'class') {
      // Only the reader's own conventions (qy-lede, qy-credits, qy-embed…) survive.
      const kept = data.attrValue.split(/\s+/).filter((c) => /^qy-[a-z0-9-]+$/.test(c));
      if (kept.length) data.attrValue = kept.join(' ');
      else data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('target')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
      node.removeAttribute('rel');
    }
  });
  return purify;
}

const purifiers = new WeakMap<Window, Purifier>();

/**
 * The sanitised article as a fragment of an inert document (DOMParser's: nothing in it loads or
 * runs, so its images are not fetched before the reader sets their referrer policy), parsed and
 * cleaned the way the pipeline does it.
 */
export function sanitizeArticleHtml(html: string, win: Window): DocumentFragment {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = configure(DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]));
    purifiers.set(win, purify);
  }
  const inert = new (win as Window & typeof globalThis).DOMParser().parseFromString('', 'text/html');
  const holder = inert.createElement('div');
  holder.innerHTML = html;
  const input = inert.createDocumentFragment();
  input.append(...holder.childNodes);
  const clean = purify.sanitize(input, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
  for (const img of clean.querySelectorAll('img')) if (!img.getAttribute('src')) img.remove();
  return clean;
}
