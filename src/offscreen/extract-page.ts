// Parsing a downloaded page and running the extraction pipeline on it, in a window that has a
// DOM: Chrome's offscreen document (src/offscreen/main.ts) and Firefox's background page.
// DOMParser never runs scripts or loads subresources, so a hostile page can do nothing here.
import { extract } from '../core';
import type { ExtractOptions, ExtractResult } from '../core/article';

export function extractFromHtml(html: string, url: string, options: Pick<ExtractOptions, 'keepLede' | 'keepCredits'>, win: Window): ExtractResult {
  let doc: Document;
  try {
    const Parser = (win as Window & { DOMParser: typeof DOMParser }).DOMParser;
    doc = new Parser().parseFromString(html, 'text/html');
  } catch (error) {
    return { ok: false, error: { code: 'PARSE_ERROR', message: `The page could not be parsed: ${(error as Error)?.message ?? error}` } };
  }
  absolutiseBase(doc, url);
  return extract(doc, url, { ...options, window: win });
}

/**
 * A parsed document's URL is the extension page that parsed it. The pipeline resolves against
 * `url` unless the page has an http(s) <base>; a relative <base href> would resolve against the
 * extension page instead, so it is made absolute against the page's own address.
 */
function absolutiseBase(doc: Document, url: string): void {
  const base = doc.querySelector('base[href]');
  if (!base) return;
  try {
    base.setAttribute('href', new URL(base.getAttribute('href') ?? '', url).href);
  } catch {
    base.remove();
  }
}
