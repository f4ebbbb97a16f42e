// Test helpers: jsdom documents the way the CLI and the fixtures parse them.
import { JSDOM, VirtualConsole } from 'jsdom';

export function page(html: string, url = 'https://example.com/post/1'): { doc: Document; window: Window; dom: JSDOM } {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, window: dom.window as unknown as Window, dom };
}

/** An element parsed from a fragment (in its own document). */
export function fragment(html: string): Element {
  const { doc } = page(`<!doctype html><body><div id="root">${html}</div></body>`);
  return doc.getElementById('root')!;
}

/** Plausible Chinese prose of about n characters (for bodies that must read as articles). */
export function prose(n: number): string {
  const s = '产品经理在做需求分析时，需要先弄清楚用户真正想解决的问题，再决定用什么方案去满足它。';
  return s.repeat(Math.ceil(n / s.length)).slice(0, n);
}
