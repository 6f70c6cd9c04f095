// Infers a column's type from all its distinct non-empty values (with their counts).

import type { ColumnSpec } from '../../model/types';
import { compactDates, detectDateOrder, formatName, parseDate } from './parse-date';
import { looksLikeId, parseNumber } from './parse-number';

const BOOLEAN = new Set(['yes', 'no', 'true', 'false']);
/** Share of non-empty cells that must parse for a number column; the rest become empty with a warning. */
const NUMBER_SHARE = 0.95;

export interface Distinct { value: string; count: number }

/** Share of cells that read as numbers; 0 as soon as too many do not (ids, names, emails stop at once). */
function numberShare(values: Distinct[], decimal: '.' | ','): number {
  let total = 0;
  for (const v of values) total += v.count;
  const allowed = (1 - NUMBER_SHARE) * total;
  let bad = 0;
  for (const { value, count } of values) {
    if (Number.isNaN(parseNumber(value, decimal)) && (bad += count) > allowed) return 0;
  }
  return total ? (total - bad) / total : 0;
}

/** The inferred spec of a column; `delimiter` is the file's (a ',' file cannot use decimal commas unquoted). */
export function inferType(values: Distinct[], delimiter: string): Required<Pick<ColumnSpec, 'type'>> & ColumnSpec {
  const nonEmpty = values.filter((v) => v.value.trim() !== '');
  if (nonEmpty.length === 0) return { type: 'text' };
  if (nonEmpty.every((v) => BOOLEAN.has(v.value.trim().toLowerCase()))) return { type: 'boolean' };
  // Before numbers: 19970101 is a plain number too.
  if (compactDates(nonEmpty)) return { type: 'date', format: 'YYYYMMDD' };
  if (!nonEmpty.some((v) => looksLikeId(v.value))) {
    const point = numberShare(nonEmpty, '.');
    const comma = numberShare(nonEmpty, ',');
    const preferComma = delimiter !== ',' && comma > point;
    if (Math.max(point, comma) >= NUMBER_SHARE) return { type: 'number', decimal: preferComma ? ',' : '.' };
  }
  const order = detectDateOrder(nonEmpty.map((v) => v.value), nonEmpty.map((v) => v.count));
  if (order) {
    // The format is named from a value that reads as a date (one with a time when there is one).
    const dates = nonEmpty.filter((v) => !Number.isNaN(parseDate(v.value, order)));
    return { type: 'date', format: formatName(order, (dates.find((v) => /\d:\d/.test(v.value)) ?? dates[0]).value) };
  }
  if (delimiter !== ';') {
    let withSep = 0, all = 0;
    for (const v of nonEmpty) { all += v.count; if (v.value.includes(';')) withSep += v.count; }
    if (withSep / all >= 0.3 && nonEmpty.every((v) => v.value.length <= 200)) return { type: 'tags', separator: ';' };
  }
  return { type: 'text' };
}
