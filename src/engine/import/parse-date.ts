// Dates in the formats customer files use: ISO, D.M.YYYY, D-M-YYYY, D/M/YYYY, M/D/YYYY, each with an optional time,
// and YYYYMMDD without separators.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** Share of a column's non-empty cells that must be dates of one format; the rest become empty with a warning. */
const DATE_SHARE = 0.95;

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59) return NaN;
  const t = Date.UTC(y, m - 1, d, hh, mm, ss);
  return new Date(t).getUTCDate() === d ? t : NaN; // 31.02 is not a date
}

/** Parses a date as UTC epoch ms of its wall-clock time; NaN when it does not fit `order` ('ymd' also reads YYYYMMDD). */
export function parseDate(raw: string, order: DateOrder): number {
  const s = raw.trim();
  if (order === 'ymd') {
    const m = ISO.exec(s);
    if (m) return utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    const c = COMPACT.exec(s);
    return c ? utc(+c[1], +c[2], +c[3]) : NaN;
  }
  const m = DMY.exec(s);
  if (!m) return NaN;
  const [a, b] = [+m[1], +m[3]];
  const [d, mo] = order === 'dmy' ? [a, b] : [b, a];
  return utc(+m[4], mo, d, +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0));
}

/** The format name shown to the user, e.g. `D-M-YYYY H:MM`. */
export function formatName(order: DateOrder, sample: string): string {
  const hasTime = /\d:\d{2}/.test(sample);
  if (order === 'ymd') return hasTime ? 'YYYY-MM-DD H:MM' : 'YYYY-MM-DD';
  const sep = DMY.exec(sample.trim())?.[2] ?? '.';
  const base = order === 'dmy' ? `D${sep}M${sep}YYYY` : `M${sep}D${sep}YYYY`;
  return hasTime ? `${base} H:MM` : base;
}

/** The order a format name stands for. */
export function orderOfFormat(format: string): DateOrder {
  if (format.startsWith('YYYY')) return 'ymd';
  return format.startsWith('M') ? 'mdy' : 'dmy';
}

/**
 * True when every value is eight digits making a real date of 1900–2100 as YYYYMMDD (`19970101`): such a column
 * is dates, where amounts or ids of eight digits (a month 13 or more, a day 32, a year 2417 …) stay numbers.
 */
export function compactDates(values: readonly { value: string }[]): boolean {
  return values.length > 0 && values.every(({ value }) => {
    const m = COMPACT.exec(value.trim());
    return m !== null && +m[1] >= 1900 && +m[1] <= 2100 && !Number.isNaN(utc(+m[1], +m[2], +m[3]));
  });
}

/**
 * Decides the date order of a column's values, or null when they are not dates: at least 95 % of the cells (each
 * value counted `counts[k]` times, else once) must be dates in that order; the others (31.02.2024, "n/a") will be empty.
 * A first part > 12 means day-first, a second part > 12 month-first (the more frequent wins when both occur);
 * otherwise '/' means M/D and '.' or '-' D.M.
 */
export function detectDateOrder(values: readonly string[], counts?: readonly number[]): DateOrder | null {
  const weight = (k: number) => counts?.[k] ?? 1;
  let total = 0;
  for (let k = 0; k < values.length; k++) total += weight(k);
  if (total === 0) return null;
  const allowed = (1 - DATE_SHARE) * total;
  const fits = (order: DateOrder, shape: RegExp) => {
    let bad = 0;
    for (let k = 0; k < values.length; k++) {
      const v = values[k].trim();
      if ((!shape.test(v) || Number.isNaN(parseDate(v, order))) && (bad += weight(k)) > allowed) return false;
    }
    return true;
  };
  if (fits('ymd', ISO)) return 'ymd';
  let dayFirst = 0, monthFirst = 0, slash = false;
  for (let k = 0; k < values.length; k++) {
    const m = DMY.exec(values[k].trim());
    if (!m) continue;
    if (+m[1] > 12) dayFirst += weight(k);
    if (+m[3] > 12) monthFirst += weight(k);
    if (m[2] === '/') slash = true;
  }
  const order: DateOrder = dayFirst || monthFirst ? (dayFirst >= monthFirst ? 'dmy' : 'mdy') : slash ? 'mdy' : 'dmy';
  return fits(order, DMY) ? order : null;
}
