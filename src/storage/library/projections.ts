// Rows derived from an ArticleRecord: what the list and the search read instead of the full record.

import type { SearchRow, SummaryRow } from './schema';
import { compactText } from './text-fold';
import type { ArticleRecord, ArticleSummary } from './types';

export function toSummaryRow(record: ArticleRecord): SummaryRow {
  const { article } = record;
  return {
    id: record.id,
    order: -record.savedAt,
    dedupeKeys: record.dedupeKeys,
    title: article.title,
    site: article.site,
    siteName: article.siteName,
    byline: article.byline,
    excerpt: article.excerpt,
    lang: article.lang,
    leadImage: article.leadImage,
    readingMinutes: article.readingMinutes,
    sourceUrl: record.sourceUrl,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    sizes: record.sizes,
    readingProgress: record.readingProgress,
    status: record.status === 'partial' ? 'partial' : 'complete',
    imageCount: record.images.length,
    missingImages: record.images.filter((image) => image.status !== 'ok').length,
  };
}

export function toSearchRow(record: ArticleRecord): SearchRow {
  return {
    id: record.id,
    order: -record.savedAt,
    title: compactText(record.article.title),
    text: compactText(record.article.textContent),
  };
}

/** Strip the index-only fields before handing a row to callers. */
export function toSummary(row: SummaryRow): ArticleSummary {
  const { order: _order, dedupeKeys: _keys, ...summary } = row;
  return summary;
}
