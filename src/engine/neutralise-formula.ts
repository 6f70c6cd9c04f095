// Text cells that a spreadsheet would run as a formula, made inert the way OWASP's CSV-injection guidance says.

/**
 * Characters a spreadsheet skips before it looks for a formula sign: whitespace (space, TAB, CR, LF, no-break and
 * ideographic spaces, which `\s` holds with U+FEFF) and the invisible zero-width space and word joiner.
 */
const INVISIBLE = '\\s\\u200b\\u2060';
/** The formula signs, ASCII and full-width (Excel in East Asian input modes reads ＝ ＋ － ＠ as = + - @). */
const SIGNS = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20';
/** A cell that starts with a control character OWASP lists, or with a formula sign behind invisible characters. */
const FORMULA = new RegExp(`^(?:[\\t\\r\\n]|[${INVISIBLE}]*[${SIGNS}])`);

/**
 * The text a spreadsheet shows as `text`, never runs: an apostrophe is put before text that starts with
 * = + - @ (or their full-width forms), also behind spaces, line breaks or zero-width characters, and before text
 * that starts with TAB, CR or LF. Only text cells go through this: a number (a negative one too) stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}
