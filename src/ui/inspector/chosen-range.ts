// Which part of a number column a condition chooses, to highlight it on the column's histogram.

import type { ConditionValue, Op } from '../../model/types';

/** A range of numbers; ends may be infinite, `loIn` / `hiIn` say whether each end itself is in. */
export interface NumberRange { lo: number; hi: number; loIn: boolean; hiIn: boolean }

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** The range a comparison chooses; undefined for operators that do not choose one range (≠, top N %, empties) or an unfinished value. */
export function chosenRange(op: Op, value: ConditionValue | undefined): NumberRange | undefined {
  if (op === 'between') {
    const [a, b] = Array.isArray(value) ? value.map(num) : [];
    return a === undefined || b === undefined ? undefined : { lo: a, hi: b, loIn: true, hiIn: true };
  }
  const v = num(value);
  if (v === undefined) return undefined;
  switch (op) {
    case 'eq': return { lo: v, hi: v, loIn: true, hiIn: true };
    case 'lt': return { lo: -Infinity, hi: v, loIn: false, hiIn: false };
    case 'lte': return { lo: -Infinity, hi: v, loIn: false, hiIn: true };
    case 'gt': return { lo: v, hi: Infinity, loIn: false, hiIn: false };
    case 'gte': return { lo: v, hi: Infinity, loIn: true, hiIn: false };
    default: return undefined;
  }
}

/** True when some value of the bin [from, to) lies in the range. */
export function binInRange(bin: { from: number; to: number }, r: NumberRange): boolean {
  // Values of the bin come arbitrarily close to `to`, so it reaches above `lo` whether or not `lo` itself is in.
  const belowHi = r.hiIn ? bin.from <= r.hi : bin.from < r.hi;
  return belowHi && bin.to > r.lo && r.lo <= r.hi;
}
