// What the import dialog offers and names: formats by name, delimiters, encodings, date formats, the suggested key.

import type { ColumnProfile, Delimiter, ImportOptions } from '../../engine/api';
import { ENCODINGS } from '../../engine/import/sniff-encoding';

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

/** An encoding's name as people write it: UTF-16 LE, Windows-1251, ISO-8859-1. */
export function encodingName(encoding: string): string {
  return encoding.startsWith('windows-') ? `Windows-${encoding.slice(8)}` : encoding.toUpperCase().replace(/-?(LE|BE)$/, ' $1');
}

/** The encodings offered for a text file: the importer's list, and the one the preview chose when the list lacks it. */
export function encodingChoices(current: string): string[] {
  return (ENCODINGS as readonly string[]).includes(current) ? [...ENCODINGS] : [...ENCODINGS, current];
}

/** Whether the importer's catalogue has a hint (the script it is for) for an encoding. */
export const hasEncodingHint = (encoding: string): boolean => (ENCODINGS as readonly string[]).includes(encoding);

/**
 * Date formats the engine reads (parse-date.ts: the order of day, month and year decides; a time may follow).
 * The preview's own format is offered too when it is not among them.
 */
export const DATE_FORMATS = ['YYYY-MM-DD', 'YYYYMMDD', 'D.M.YYYY', 'D/M/YYYY', 'D-M-YYYY', 'M/D/YYYY', 'M-D-YYYY', 'M.D.YYYY'];

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

/** A row number under another name (Row ID, row_number, index, #): distinct, but it names no customer. */
const ROW_NUMBER = /^(row|line|index|#|idx|n[or]?\b)|^(строка|sətir|satır|ردیف)/iu;

/**
 * The column suggested as the customer key: the first with an id-like name (not a row number) whose sample values
 * are all filled and distinct.
 */
export function suggestKey(columns: ColumnProfile[]): string | undefined {
  return columns.find((c) => looksLikeKey(c.name) && !ROW_NUMBER.test(c.name.trim()) && c.empty === 0 && c.top.length > 0 && c.top[0].count === 1)?.name;
}

/** An estimated count rounded to two significant digits (69,412 → 69,000): it is "about" that many. */
export function roughly(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
