// jsdom set up the way every Qingyue Node tool needs it: scripts off (jsdom's default), the page's
// URL so relative links resolve, and a silent virtual console, because jsdom reports every CSS rule
// it cannot parse and real pages are full of them.
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses an HTML page. jsdom 29 parses each <style> element while building the tree and a few real
 * stylesheets make its CSS value parser throw out of the constructor (e.g. `calc()` over Sass
 * variables left in the CSS). Nothing Qingyue does depends on stylesheets, so on such a failure the
 * page is parsed again with the contents of its <style> elements dropped. Inline `style` attributes
 * are kept (they are parsed lazily and can hide elements).
 */
export function parseHtml(html: string, url: string): JSDOM {
  return parseHtmlReporting(html, url).dom;
}

/** parseHtml, also telling whether the page's stylesheets had to be dropped. */
export function parseHtmlReporting(html: string, url: string): { dom: JSDOM; stylesheetsDropped: boolean } {
  try {
    return { dom: create(html, url), stylesheetsDropped: false };
  } catch (firstError) {
    const withoutStyles = stripStyleElements(html);
    if (withoutStyles === html) throw firstError;
    return { dom: create(withoutStyles, url), stylesheetsDropped: true };
  }
}

function create(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
}

/** Empties every <style> element. Style contents are raw text ended only by `</style`, as the HTML tokenizer does. */
export function stripStyleElements(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(?=<\/style[\s/>])/gi, '$1');
}

/** The jsdom window typed as the DOM Window the core expects (jsdom implements the same interfaces). */
export function domWindow(dom: JSDOM): Window {
  return dom.window as unknown as Window;
}
