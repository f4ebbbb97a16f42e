// The few words an exported file shows around the article. Exported files are read outside the
// extension (no _locales there), so they follow the article's language: Chinese articles get
// Chinese labels, everything else English. Callers may override any of them.

export interface ExportLabels {
  /** "{n} min read" */
  readingTime: (minutes: number) => string;
  /** Before the link to the original page. */
  original: string;
  /** "Saved with Qingyue on {date}" */
  savedOn: (date: string) => string;
  /** Alt text fallback for the lead image. */
  leadImage: string;
}

const ZH: ExportLabels = {
  readingTime: (minutes) => `约 ${minutes} 分钟`,
  original: '原文',
  savedOn: (date) => `由 清阅 保存于 ${date}`,
  leadImage: '题图',
};

const EN: ExportLabels = {
  readingTime: (minutes) => `${minutes} min read`,
  original: 'Original',
  savedOn: (date) => `Saved with Qingyue on ${date}`,
  leadImage: 'Lead image',
};

export function labelsFor(lang: string, overrides: Partial<ExportLabels> = {}): ExportLabels {
  return { ...(/^zh\b/i.test(lang) ? ZH : EN), ...overrides };
}

/** YYYY-MM-DD of an ISO date or epoch ms (UTC: an export must not depend on the machine's zone). */
export function isoDay(value: string | number | null): string | null {
  if (value === null || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
