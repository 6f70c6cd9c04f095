// The in-memory table the engine filters: typed arrays for numbers, dates and booleans; dictionaries for text.

/** Numbers and dates: Float64Array, NaN marks an empty value. Dates are UTC epoch milliseconds. */
export interface NumberColumn {
  name: string; type: 'number' | 'date'; values: Float64Array;
  /** How the file wrote it: date format (`D.M.YYYY` …) or decimal separator. */
  format?: string; decimal?: '.' | ',';
}
/** Booleans: 0 false, 1 true, 2 empty. */
export interface BooleanColumn { name: string; type: 'boolean'; values: Uint8Array }
/**
 * Text and tag lists, dictionary-encoded: row i holds `dict[codes[i]]`; code 0 is always the empty value
 * (dict[0] === null). Tag columns keep the raw cell text in `dict` and the separator to split it.
 */
export interface DictColumn {
  name: string;
  type: 'text' | 'tags';
  codes: Uint32Array;
  dict: (string | null)[];
  separator?: string;
}
export type Column = NumberColumn | BooleanColumn | DictColumn;

export interface Table {
  id: string;
  rowCount: number;
  columns: Column[];
}

export const isDict = (c: Column): c is DictColumn => c.type === 'text' || c.type === 'tags';

/** The value of row `i` of a column as a plain JS value (null for empty; dates as ISO strings). */
export function cellValue(c: Column, i: number): string | number | boolean | null {
  switch (c.type) {
    case 'number': { const v = c.values[i]; return Number.isNaN(v) ? null : v; }
    case 'date': { const v = c.values[i]; return Number.isNaN(v) ? null : new Date(v).toISOString().slice(0, v % 86400000 === 0 ? 10 : 19); }
    case 'boolean': { const v = c.values[i]; return v === 2 ? null : v === 1; }
    default: return c.dict[c.codes[i]];
  }
}

export function findColumn(t: Table, name: string): Column | undefined {
  return t.columns.find((c) => c.name === name);
}
