// Which tabs the extension may not read, decided from the URL alone (before any injection) and,
// when injection is refused anyway, from the browser's error message.
import type { RestrictedReason } from '../shared/messages';

/** Schemes of the browser's own pages and other extensions' pages: no script may run there. */
const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-untrusted:', 'chrome-search:', 'chrome-extension:', 'devtools:',
  'edge:', 'brave:', 'opera:', 'vivaldi:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'blob:', 'javascript:',
]);

/** Store pages: both browsers forbid extensions to script them. Matched on host + path prefix. */
const WEB_STORES: readonly { host: string; path: string }[] = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

export interface UrlContext {
  /** Result of extension.isAllowedFileSchemeAccess(); only consulted for file:// URLs. */
  fileAccess: boolean;
}

/**
 * Why a URL cannot be read, or null when injection may be tried. An empty URL (the tab's URL is
 * hidden without host permission or activeTab) is not restricted: injection will tell.
 */
export function classifyUrl(url: string, context: UrlContext): RestrictedReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return 'browser-page';
  if (parsed.protocol === 'file:') {
    if (isPdfPath(parsed.pathname)) return 'pdf';
    return context.fileAccess ? null : 'file-access';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (WEB_STORES.some((s) => host === s.host && parsed.pathname.startsWith(s.path))) return 'web-store';
  // The built-in PDF viewers (Chrome's PDF extension, Firefox's pdf.js) keep the document's URL.
  if (isPdfPath(parsed.pathname)) return 'pdf';
  return null;
}

function isPdfPath(pathname: string): boolean {
  return /\.pdf$/i.test(pathname);
}

/**
 * Map a refused executeScript/sendMessage to a reason, or null when the error is not about access
 * (the tab closed, the page navigated away mid-injection …). Messages as Chromium and Firefox word them.
 */
export function classifyInjectionError(error: unknown, url: string): RestrictedReason | null {
  const message = error instanceof Error ? error.message : String(error);
  if (/extensions gallery cannot be scripted/i.test(message)) return 'web-store';
  if (/Cannot access a [\w-]+:(\/\/)? URL/i.test(message)) return 'browser-page';
  if (/Cannot access contents of|Missing host permission|must request permission|Extension manifest must request/i.test(message)) {
    return url.startsWith('file:') ? 'file-access' : 'no-permission';
  }
  return null;
}

/** The browser shows its own error page in the tab (offline, DNS failure …): nothing to read. */
export function isErrorPageError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /showing error page|error page/i.test(message);
}
