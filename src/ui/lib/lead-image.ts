// Whether to show article.leadImage above the body. woshipm bodies (and most blogs) repeat the
// header image as their first picture, so the lead image is shown only when the body does not
// already contain the same picture: same file whatever the scheme, proxy or thumbnail suffix
// (the body's images are compared by their final and their original, possibly proxied, URLs).

import type { Article } from '../../core/article';

/**
 * A comparison key for "the same picture": host without www., path without the WordPress size
 * suffix (`-300x200`) or an image-service suffix (`!thumb`, `@2x`), lower-cased; query and hash
 * dropped. A proxied URL (`https://proxy/?http://…`, `?url=…`) is keyed by the URL inside it.
 */
export function imageKey(src: string, base?: string): string | null {
  try {
    const url = new URL(src, base);
    const inner = /^\?(https?:\/\/.+)/i.exec(decodeURIComponent(url.search))?.[1] ?? url.searchParams.get('url');
    if (inner && /^https?:\/\//i.test(inner)) return imageKey(inner);
    const path = decodeURIComponent(url.pathname)
      .replace(/[!@][^/.]*(?=\.[a-z0-9]+$|$)/i, '')
      .replace(/-\d{2,5}x\d{2,5}(?=\.[a-z0-9]+$)/i, '');
    return `${url.hostname.replace(/^www\./, '')}${path}`.toLowerCase();
  } catch {
    return null; // not a URL, or a malformed %-escape
  }
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
