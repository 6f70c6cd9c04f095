// What the import dialog offers and names: formats by name, delimiters, encodings, date formats, the suggested key.

import type { ColumnProfile, Delimiter, ImportOptions } from '../../engine/api';

/** The i18n key naming what the file is: a tab-separated file is "TSV", not "CSV". */
export function formatKey(options: Pick<ImportOptions, 'format' | 'delimiter'>): string {
  if (options.format !== 'csv') return `ui.importDialog.format.${options.format}`;
  const byDelimiter: Record<Delimiter, string> = { ',': 'csv', '\t': 'tsv', ';': 'semicolon', '|': 'pipe', ' ': 'spaces' };
  return `ui.importDialog.format.${byDelimiter[options.delimiter] ?? 'csv'}`;
}

/** Formats whose cells are text, so a column's date format and decimal sign are read from the cells. */
export const isTextFormat = (format: ImportOptions['format']): boolean => format === 'csv' || format === 'json' || format === 'ndjson' || format === 'zip';

/** Delimiters to choose from, with the i18n key of each. */
export const DELIMITERS: [Delimiter, string][] = [
  [',', 'ui.import.delimiter.comma'], [';', 'ui.import.delimiter.semicolon'], ['\t', 'ui.import.delimiter.tab'],
  ['|', 'ui.import.delimiter.pipe'], [' ', 'ui.importDialog.delimiter.spaces'],
];

/** Text encodings to choose from (TextDecoder labels), each with the i18n key of its script. */
export const ENCODINGS: [string, string, string][] = [
  ['utf-8', 'UTF-8', 'unicode'], ['utf-16le', 'UTF-16 LE', 'unicode'], ['utf-16be', 'UTF-16 BE', 'unicode'],
  ['windows-1251', 'Windows-1251', 'cyrillic'], ['windows-1254', 'Windows-1254', 'turkish'],
  ['windows-1256', 'Windows-1256', 'arabic'], ['iso-8859-1', 'ISO-8859-1', 'western'],
];

/** The encodings offered for a file: the list, and the one the preview chose when the list lacks it. */
export function encodingChoices(current: string): [string, string, string][] {
  return ENCODINGS.some(([e]) => e === current) ? ENCODINGS : [...ENCODINGS, [current, current, 'other']];
}

/**
 * Date formats the engine reads (parse-date.ts: the order of day, month and year decides; a time may follow).
 * The preview's own format is offered too when it is not among them.
 */
export const DATE_FORMATS = ['YYYY-MM-DD', 'D.M.YYYY', 'D/M/YYYY', 'D-M-YYYY', 'M/D/YYYY', 'M-D-YYYY', 'M.D.YYYY'];

export function dateFormatChoices(current: string | undefined): string[] {
  return current && !DATE_FORMATS.includes(current) ? [current, ...DATE_FORMATS] : DATE_FORMATS;
}

/** Id-like column names: id, ID, customerID, customer_id, Customer ID, Order No, key, code, email, and their translations. */
const ID_NAMES = [
  /(^|[^\p{L}\p{N}])(id|key|code|no|nr|number)$/iu,
  /^(id|key)([^\p{L}]|$)/iu,
  /[\p{Ll}\d](ID|Id)$/u,
  /e-?mail/iu,
  /(^|[^\p{L}])(ид|код|номер|шифр|شناسه|کد|kimlik|kod|nömrə|numara|համար|կոդ)($|[^\p{L}])/iu,
];

/** Whether a column's name reads as an identifier of its rows. */
export const looksLikeKey = (name: string): boolean => ID_NAMES.some((r) => r.test(name.trim()));

/** The column suggested as the customer key: the first with an id-like name whose sample values are all filled and distinct. */
export function suggestKey(columns: ColumnProfile[]): string | undefined {
  return columns.find((c) => looksLikeKey(c.name) && c.empty === 0 && c.top.length > 0 && c.top[0].count === 1)?.name;
}

/** An estimated count rounded to two significant digits (69,412 → 69,000): it is "about" that many. */
export function roughly(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
