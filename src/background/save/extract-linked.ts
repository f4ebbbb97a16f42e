// Where a downloaded page is parsed: Firefox's background is an event page with a DOM, so right
// here; Chrome's service worker has none, so in the offscreen document. `__BROWSER__` is fixed per
// bundle and the pipeline is imported only inside the Firefox branch, so Chrome's background.js
// does not carry Readability and DOMPurify at all (the offscreen page does), and Firefox's has no
// chrome.offscreen call for web-ext lint to warn about.
import type { ExtractOptions, ExtractResult } from '../../core/article';
import { extractInOffscreen } from './offscreen-client';

export async function extractLinkedPage(html: string, url: string, options: Pick<ExtractOptions, 'keepLede' | 'keepCredits'>): Promise<ExtractResult> {
  if (__BROWSER__ === 'firefox') {
    const { extractFromHtml } = await import('../../offscreen/extract-page');
    return extractFromHtml(html, url, options, globalThis as unknown as Window);
  }
  return extractInOffscreen(html, url, options);
}
