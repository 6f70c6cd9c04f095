// A text column's values counted as the filter compares them: spellings that fold to one value (by locale) are one.

import type { TextValueCounts } from './api';
import { foldedDict } from './fold';
import type { DictColumn } from './table';
import { codeCounts, TopValues } from './top-values';

/** One folded value: its rows, where it first appears, and its spellings (trimmed) with their rows, in first-seen order. */
interface Group { count: number; only: string; onlyCount: number; spellings?: Map<string, number> }

/** The spelling with the most rows; ties go to the one seen first (as the column profile orders them). */
function labelOf(g: Group): string {
  if (!g.spellings) return g.only;
  let best = g.only, most = -1;
  for (const [s, n] of g.spellings) if (n > most) { best = s; most = n; }
  return best;
}

/**
 * Counts `rows` rows of a text column per folded value in `locale` (trimmed, case-insensitive as the filter matches),
 * each labelled with its most frequent spelling: the `limit` largest, most rows first (ties: first seen first), and how
 * many folded values there are. Empty and whitespace-only values are never listed.
 */
export function foldedValueCounts(column: DictColumn, rows: number, locale: string, limit: number): TextValueCounts {
  const perCode = codeCounts(column, rows);
  const folded = foldedDict(column.dict, locale);
  const groups = new Map<string, Group>();
  for (let k = 1; k < column.dict.length; k++) {
    const n = perCode[k], f = folded[k];
    if (!n || !f) continue;
    const spelling = column.dict[k]!.trim();
    const g = groups.get(f);
    if (!g) { groups.set(f, { count: n, only: spelling, onlyCount: n }); continue; }
    g.count += n;
    if (!g.spellings && spelling === g.only) { g.onlyCount += n; continue; }
    g.spellings ??= new Map([[g.only, g.onlyCount]]);
    g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + n);
  }
  const top = new TopValues<Group>(limit);
  for (const g of groups.values()) top.offer(g);
  return { top: top.items.map((g) => ({ value: labelOf(g), count: g.count })), distinct: groups.size };
}
