// Members in a column's order: ranks per column (computed once per table column and locale), then a stable counting sort.

import type { Column, DictColumn } from './table';

/** The direction of a sort, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/**
 * Ranks of a column's values: 0 for an empty value, 1..max in ascending order, equal values (or texts the
 * collator calls equal) sharing a rank. For dictionary columns `rank` is per code and `codes` maps rows to codes.
 */
export interface Ranks {
  rank: Uint32Array;
  codes?: Uint32Array;
  max: number;
}

/** A collator for the project's locale; a locale Intl does not accept falls back to the default one. */
export function collatorFor(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale, { numeric: true });
  } catch {
    return new Intl.Collator(undefined, { numeric: true });
  }
}

/** Ranks of every row of `column`: numbers and dates numerically, yes before no is false before true, text by `collator`. */
export function columnRanks(column: Column, collator: Intl.Collator): Ranks {
  switch (column.type) {
    case 'number': case 'date': return numberRanks(column.values);
    case 'boolean': {
      // stored as 0 false, 1 true, 2 empty
      const rank = new Uint32Array(column.values.length);
      for (let i = 0; i < rank.length; i++) rank[i] = column.values[i] === 2 ? 0 : column.values[i] + 1;
      return { rank, max: 2 };
    }
    default: return textRanks(column.dict, column.codes, collator);
  }
}

/**
 * Ranks of a text column for `rows` only: ranks the texts these rows hold instead of the whole dictionary, which is
 * far cheaper when a few members hold a column of mostly distinct texts (e-mails, ids). Only valid for these rows.
 */
export function textRanksOf(column: DictColumn, rows: Uint32Array, collator: Intl.Collator): Ranks {
  const used = new Uint8Array(column.dict.length);
  for (let j = 0; j < rows.length; j++) used[column.codes[rows[j]]] = 1;
  return textRanks(column.dict, column.codes, collator, used);
}

/** Distinct values are ranked through a Map while there are few of them (fast); past this, by sorting all values. */
const FEW = 1 << 12;

function numberRanks(values: Float64Array): Ranks {
  const seen = new Map<number, number>();
  for (let i = 0; i < values.length && seen.size <= FEW; i++) {
    const v = values[i] + 0; // + 0 turns -0 into 0, so they share a rank
    if (!Number.isNaN(v) && !seen.has(v)) seen.set(v, 0);
  }
  if (seen.size > FEW) return manyNumberRanks(values);
  const distinct = Float64Array.from(seen.keys()).sort();
  for (let r = 0; r < distinct.length; r++) seen.set(distinct[r], r + 1);
  const rank = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) rank[i] = seen.get(v + 0)!;
  }
  return { rank, max: distinct.length };
}

/** Ranks by sorting every value and finding each row's value by binary search: for columns of many distinct values. */
function manyNumberRanks(values: Float64Array): Ranks {
  let n = 0;
  const present = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v)) present[n++] = v + 0;
  }
  const sorted = present.subarray(0, n).sort();
  let k = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[k - 1]) sorted[k++] = sorted[i];
  const distinct = sorted.subarray(0, k);
  const rank = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    let lo = 0, hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] < v) lo = mid + 1; else hi = mid;
    }
    rank[i] = lo + 1;
  }
  return { rank, max: k };
}

function textRanks(dict: (string | null)[], codes: Uint32Array, collator: Intl.Collator, used?: Uint8Array): Ranks {
  const filled: number[] = [];
  for (let c = 0; c < dict.length; c++) {
    const s = dict[c];
    if (s !== null && s.trim() !== '' && (!used || used[c])) filled.push(c);
  }
  const text = (c: number) => dict[c]!.trim();
  filled.sort((a, b) => collator.compare(text(a), text(b)));
  const rank = new Uint32Array(dict.length);
  let r = 0;
  for (let i = 0; i < filled.length; i++) {
    if (i === 0 || collator.compare(text(filled[i - 1]), text(filled[i])) !== 0) r++;
    rank[filled[i]] = r;
  }
  return { rank, codes, max: r };
}

/**
 * `rows` (ascending row numbers) ordered by rank in `direction`, empties last either way, ties kept in row order.
 * A counting sort: two passes over the rows and one over the ranks.
 */
export function sortRows(rows: Uint32Array, ranks: Ranks, direction: SortDirection): Uint32Array {
  const { rank, codes, max } = ranks;
  const of = codes ? (i: number) => rank[codes[i]] : (i: number) => rank[i];
  const keys = new Uint32Array(rows.length);
  const start = new Uint32Array(max + 2);
  for (let j = 0; j < rows.length; j++) {
    const r = of(rows[j]);
    // slot 0 … max-1 are the ranks in the wanted order, slot max is the empties
    const slot = r === 0 ? max : direction === 'ascending' ? r - 1 : max - r;
    keys[j] = slot;
    start[slot + 1]++;
  }
  for (let s = 1; s < start.length; s++) start[s] += start[s - 1];
  const out = new Uint32Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[start[keys[j]]++] = rows[j];
  return out;
}
