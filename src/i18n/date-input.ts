// What a person typed into a date field, read in their language: 31.10.2026 (day first), 10/31/2026 in English,
// 2026-10-31 anywhere, and in Persian the solar date ۱۴۰۵/۰۸/۰۹ as well as a Gregorian one; pure, like number-input.

/** A typed day: an ISO day, nothing typed, or why it is not a day (an i18n key of the `input` namespace). */
export type TypedDate = { value: string } | { empty: true } | { problem: 'input.date.notDate' | 'input.date.noSuchDay' | 'input.date.year' };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** ASCII digits for Persian (۰–۹) and Arabic-Indic (٠–٩) ones, without bidi marks. */
function ascii(text: string): string {
  return text.replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
}

/** The Gregorian day of year `y`, month `m`, day `d`, when that day exists. */
function gregorian(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? iso(y, m, d) : undefined;
}

const persianParts = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
/** The solar (Persian calendar) year, month and day of a UTC day. */
function solarOf(t: Date): [number, number, number] {
  const p = Object.fromEntries(persianParts.formatToParts(t).map((x) => [x.type, x.value]));
  return [parseInt(p.year, 10), Number(p.month), Number(p.day)];
}

/** The Gregorian day of a solar date (1 Farvardin is 20 or 21 March), found by Intl's Persian calendar; undefined if none. */
function fromSolar(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const guess = Date.UTC(y + 621, 2, 20) + ((m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * 86_400_000;
  for (let k = -3; k <= 3; k++) {
    const t = new Date(guess + k * 86_400_000);
    const [sy, sm, sd] = solarOf(t);
    if (sy === y && sm === m && sd === d) return t.toISOString().slice(0, 10);
  }
  return undefined;
}

/** Whether `locale` writes a date with slashes month first (en: 10/31/2026); the other six put the day first. */
const monthFirst = (base: string) => base === 'en';

/**
 * Reads `text` as a day in `locale`. Year first (2026-10-31, 2026/10/31) is read the same everywhere; otherwise the
 * day comes first (31.10.2026, 31/10/2026), except English with slashes (10/31/2026). In Persian a year before 1700
 * is a solar year (۱۴۰۵/۰۸/۰۹). Two-digit years are refused: 26 could be 1926 or 2026.
 */
export function parseLocaleDate(text: string, locale: string): TypedDate {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  const s = ascii(text).trim();
  if (s === '') return { empty: true };
  const m = /^(\d{1,4})\s*([./\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?$/.exec(s);
  if (!m) return { problem: 'input.date.notDate' };
  const [a, sep, b, c] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
  let y: number, mo: number, d: number;
  if (m[1].length === 4) [y, mo, d] = [a, b, c];
  else if (m[1].length <= 2 && m[4].length === 4) [y, mo, d] = monthFirst(base) && sep === '/' ? [c, a, b] : [c, b, a];
  else return { problem: 'input.date.year' };
  const day = base === 'fa' && y < 1700 ? fromSolar(y, mo, d) : gregorian(y, mo, d);
  return day ? { value: day } : { problem: 'input.date.noSuchDay' };
}

/** How a date field writes a day for typing it again: 31.10.2026, 10/31/2026 in English, ۱۴۰۵/۰۸/۰۹ in Persian. */
export function dateInputText(day: string, locale: string): string {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  const [y, mo, d] = day.slice(0, 10).split('-').map(Number);
  if (!y || !mo || !d) return day;
  if (base === 'en') return `${mo}/${d}/${y}`;
  if (base === 'fa') {
    const [sy, sm, sd] = solarOf(new Date(Date.UTC(y, mo - 1, d)));
    return `${sy}/${pad(sm)}/${pad(sd)}`.replace(/\d/g, (x) => '۰۱۲۳۴۵۶۷۸۹'[Number(x)]);
  }
  return `${pad(d)}.${pad(mo)}.${y}`;
}
