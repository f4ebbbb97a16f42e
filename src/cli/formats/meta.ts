// Pieces shared by the html and markdown renderings: the meta line and a few words in the
// article's own language (Chinese pages get Chinese labels, everything else English).
import type { Article } from '../../core/article.ts';

export function isChinese(article: Pick<Article, 'lang'>): boolean {
  return /^zh\b/i.test(article.lang);
}

/** The date as the page wrote it (YYYY-MM-DD), without converting time zones. */
export function displayDate(publishedTime: string | null): string | null {
  if (!publishedTime) return null;
  const match = /^\d{4}-\d{2}-\d{2}/.exec(publishedTime);
  return match ? match[0] : null;
}

export function readingTimeLabel(article: Pick<Article, 'lang' | 'readingMinutes'>): string {
  return isChinese(article) ? `阅读约 ${article.readingMinutes} 分钟` : `${article.readingMinutes} min read`;
}

export function sourceLinkLabel(article: Pick<Article, 'lang'>): string {
  return isChinese(article) ? '阅读原文' : 'Read the original';
}

/** Image URLs compared without their scheme: http and https copies of one image are the same image. */
export function sameImage(a: string, b: string): boolean {
  return a.replace(/^https?:/i, '') === b.replace(/^https?:/i, '');
}

/** The lead image, unless the body already shows it (then repeating it on top would duplicate it). */
export function leadImageToShow(article: Pick<Article, 'leadImage' | 'images'>): string | null {
  const lead = article.leadImage;
  if (!lead) return null;
  return article.images.some((image) => sameImage(image.src, lead)) ? null : lead;
}
