// Which images of an article the library keeps: every distinct http(s) image of the body, plus
// the lead image when the body does not show it (the reader shows it above the body). An image's
// position in this list is its index in the `images` store; the save engine and the library both
// derive the list from the Article, so they always agree.

import type { Article } from '../../core/article';

export interface ImageTarget {
  index: number;
  /** The URL as it appears in contentHtml. */
  url: string;
  /** The proxied form, tried when the origin fails. */
  originalUrl: string | null;
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

export function imageTargets(article: Pick<Article, 'images' | 'leadImage'>): ImageTarget[] {
  const targets: ImageTarget[] = [];
  const seen = new Set<string>();
  const add = (url: string, originalUrl: string | null | undefined) => {
    // data: images are already inside the HTML; other schemes (blob:, about:) can never be fetched.
    if (!isHttp(url) || seen.has(url)) return;
    seen.add(url);
    const fallback = originalUrl && originalUrl !== url && isHttp(originalUrl) ? originalUrl : null;
    targets.push({ index: targets.length, url, originalUrl: fallback });
  };
  for (const image of article.images) add(image.src, image.originalSrc);
  if (article.leadImage) add(article.leadImage, null);
  return targets;
}
