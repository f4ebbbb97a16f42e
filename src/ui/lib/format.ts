// The article's meta line: author · site · date · reading time, localised.

import type { Article } from '../../core/article';
import { t, uiLocale } from '../i18n';

/**
 * The publication date as the site states it, localised (2021年10月10日 / Oct 10, 2021).
 * The calendar date is taken from the ISO string itself, not converted to the reader's time zone:
 * a post the site dates 10 October stays 10 October for a reader in California.
 */
export function formatPublishedDate(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  let date: Date;
  if (match) {
    date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  } else {
    const parsed = new Date(iso);
    if (Number.isNaN(parsed.getTime())) return null;
    date = new Date(Date.UTC(parsed.getFullYear(), parsed.getMonth(), parsed.getDate()));
  }
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** 约 N 分钟 / N min read; at least one minute. */
export function formatReadingTime(minutes: number): string {
  const n = Math.max(1, Math.round(Number.isFinite(minutes) ? minutes : 1));
  return t('metaReadingTime', n);
}

/** Host name without www., for pages that do not name their publication. */
export function displayHost(url: string): string | null {
  try {
    const host = new URL(url).hostname;
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The parts of the meta line, in order, empty ones dropped (a site named like its author is said once). */
export function metaParts(article: Pick<Article, 'byline' | 'siteName' | 'url' | 'publishedTime' | 'readingMinutes'>, locale = uiLocale()): string[] {
  const byline = article.byline?.trim() || null;
  const site = article.siteName?.trim() || displayHost(article.url);
  const parts = [byline, site && site !== byline ? site : null, formatPublishedDate(article.publishedTime, locale), formatReadingTime(article.readingMinutes)];
  return parts.filter((part): part is string => Boolean(part));
}
