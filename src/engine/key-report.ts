// How well a column identifies a customer: rows with no value in it, and values shared by more than one row.

import { cellValue, findColumn, type Table } from './table';

/** Empty and duplicate keys of a table's key column (PRODUCT.md: reported on import, never silently merged). */
export interface KeyReport {
  column: string;
  /** Rows whose key is empty. */
  empty: number;
  /** Different keys (empties not counted). */
  distinct: number;
  /** Distinct keys that appear on more than one row. */
  duplicates: number;
  /** Rows that carry a duplicated key (every occurrence, the first included). */
  duplicateRows: number;
  /** Up to `limit` duplicated keys, most rows first (ties: first seen first), as text. */
  examples: { value: string; count: number }[];
}

/** Counts rows per key value; dictionary columns count by code, others by their plain value. */
function rowsPerKey(table: Table, name: string): { counts: Map<string | number | boolean, number>; empty: number } | null {
  const c = findColumn(table, name);
  if (!c) return null;
  const counts = new Map<string | number | boolean, number>();
  let empty = 0;
  if (c.type === 'text' || c.type === 'tags') {
    const perCode = new Uint32Array(c.dict.length);
    for (let i = 0; i < table.rowCount; i++) perCode[c.codes[i]]++;
    empty = perCode[0];
    // A dictionary may hold one text at several codes (a column kept one entry per row): count by the text.
    for (let code = 1; code < perCode.length; code++) {
      const text = c.dict[code] ?? '';
      if (perCode[code]) counts.set(text, (counts.get(text) ?? 0) + perCode[code]);
    }
    return { counts, empty };
  }
  for (let i = 0; i < table.rowCount; i++) {
    const v = cellValue(c, i);
    if (v === null) empty++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { counts, empty };
}

/** The key report of column `name` of `table`; null when the table has no such column. */
export function keyReport(table: Table, name: string, limit = 5): KeyReport | null {
  const found = rowsPerKey(table, name);
  if (!found) return null;
  let duplicates = 0, duplicateRows = 0;
  const shared: { value: string; count: number }[] = [];
  for (const [value, count] of found.counts) {
    if (count < 2) continue;
    duplicates++;
    duplicateRows += count;
    shared.push({ value: String(value), count });
  }
  // Stable sort: equal counts keep the order the keys were first seen in.
  shared.sort((a, b) => b.count - a.count);
  return { column: name, empty: found.empty, distinct: found.counts.size, duplicates, duplicateRows, examples: shared.slice(0, limit) };
}
