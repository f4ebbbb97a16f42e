// Dates as pages write them → ISO 8601. Pages give ISO strings (`<time datetime>`, article:published_time,
// JSON-LD), RFC 822 strings (RSS-mirror front matter: `Sun, 10 Oct 2021 00:00:00 GMT`), plain
// `2021-04-07 12:10:50`, English month names (`October 10, 2021`) or Chinese dates
// (`2021年10月10日 08:30`).
//
// The date a reader sees is the date the site printed: a string with a numeric offset keeps it
// (`2021-10-10T00:00:00+08:00` stays so; converting it to UTC would make it `2021-10-09T16:00:00Z`,
// the day before). Only UTC strings (`Z`, `GMT`, `UTC`) are written in UTC (`…Z`). Nothing here
// depends on the time zone of the machine running the pipeline: wall-clock fields are read from the
// string itself, never through the local time zone.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Full English month names, their three-letter abbreviations and `sept`. */
const MONTHS = new Map<string, number>([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ['sept', 9],
]);

/** RFC 822 / RFC 2822 zone names and their offsets in minutes (the US names are still common in feeds). */
const NAMED_ZONES: Record<string, number> = { est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420 };

interface WallClock {
  y: number;
  mo: number;
  d: number;
  /** Time of day, when the string has one. */
  time: { h: number; mi: number; s: number; ms: string } | null;
}

/** `utc`: Z/GMT/UTC; a number: an explicit offset in minutes; null: no zone (local time as written). */
type Zone = 'utc' | number | null;

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
}

function validTime(h: number, mi: number, s: number): boolean {
  return h <= 23 && mi <= 59 && s <= 59;
}

/** A time of day at the end of a string: a zone designator can only follow one. */
const TIME_AT_END = String.raw`\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?`;
const NUMERIC_ZONE = new RegExp(String.raw`^(.*${TIME_AT_END})\s*(?:Z|(?:GMT|UTC|UT)(?:\s*([+-])(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2})(?::?(\d{2}))?)$`, 'i');
const NAMED_ZONE = new RegExp(String.raw`^(.*${TIME_AT_END})\s*\(?([ECMP][SD]T)\)?$`, 'i');

/** Splits a trailing zone designator off `s` (null when the zone is malformed). */
function splitZone(s: string): { rest: string; zone: Zone } | null {
  // `Mon Oct 11 2021 08:00:00 GMT+0800 (China Standard Time)`: the name in brackets repeats the offset.
  const text = s.replace(/\s*\([^()]*\)$/, '');
  let m = NUMERIC_ZONE.exec(text);
  if (m) {
    const sign = m[2] ?? m[5];
    if (!sign) return { rest: m[1]!, zone: 'utc' };
    const h = Number(m[3] ?? m[6]);
    const mi = Number(m[4] ?? m[7] ?? 0);
    if (h > 14 || mi > 59) return null;
    return { rest: m[1]!, zone: (sign === '-' ? -1 : 1) * (h * 60 + mi) };
  }
  m = NAMED_ZONE.exec(text);
  if (m) return { rest: m[1]!, zone: NAMED_ZONES[m[2]!.toLowerCase()]! };
  return { rest: text, zone: null };
}

/** `HH:mm[:ss[.fff]] [AM|PM]` → fields, or undefined when `text` is not a time. */
function parseTime(text: string | undefined): WallClock['time'] | undefined {
  if (!text) return null;
  const m = /^(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.(\d{1,9}))?)?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  const meridiem = m[5]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (!validTime(h, mi, s)) return undefined;
  return { h, mi, s, ms: m[4] ? m[4].slice(0, 3).padEnd(3, '0') : '' };
}

const monthOf = (name: string): number | undefined => MONTHS.get(name.toLowerCase());

/** The wall-clock fields of a zone-less date string in one of the forms pages use. */
function parseWallClock(s: string): WallClock | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]+(.+))?$/.exec(s);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/.exec(s);
  if (m) return withTime(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  // RFC 822 and friends: [Sun, ]10 Oct 2021[ 00:00[:00]]; also "10 October 2021".
  m = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4})(?:,?\s+(?:at\s+)?(.+))?$/i.exec(s);
  if (m && monthOf(m[2]!)) return withTime(Number(m[3]), monthOf(m[2]!)!, Number(m[1]), m[4]);
  // "October 10, 2021", "Sunday, Oct. 10 2021 8:30 PM".
  m = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(.+))?$/i.exec(s);
  if (m && monthOf(m[1]!)) return withTime(Number(m[3]), monthOf(m[1]!)!, Number(m[2]), m[4]);
  return null;
}

function withTime(y: number, mo: number, d: number, timeText: string | undefined): WallClock | null {
  if (!validDate(y, mo, d)) return null;
  const time = parseTime(timeText);
  return time === undefined ? null : { y, mo, d, time };
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Parses a date string into ISO 8601, or null when it is not a date:
 *  - with a numeric offset (or an RFC 822 zone name): the wall-clock time as written plus that
 *    offset, `2021-10-10T08:00:00+08:00`;
 *  - in UTC (`Z`, `GMT`, `UTC`): `2021-10-10T00:00:00.000Z`;
 *  - without a zone: local date-time as written, `2021-04-07T12:10:50`;
 *  - a date without a time of day stays a date, `2021-10-10`.
 */
export function parseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 80) return null;
  const split = splitZone(s);
  if (!split) return null;
  const wall = parseWallClock(split.rest);
  if (!wall) return null;
  const date = `${wall.y}-${pad(wall.mo)}-${pad(wall.d)}`;
  const { time } = wall;
  // A zone only means something with a time of day ("2021-10-10Z" is a date).
  if (!time) return date;
  if (split.zone === 'utc') return new Date(Date.UTC(wall.y, wall.mo - 1, wall.d, time.h, time.mi, time.s, Number(time.ms || 0))).toISOString();
  const clock = `${date}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}${time.ms ? `.${time.ms}` : ''}`;
  return split.zone === null ? clock : clock + formatOffset(split.zone);
}
