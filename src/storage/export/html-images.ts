// Point the <img> elements of an article's HTML at stored copies: data: URIs in an exported
// file, blob: URLs in the offline reader. Works on the sanitised HTML string (no DOM needed, so
// it runs in a service worker too); the tag pattern respects quoted attribute values, so a `>`
// inside an alt text does not end the tag.

const IMG_TAG = /<img\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Attributes that would make the browser fetch other copies over the network. */
const NETWORK_SOURCES = new Set(['srcset', 'sizes', 'data-src', 'data-srcset']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Replace each <img src> for which `resolve(src)` returns a URL; leave the others untouched.
 * `src` is passed decoded (as in Article.images[].src). Responsive-image attributes are dropped
 * from the images that were replaced, so nothing else is fetched for them.
 */
export function replaceImageSources(html: string, resolve: (src: string) => string | null | undefined): string {
  return html.replace(IMG_TAG, (tag, body: string) => {
    const attributes: Array<[string, string | null]> = [];
    for (const match of body.matchAll(ATTRIBUTE)) {
      const raw = match[2] ?? match[3] ?? match[4];
      attributes.push([match[1]!, raw === undefined ? null : decodeAttribute(raw)]);
    }
    const src = attributes.find(([name]) => name.toLowerCase() === 'src')?.[1];
    const replacement = src ? resolve(src) : null;
    if (!replacement) return tag;
    const kept = attributes.filter(([name]) => !NETWORK_SOURCES.has(name.toLowerCase()));
    const rendered = kept.map(([name, value]) => {
      const out = name.toLowerCase() === 'src' ? replacement : value;
      return out === null ? ` ${name}` : ` ${name}="${escapeAttribute(out)}"`;
    });
    return `<img${rendered.join('')}>`;
  });
}

/** The decoded src of every <img> in the HTML, in order. */
export function imageSources(html: string): string[] {
  const sources: string[] = [];
  replaceImageSources(html, (src) => {
    sources.push(src);
    return null;
  });
  return sources;
}
