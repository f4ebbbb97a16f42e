// How the library list shows sizes, dates and reading progress, in the UI language.

// Intl formatters are costly to build (a list page formats hundreds of values): one per locale
// and style, kept.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return format;
}

function dateFormat(locale: string, style: 'time' | 'day' | 'date' | 'full'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
      time: { hour: 'numeric', minute: '2-digit' },
      day: { month: 'short', day: 'numeric' },
      date: { year: 'numeric', month: 'short', day: 'numeric' },
      full: { dateStyle: 'long', timeStyle: 'short' },
    };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options[style])));
  }
  return format;
}

/** The byte units a size is shown in; names are the same in Chinese and English UIs. */
const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * 356 KB, 1.2 MB, 14 MB: one decimal below 10 units, whole numbers above, the locale's digits and
 * decimal mark. Sizes under 1 KB are shown as "< 1 KB" (an article is never really that small, and
 * "312 B" next to "1.2 MB" reads as a glitch).
 */
export function formatSize(bytes: number, locale: string): string {
  const safe = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  if (safe < 1024) return `< 1 KB`;
  let value = safe / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // Round first, so 9.96 MB becomes "10 MB" rather than "10.0 MB".
  const digits = Math.round(value * 10) / 10 < 10 ? 1 : 0;
  const number = numberFormat(locale, digits).format(value);
  return `${number} ${UNITS[unit]}`;
}

const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * When an article was saved, in the reader's time zone: the time for today's saves (the list is
 * newest first, so these are the ones people look for), month and day this year, the full date
 * for older ones.
 */
export function formatSavedDate(savedAt: number, locale: string, now: number = Date.now()): { text: string; full: string; iso: string } {
  const date = new Date(savedAt);
  const today = new Date(now);
  if (Number.isNaN(date.getTime())) return { text: '', full: '', iso: '' };
  const full = dateFormat(locale, 'full').format(date);
  const iso = date.toISOString();
  if (sameDay(date, today)) return { text: dateFormat(locale, 'time').format(date), full, iso };
  return { text: dateFormat(locale, date.getFullYear() === today.getFullYear() ? 'day' : 'date').format(date), full, iso };
}

/** Whole percent read, 0..100; an article read to its last screen counts as finished. */
export function progressPercent(progress: number): number {
  if (!Number.isFinite(progress) || progress <= 0) return 0;
  if (progress >= 0.98) return 100;
  return Math.max(1, Math.min(99, Math.round(progress * 100)));
}
