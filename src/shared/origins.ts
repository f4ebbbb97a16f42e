// Host access for saving: which sites an article's images (or a linked page) come from, and
// whether the extension may already download from them. Pure functions over URLs and match
// patterns, shared by the background (which reports what is missing) and the pages (which ask for
// it from a click: permissions.request must run in the click handler, before any await).

/** The host pattern that grants access to a URL's site, e.g. "https://img.example.com/*". Null for non-http(s). */
export function originPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/** The site of a URL as people read it ("example.com"), for messages. */
export function siteName(urlOrPattern: string): string {
  const match = /^[a-z]+:\/\/(?:\*\.)?([^/:]+)/i.exec(urlOrPattern);
  return match ? match[1]!.replace(/^www\./i, '') : urlOrPattern;
}

/**
 * Whether `url` is covered by a match pattern ("<all_urls>", "*://*.example.com/*",
 * "https://host/path*"). Follows the match-pattern rules browsers use for host permissions.
 */
export function matchesPattern(url: string, pattern: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== parsed.protocol) return false;
  const hostname = parsed.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) {
      return false;
    }
  }
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRegex.test(parsed.pathname + parsed.search);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const isCovered = (url: string, patterns: readonly string[]): boolean => patterns.some((p) => matchesPattern(url, p));

/** One image as the save engine tries it: its address, then the copy the page had (often a proxy). */
export interface ImageAddresses {
  src: string;
  originalSrc?: string | null;
}

/**
 * The host patterns to ask for so that every image can be downloaded: for each image that no
 * granted pattern covers (neither its address nor its fallback copy), the pattern of its address.
 * Never more: an image whose proxied copy is already allowed needs nothing.
 */
export function originsToRequest(images: readonly ImageAddresses[], granted: readonly string[]): string[] {
  const wanted = new Set<string>();
  for (const image of images) {
    const candidates = [image.src, image.originalSrc].filter((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u));
    if (!candidates.length || candidates.some((u) => isCovered(u, granted))) continue;
    const pattern = originPattern(candidates[0]!);
    if (pattern) wanted.add(pattern);
  }
  return [...wanted].sort();
}
