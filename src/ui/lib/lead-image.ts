// Whether to show article.leadImage above the body. woshipm bodies (and most blogs) repeat the
// header image as their first picture, so the lead image is shown only when the body does not
// already contain the same picture: same file, whatever the scheme, proxy or thumbnail suffix.

import type { Article } from '../../core/article';

/** Unwrap the CORS-proxy forms mirrors use (`https://proxy/?http://…`, `?url=…`). */
function unwrapProxy(url: URL): URL {
  const query = url.search.slice(1);
  const inner = /^https?:\/\//i.test(decodeURIComponent(query)) ? decodeURIComponent(query) : url.searchParams.get('url');
  if (inner && /^https?:\/\//i.test(inner)) {
    try {
      return new URL(inner);
    } catch {
      /* not a URL after all */
    }
  }
  return url;
}

/**
 * A comparison key for "the same picture": host without www., path without the WordPress size
 * suffix (`-300x200`) or an image-service suffix (`!thumb`, `@2x`), lower-cased; query and hash dropped.
 */
export function imageKey(src: string, base?: string): string | null {
  let url: URL;
  try {
    url = unwrapProxy(new URL(src, base));
  } catch {
    return null;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return url.href;
  const path = decodeURIComponent(url.pathname)
    .replace(/[!@][^/.]*(?=\.[a-z0-9]+$|$)/i, '')
    .replace(/-\d{2,5}x\d{2,5}(?=\.[a-z0-9]+$)/i, '');
  return `${url.hostname.replace(/^www\./, '')}${path}`.toLowerCase();
}

export function shouldShowLeadImage(article: Pick<Article, 'leadImage' | 'images' | 'url'>): boolean {
  if (!article.leadImage) return false;
  const lead = imageKey(article.leadImage, article.url);
  if (!lead) return false;
  for (const image of article.images) {
    if (imageKey(image.src, article.url) === lead) return false;
    if (image.originalSrc && imageKey(image.originalSrc, article.url) === lead) return false;
  }
  return true;
}
