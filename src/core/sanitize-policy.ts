// The sanitising policy itself: DOMPurify's allow-lists and the hooks that enforce what an
// allow-list cannot say. Shared by the pipeline (src/core/sanitize.ts, which also turns embedded
// players into link blocks first) and by the extension pages, which sanitise every article again
// before rendering it (src/ui/lib/sanitize.ts) and must not pay for the embed code in the popup's
// bundle. Depends on nothing but DOMPurify's types.
//
// Decisions:
//  - data:, blob:, file:, javascript: and vbscript: URLs are refused everywhere, images included:
//    an article's pictures are remote URLs (the library stores their bytes separately, and swaps
//    them in after sanitising), and data: is a classic smuggling channel.
//  - Links keep `target` only as `_blank`, always with rel="noopener noreferrer".
//  - class survives only for the reader's own `qy-*` conventions; ids survive (toc anchors,
//    footnotes) unless DOMPurify judges them clobbering.

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

/** http(s), mailto, tel, fragments and relative URLs; every other scheme is refused. */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data|file|blob|filesystem):/i;
const URL_ATTRS = new Set(['href', 'src']);

export const SANITIZE_CONFIG: Readonly<Config> = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  WHOLE_DOCUMENT: false,
  KEEP_CONTENT: true,
  // Elements whose content must go with them (KEEP_CONTENT would otherwise keep their text).
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'embed', 'select', 'textarea', 'button', 'head', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
};

/** Strips ASCII control characters and whitespace that browsers ignore inside a URL scheme. */
function schemeOf(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
}

/** Adds the policy's hooks to a DOMPurify instance (hooks are per instance: call it once per instance). */
export function applySanitizePolicy(purify: Purifier): Purifier {
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (URL_ATTRS.has(data.attrName) && DANGEROUS_SCHEME.test(schemeOf(data.attrValue))) data.keepAttr = false;
    if (data.attrName === 'class') {
      // Only the reader's own conventions (qy-lede, qy-credits, qy-embed…) survive.
      const kept = data.attrValue.split(/\s+/).filter((c) => /^qy-[a-z0-9-]+$/.test(c));
      if (kept.length) data.attrValue = kept.join(' ');
      else data.keepAttr = false;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName.toLowerCase() === 'a' && node.hasAttribute('target')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
      node.removeAttribute('rel');
    }
  });
  return purify;
}
