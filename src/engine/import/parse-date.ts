// Dates in the formats customer files use: ISO, D.M.YYYY, D-M-YYYY, D/M/YYYY, M/D/YYYY, each with an optional time.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

function utc(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  if (m < 1 || m > 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 59) return NaN;
  const t = Date.UTC(y, m - 1, d, hh, mm, ss);
  return new Date(t).getUTCDate() === d ? t : NaN; // 31.02 is not a date
}

/** Parses a date as UTC epoch ms of its wall-clock time; NaN when it does not fit `order`. */
export function parseDate(raw: string, order: DateOrder): number {
  const s = raw.trim();
  if (order === 'ymd') {
    const m = ISO.exec(s);
    return m ? utc(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) : NaN;
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
 * Decides the date order of a column's values, or null when they are not all dates.
 * A first part > 12 forces day-first, a second part > 12 month-first; otherwise '/' means M/D and '.' or '-' D.M.
 */
export function detectDateOrder(values: string[]): DateOrder | null {
  if (values.length === 0) return null;
  if (values.every((v) => ISO.test(v.trim()) && !Number.isNaN(parseDate(v, 'ymd')))) return 'ymd';
  let dayFirst = false, monthFirst = false, slash = false;
  for (const v of values) {
    const m = DMY.exec(v.trim());
    if (!m) return null;
    if (+m[1] > 12) dayFirst = true;
    if (+m[3] > 12) monthFirst = true;
    if (m[2] === '/') slash = true;
  }
  if (dayFirst && monthFirst) return null;
  const order: DateOrder = dayFirst ? 'dmy' : monthFirst ? 'mdy' : slash ? 'mdy' : 'dmy';
  return values.every((v) => !Number.isNaN(parseDate(v, order))) ? order : null;
}
