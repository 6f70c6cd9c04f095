// Numbers as people write them: decimal point or comma, thousands separators, Persian and Arabic-Indic digits.

/** Replaces Persian (۰–۹) and Arabic-Indic (٠–٩) digits and separators with ASCII ones. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669\u066B\u066C]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x066b) return '.'; // Arabic decimal separator
    if (c === 0x066c) return ','; // Arabic thousands separator
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_POINT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const SPACED = /^[+-]?\d{1,3}([ \u00A0\u202F]\d{3})+([.,]\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d*,\d+$/;

/** Parses a number written with `decimal` as the decimal separator; NaN when it is not a number. */
export function parseNumber(raw: string, decimal: '.' | ','): number {
  const n = parseWritten(raw, decimal);
  return inexactWhole(raw, n, decimal) ? NaN : n;
}

/**
 * A whole number past 2^53 (an ICCID, a card number) has no exact double: read as `n`, its digits would change on
 * the way in. `raw` is whole when it has no `decimal` sign and no exponent.
 */
export function inexactWhole(raw: string, n: number, decimal: '.' | ','): boolean {
  return Math.abs(n) > Number.MAX_SAFE_INTEGER && !raw.includes(decimal) && !/[eE]/.test(raw);
}

function parseWritten(raw: string, decimal: '.' | ','): number {
  let s = raw.trim();
  if (s === '') return NaN;
  if (s.charCodeAt(0) > 0x7f || s.charCodeAt(s.length - 1) > 0x7f) s = asciiDigits(s);
  else if (/[\u0660-\u06F9]/.test(s)) s = asciiDigits(s);
  if (PLAIN.test(s) && (decimal === '.' || !s.includes('.'))) return Number(s);
  if (SPACED.test(s)) return Number(s.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
  if (decimal === '.') return GROUPED_POINT.test(s) ? Number(s.replace(/,/g, '')) : NaN;
  if (COMMA_DECIMAL.test(s)) return Number(s.replace(',', '.'));
  if (GROUPED_COMMA.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return NaN;
}

/** Ids such as `0001` look like numbers but are text: a leading zero followed by a digit. */
export function looksLikeId(s: string): boolean {
  const t = s.trim();
  return t.length > 1 && t[0] === '0' && t[1] >= '0' && t[1] <= '9';
}
