// Profiles a table's columns: type, empties, distinct values with counts, min and max, number histograms. Feeds the value pickers.

import type { ColumnProfile } from './api';
import { dayOf, isoOfDay } from './dates';
import { binLayout, histogram } from './histogram';
import { type Column, isDict, type Table } from './table';
import { codeCounts, TopValues } from './top-values';
import { countValues, topEntries } from './value-counts';

const TOP = 100;

function dateText(ms: number): string {
  return ms % 86_400_000 === 0 ? isoOfDay(dayOf(ms)) : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The profile of a column of `rows` rows. `distinctDict`: the column's dictionary entries are known to differ from
 * each other (as the importer builds them), so a text column's values need not be gathered by their text.
 */
export function profileColumn(c: Column, rows: number, distinctDict = false): ColumnProfile {
  const base: ColumnProfile = { name: c.name, type: c.type, empty: 0, distinct: 0, top: [] };
  if (c.type === 'number' || c.type === 'date') {
    if (c.format) base.format = c.format;
    if (c.decimal) base.decimal = c.decimal;
    const text = (v: number) => (c.type === 'date' ? dateText(v) : String(v));
    const counts = countValues(c.values, rows);
    let filled = 0, min = Infinity, max = -Infinity, integers = true;
    for (let i = 0; i < counts.size; i++) {
      const v = counts.keys[i];
      filled += counts.counts[i];
      if (v < min) min = v;
      if (v > max) max = v;
      if (integers && !Number.isInteger(v)) integers = false;
    }
    const top = topEntries(counts, TOP).map((i) => ({ value: text(counts.keys[i]), count: counts.counts[i] }));
    const distinct = counts.size;
    const range = filled ? { min: c.type === 'date' ? dateText(min) : min, max: c.type === 'date' ? dateText(max) : max } : {};
    const bins = c.type === 'number' && filled ? { histogram: histogram(binLayout(min, max, integers), counts.keys, counts.counts) } : {};
    return { ...base, empty: rows - filled, distinct, top, ...range, ...bins };
  }
  if (!isDict(c)) {
    const n = [0, 0, 0];
    for (let i = 0; i < rows; i++) n[c.values[i]]++;
    const top = [{ value: 'true', count: n[1] }, { value: 'false', count: n[0] }].filter((x) => x.count).sort((a, b) => b.count - a.count);
    return { ...base, empty: n[2], distinct: top.length, top };
  }
  const perCode = codeCounts(c, rows);
  let empty = perCode[0];
  const spaced = (v: string) => v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32;
  if (distinctDict && c.type === 'text' && !c.dict.some((v, k) => k > 0 && perCode[k] > 0 && spaced(v!))) {
    const top = new TopValues<{ value: string; count: number }>(TOP);
    let distinct = 0;
    for (let k = 1; k < c.dict.length; k++) if (perCode[k]) { distinct++; if (top.wants(perCode[k])) top.offer({ value: c.dict[k]!, count: perCode[k] }); }
    return { ...base, empty, distinct, top: top.items };
  }
  // Values that differ only by surrounding spaces (or tags) are one value.
  const counts = new Map<string, number>();
  for (let k = 1; k < c.dict.length; k++) {
    if (!perCode[k]) continue;
    const v = c.dict[k]!;
    const values = c.type === 'tags' ? v.split(c.separator ?? ';').map((s) => s.trim()).filter(Boolean) : [spaced(v) ? v.trim() : v];
    if (values.length === 0) empty += perCode[k];
    for (const x of values) counts.set(x, (counts.get(x) ?? 0) + perCode[k]);
  }
  const top = new TopValues<{ value: string; count: number }>(TOP);
  for (const [value, count] of counts) top.offer({ value, count });
  return { ...base, ...(c.type === 'tags' ? { separator: c.separator ?? ';' } : {}), empty, distinct: counts.size, top: top.items };
}

/** Profiles every column; `distinctDicts[i]` as `distinctDict` for column i. */
export function profileTable(t: Table, distinctDicts: readonly boolean[] = []): ColumnProfile[] {
  return t.columns.map((c, i) => profileColumn(c, t.rowCount, distinctDicts[i] ?? false));
}
