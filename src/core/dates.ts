// Dates as pages write them → ISO 8601. Pages give ISO strings (`<time datetime>`, article:published_time,
// JSON-LD), RFC 822 strings (RSS-mirror front matter: `Sun, 10 Oct 2021 00:00:00 GMT`), plain
// `2021-04-07 12:10:50`, or Chinese dates (`2021年10月10日 08:30`).

const pad = (n: number | string) => String(n).padStart(2, '0');

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1970 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/**
 * Parses a date string into ISO 8601, or null when it is not a date. Strings with an explicit zone
 * become UTC (`…Z`); local date-times without a zone stay local (`2021-04-07T12:10:50`), as written;
 * plain dates stay dates (`2021-10-10`).
 */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return null;

  // Date, optional time, no zone: keep as the page wrote it.
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se] = m;
    if (!validYmd(+y!, +mo!, +d!)) return null;
    const date = `${y}-${pad(mo!)}-${pad(d!)}`;
    return h ? `${date}T${pad(h)}:${mi}:${pad(se ?? '00')}` : date;
  }
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, se] = m;
    if (!validYmd(+y!, +mo!, +d!)) return null;
    const date = `${y}-${pad(mo!)}-${pad(d!)}`;
    return h ? `${date}T${pad(h)}:${mi}:${pad(se ?? '00')}` : date;
  }
  // Anything with a zone or a month name: ISO with offset, RFC 822/1123, "October 10, 2021" …
  const monthName = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i.test(s);
  const zoned = /\d[T ]\d{1,2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC)$/i.test(s);
  if (!/\d{4}/.test(s) || !(monthName || zoned)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  const year = Number(iso.slice(0, 4));
  if (year < 1970 || year > 2100) return null;
  // A date without a time of day (e.g. "October 10, 2021") stays a date.
  if (!/\d:\d/.test(s)) return `${iso.slice(0, 10)}`;
  return iso;
}
