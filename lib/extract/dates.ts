/** Date strings as pages write them → ISO 8601 (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][zone]`). */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';

const ISO =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?)?\s*$/i;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})\s*$/;
const VI_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const YMD = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'iu');
// `date`/Date#toString style: "Fri Mar 13 21:30:09 EST 2015".
const UNIX = new RegExp(`${MONTH}\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s+[A-Z]{2,5}\\s+(\\d{4})`, 'i');
const TIME = /(?<![\d/.:-])(\d{1,2})[:h](\d{2})(?![\d/])(?::\d{2})?(?:\s*([ap])\.?\s?m\b\.?)?/i;

export interface DateParseOptions {
  /** Numeric dates like 4/11/2013 read day first (Vietnamese, British…); false for US English. */
  dayFirst: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): string | null {
  return validDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (/^(z|gmt|utc)$/i.test(z)) return 'Z';
  const digits = z.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

/** A machine date (meta content, JSON-LD, `datetime`): ISO or compact `YYYYMMDD`; null otherwise. */
export function parseIsoDate(value: string): string | null {
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, z] = iso;
    const date = ymd(Number(y), Number(mo), Number(d));
    if (!date || h === undefined || mi === undefined) return date;
    if (Number(h) > 23 || Number(mi) > 59) return date;
    return `${date}T${pad(Number(h))}:${mi}${s ? `:${s}` : ''}${zone(z)}`;
  }
  const compact = COMPACT.exec(value);
  return compact ? ymd(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
}

function findTime(text: string): string | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  return h <= 23 && min <= 59 ? `${pad(h)}:${pad(min)}` : null;
}

function findDay(text: string, opts: DateParseOptions): string | null {
  let m = VI_WORDS.exec(text);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = UNIX.exec(text);
  if (m) return ymd(Number(m[5]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return ymd(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return ymd(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
  m = YMD.exec(text);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const dayFirst = a > 12 ? true : b > 12 ? false : opts.dayFirst;
  return dayFirst ? ymd(Number(m[3]), b, a) : ymd(Number(m[3]), a, b);
}

/**
 * A date as people write it ("Thứ Hai, 24/11/2016 14:05", "Published 7:07 PM EST Nov 19, 2019",
 * "ngày 4 tháng 11 năm 2013") → `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; null without a full date.
 */
export function parseDateText(text: string, opts: DateParseOptions): string | null {
  const iso = parseIsoDate(text);
  if (iso) return iso;
  const day = findDay(text, opts);
  if (!day) return null;
  // Drop the date itself before looking for a time, so "24/11/2016" is never read as one.
  const rest = text.replace(NUMERIC, ' ').replace(YMD, ' ');
  const time = findTime(rest);
  return time ? `${day}T${time}` : day;
}
