// What a person typed into a number field, read in their language: Persian and Arabic-Indic digits, a decimal comma
// or point, thousands separators, a leading minus (also U+2212). Pure, so the field and its tests read it alike.

/** A typed number: its value, nothing typed, or why it is not a number (an i18n key of the `input` namespace). */
export type TypedNumber = { value: number } | { empty: true } | { problem: 'input.number.letters' | 'input.number.grouping' | 'input.number.notNumber' };

/**
 * Languages where a lone point is the decimal sign. Persian writes ٫ (and groups with ٬), but on a Latin keyboard
 * people type the point for it and the comma for thousands; the other five write a decimal comma.
 */
const POINT_DECIMAL = new Set(['en', 'fa']);
/** The sign a language groups thousands with, when it is a point or comma (ru, ky and hy group with a space). */
const GROUP_SIGN: Record<string, string> = { en: ',', fa: ',', az: '.', tr: '.' };

const BIDI_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** ASCII digits for Persian (۰–۹) and Arabic-Indic (٠–٩) ones. */
function asciiDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Digits grouped by threes after a first group of one to three ("12 345", "1.234.567"). */
function groupedRight(parts: string[]): boolean {
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/**
 * Reads `text` as a number in `locale` (`fa`, `az`, `ru` …). A point or comma that appears once is the decimal sign
 * unless it is the language's thousands sign followed by exactly three digits ("5.000" is 5000 in Azerbaijani, 5 in
 * Russian, where a space groups); with both, the last one is the decimal sign. Spaces group thousands in every language.
 */
export function parseLocaleNumber(text: string, locale: string, options: { percent?: boolean } = {}): TypedNumber {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  let s = asciiDigits(text.replace(BIDI_MARKS, '')).trim();
  if (s === '') return { empty: true };
  if (options.percent) s = s.replace(/\s*[%٪]$/, '');
  let sign = '';
  if (/^[-\u2212+]/.test(s)) {
    sign = s[0] === '+' ? '' : '-';
    s = s.slice(1).trimStart();
  }
  if (/\p{L}/u.test(s)) return { problem: 'input.number.letters' };
  if (!/^[\d.,٫٬/\s\u00a0\u202f\u2009']+$/.test(s) || !/\d/.test(s)) return { problem: 'input.number.notNumber' };

  // The Arabic decimal sign (and, in Persian, the slash people type for it) always marks decimals; ٬ always groups.
  s = s.replace(/[٫]/g, 'D').replace(/٬/g, 'G');
  if (base === 'fa') s = s.replace(/\//g, 'D');
  if (s.includes('/')) return { problem: 'input.number.notNumber' };
  const points = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (points && commas) {
    const last = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    s = s.split(last).length === 2 ? s.replace(last, 'D').replaceAll(last === '.' ? ',' : '.', 'G') : s;
  } else if (points + commas === 1) {
    const mark = points ? '.' : ',';
    const decimalHere = POINT_DECIMAL.has(base) ? mark === '.' : mark === ',';
    const groupsHere = GROUP_SIGN[base] === mark && /^[^.,]*[.,]\d{3}$/.test(s);
    s = s.replace(mark, decimalHere || !groupsHere ? 'D' : 'G');
  } else if (points + commas > 1) {
    s = s.replace(/[.,]/g, 'G');
  }
  if ((s.match(/D/g) ?? []).length > 1 || /[.,]/.test(s)) return { problem: 'input.number.notNumber' };

  const [whole, fraction = ''] = s.split('D');
  if (/[G\s\u00a0\u202f\u2009']/.test(fraction)) return { problem: 'input.number.grouping' };
  const groups = whole.trim().split(/\s*G\s*|(?:[\s\u00a0\u202f\u2009']+)/);
  if (groups.length > 1 && !groupedRight(groups)) return { problem: 'input.number.grouping' };
  const digits = groups.join('');
  if (digits === '' && fraction === '') return { problem: 'input.number.notNumber' };
  const value = Number(`${sign}${digits || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? { value: Object.is(value, -0) ? 0 : value } : { problem: 'input.number.notNumber' };
}

/** True when the typed text was read as a number. */
export function isNumber(t: TypedNumber): t is { value: number } {
  return 'value' in t;
}
