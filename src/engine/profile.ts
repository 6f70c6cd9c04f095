// Profiles a table's columns: type, empties, distinct values with counts, min and max. Feeds the value pickers.

import type { ColumnProfile } from './api';
import { isoOfDay, dayOf } from './dates';
import { type Column, isDict, type Table } from './table';

const TOP = 100;

function top(counts: Map<string, number>): { value: string; count: number }[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP).map(([value, count]) => ({ value, count }));
}

function dateText(ms: number): string {
  return ms % 86_400_000 === 0 ? isoOfDay(dayOf(ms)) : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

export function profileColumn(c: Column, rows: number): ColumnProfile {
  const base = { name: c.name, type: c.type };
  if (!isDict(c) && c.type !== 'boolean') {
    if (c.format) Object.assign(base, { format: c.format });
    if (c.decimal) Object.assign(base, { decimal: c.decimal });
    const counts = new Map<number, number>();
    let empty = 0, min = Infinity, max = -Infinity;
    for (let i = 0; i < rows; i++) {
      const v = c.values[i];
      if (Number.isNaN(v)) { empty++; continue; }
      if (v < min) min = v;
      if (v > max) max = v;
      if (counts.size < 100_000 || counts.has(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const text = (v: number) => (c.type === 'date' ? dateText(v) : String(v));
    const asText = new Map([...counts].map(([v, n]) => [text(v), n]));
    const range = empty < rows ? { min: c.type === 'date' ? dateText(min) : min, max: c.type === 'date' ? dateText(max) : max } : {};
    return { ...base, empty, distinct: counts.size, top: top(asText), ...range };
  }
  if (!isDict(c)) {
    const n = [0, 0, 0];
    for (let i = 0; i < rows; i++) n[c.values[i]]++;
    const counts = new Map<string, number>();
    if (n[1]) counts.set('true', n[1]);
    if (n[0]) counts.set('false', n[0]);
    return { ...base, empty: n[2], distinct: counts.size, top: top(counts) };
  }
  const perCode = new Uint32Array(c.dict.length);
  for (let i = 0; i < rows; i++) perCode[c.codes[i]]++;
  const counts = new Map<string, number>();
  let empty = perCode[0];
  for (let k = 1; k < c.dict.length; k++) {
    if (!perCode[k]) continue;
    const v = c.dict[k]!;
    const values = c.type === 'tags' ? v.split(c.separator ?? ';').map((s) => s.trim()).filter(Boolean) : [v.trim()];
    if (values.length === 0) empty += perCode[k];
    for (const x of values) counts.set(x, (counts.get(x) ?? 0) + perCode[k]);
  }
  return { ...base, ...(c.type === 'tags' ? { separator: c.separator ?? ';' } : {}), empty, distinct: counts.size, top: top(counts) };
}

export function profileTable(t: Table): ColumnProfile[] {
  return t.columns.map((c) => profileColumn(c, t.rowCount));
}
