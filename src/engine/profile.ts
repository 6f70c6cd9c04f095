// Profiles a table's columns: type, empties, distinct values with counts, min and max, number histograms. Feeds the value pickers.

import type { ColumnProfile } from './api';
import { dayOf, isoOfDay } from './dates';
import { binLayout, histogram } from './histogram';
import { type Column, isDict, type Table } from './table';

const TOP = 100;

/** Keeps the TOP most frequent values seen, most frequent first (ties: first seen first). */
class TopValues {
  items: { value: string; count: number }[] = [];
  offer(value: string, count: number): void {
    const items = this.items;
    if (items.length === TOP && count <= items[TOP - 1].count) return;
    let i = items.length;
    while (i > 0 && items[i - 1].count < count) i--;
    items.splice(i, 0, { value, count });
    if (items.length > TOP) items.pop();
  }
}

function dateText(ms: number): string {
  return ms % 86_400_000 === 0 ? isoOfDay(dayOf(ms)) : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** Counts per value when a column has few distinct values; null as soon as it has many. */
function countSmall(values: Float64Array, rows: number, limit = 5000): Map<number, number> | null {
  const counts = new Map<number, number>();
  for (let i = 0; i < rows; i++) {
    const v = values[i];
    if (v !== v) continue;
    const n = counts.get(v);
    if (n !== undefined) counts.set(v, n + 1);
    else if (counts.size === limit) return null;
    else counts.set(v, 1);
  }
  return counts;
}

/** (value, count) for each run of equal values of a sorted array. */
function* valueRuns(sorted: Float64Array): Generator<[number, number]> {
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    yield [sorted[i], j - i];
    i = j;
  }
}

export function profileColumn(c: Column, rows: number): ColumnProfile {
  const base: ColumnProfile = { name: c.name, type: c.type, empty: 0, distinct: 0, top: [] };
  if (c.type === 'number' || c.type === 'date') {
    if (c.format) base.format = c.format;
    if (c.decimal) base.decimal = c.decimal;
    const text = (v: number) => (c.type === 'date' ? dateText(v) : String(v));
    const top = new TopValues();
    const counts = countSmall(c.values, rows);
    let distinct = 0, filled = 0, min = Infinity, max = -Infinity, integers = true;
    /** Distinct values with their counts, for the histogram (numbers only). */
    let runs: Iterable<[number, number]> = [];
    if (counts) {
      const sorted = [...counts].sort((a, b) => a[0] - b[0]);
      for (const [v, n] of sorted) {
        distinct++; filled += n; min = Math.min(min, v); max = Math.max(max, v);
        if (!Number.isInteger(v)) integers = false;
        top.offer(text(v), n);
      }
      runs = sorted;
    } else {
      // Many distinct values: a native sort, then one pass over runs of equal values.
      for (let i = 0; i < rows; i++) if (c.values[i] === c.values[i]) filled++;
      const sorted = new Float64Array(filled);
      for (let i = 0, k = 0; i < rows; i++) if (c.values[i] === c.values[i]) sorted[k++] = c.values[i];
      sorted.sort();
      for (let i = 0; i < sorted.length;) {
        let j = i + 1;
        while (j < sorted.length && sorted[j] === sorted[i]) j++;
        distinct++;
        if (integers && !Number.isInteger(sorted[i])) integers = false;
        if (top.items.length < TOP || j - i > top.items[TOP - 1].count) top.offer(text(sorted[i]), j - i);
        i = j;
      }
      if (filled) { min = sorted[0]; max = sorted[filled - 1]; }
      runs = valueRuns(sorted);
    }
    const range = filled ? { min: c.type === 'date' ? dateText(min) : min, max: c.type === 'date' ? dateText(max) : max } : {};
    const bins = c.type === 'number' && filled ? { histogram: histogram(binLayout(min, max, integers), runs) } : {};
    return { ...base, empty: rows - filled, distinct, top: top.items, ...range, ...bins };
  }
  if (!isDict(c)) {
    const n = [0, 0, 0];
    for (let i = 0; i < rows; i++) n[c.values[i]]++;
    const top = [{ value: 'true', count: n[1] }, { value: 'false', count: n[0] }].filter((x) => x.count).sort((a, b) => b.count - a.count);
    return { ...base, empty: n[2], distinct: top.length, top };
  }
  const perCode = new Uint32Array(c.dict.length);
  for (let i = 0; i < rows; i++) perCode[c.codes[i]]++;
  let empty = perCode[0];
  // Values that differ only by surrounding spaces (or tags) are one value.
  const counts = new Map<string, number>();
  for (let k = 1; k < c.dict.length; k++) {
    if (!perCode[k]) continue;
    const v = c.dict[k]!;
    const spaced = v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32;
    const values = c.type === 'tags' ? v.split(c.separator ?? ';').map((s) => s.trim()).filter(Boolean) : [spaced ? v.trim() : v];
    if (values.length === 0) empty += perCode[k];
    for (const x of values) counts.set(x, (counts.get(x) ?? 0) + perCode[k]);
  }
  const top = new TopValues();
  for (const [value, count] of counts) top.offer(value, count);
  return { ...base, ...(c.type === 'tags' ? { separator: c.separator ?? ';' } : {}), empty, distinct: counts.size, top: top.items };
}

export function profileTable(t: Table): ColumnProfile[] {
  return t.columns.map((c) => profileColumn(c, t.rowCount));
}
