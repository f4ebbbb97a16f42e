// Identity of a saved article: saving the same article again must update its entry, not add a
// second one. A woshipm post is republished by many RSS mirrors under different URLs, and their
// canonical links point at the mirror itself, so a woshipm post is known by its title first; any
// other article by its canonical URL, then by the URL it was read at.

import type { Article } from '../../core/article';
import { foldForSearch } from './text-fold';

/** Query parameters that only track where a click came from; they never select different content. */
const TRACKING_PARAM = /^(utm_[a-z0-9_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_hsenc|_hsmi|spm|igshid)$/i;

/**
 * Stable form of a page URL for comparison: https, no `www.`, no default port, no fragment, no
 * tracking parameters, remaining parameters sorted, no trailing slash. Not a URL to fetch.
 * Returns null for anything that is not an http(s) URL.
 */
export function normaliseUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.protocol = 'https:';
  url.hash = '';
  if (url.port === '80' || url.port === '443') url.port = '';
  const host = url.hostname.replace(/^www\./, '');
  const params = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  const port = url.port ? `:${url.port}` : '';
  return `https://${host}${port}${path}${query}`;
}

/** Title reduced to letters and digits, folded: mirrors differ in spacing, quotes and full-width forms. */
export function normaliseTitle(title: string): string {
  return foldForSearch(title).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A canonical link is ignored when it is the site's home page while the page itself is deeper (a common CMS mistake). */
function usableCanonical(canonical: string | null, pageUrl: string | null): string | null {
  if (!canonical) return null;
  const isRoot = !/^https:\/\/[^/]+\/./.test(canonical);
  const pageIsDeeper = pageUrl !== null && /^https:\/\/[^/]+\/./.test(pageUrl);
  return isRoot && pageIsDeeper ? null : canonical;
}

/** Every identity of the article, strongest first, without duplicates. */
export function dedupeKeys(article: Pick<Article, 'site' | 'title' | 'url' | 'canonicalUrl'>, sourceUrl?: string): string[] {
  const keys: string[] = [];
  if (article.site === 'woshipm') {
    const title = normaliseTitle(article.title);
    if (title) keys.push(`woshipm:${title}`);
  }
  const page = normaliseUrl(article.url) ?? normaliseUrl(sourceUrl);
  const canonical = usableCanonical(normaliseUrl(article.canonicalUrl), page);
  if (canonical) keys.push(canonical);
  if (page) keys.push(page);
  const source = normaliseUrl(sourceUrl);
  if (source) keys.push(source);
  const unique = [...new Set(keys)];
  // An article with no usable URL and no title still needs an identity: its own text.
  return unique.length ? unique : [`title:${normaliseTitle(article.title) || 'untitled'}`];
}

/** The strongest identity (what the brief calls the dedupe key). */
export function dedupeKey(article: Pick<Article, 'site' | 'title' | 'url' | 'canonicalUrl'>, sourceUrl?: string): string {
  return dedupeKeys(article, sourceUrl)[0]!;
}
