// Stand-in for webextension-polyfill in extension pages (popup, reader, library, options,
// save-link, offscreen); scripts/build.mjs aliases the polyfill to this module for the pages build.
//
// Why: in Manifest V3 both browsers already return promises from every API these pages call
// (chrome.* in Chrome, browser.* in Firefox), so the polyfill's promise wrapping buys them nothing
// while costing ~3 KB gzip of the popup's 30 KB budget (issue #3). The background and content
// scripts keep the real polyfill: their runtime.onMessage listeners answer by returning promises,
// which only the polyfill makes portable. Page listeners that answer a message must therefore use
// sendResponse (see src/offscreen/main.ts).
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

const namespace: Browser = (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as Browser;

export default namespace;
