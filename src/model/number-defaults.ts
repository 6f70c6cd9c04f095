// Where a new number condition starts: round values near the middle of the column (from its histogram), and what a
// switch of operator keeps ("between 25 and 40" → "at most 40"), instead of the column's extremes.

import type { ConditionValue, Op } from './types';

/** What the defaults read of a number column's profile (the engine's ColumnProfile has these fields). */
export interface NumberSpread {
  min?: number | string;
  max?: number | string;
  /** Bins of values from ≤ v < to, ascending. */
  histogram?: { from: number; to: number; count: number }[];
  /** The most frequent values, as text. */
  top: { value: string; count: number }[];
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The value below which a share `q` (0..1) of the column lies, read from its histogram (linear within a bin). */
export function quantileOf(p: NumberSpread, q: number): number | undefined {
  const bins = p.histogram ?? [];
  const total = bins.reduce((s, b) => s + b.count, 0);
  if (total > 0) {
    let seen = 0;
    for (const b of bins) {
      if (seen + b.count >= q * total && b.count > 0) return b.from + ((q * total - seen) / b.count) * (b.to - b.from);
      seen += b.count;
    }
  }
  const top = p.top.map((t) => ({ v: Number(t.value), n: t.count })).filter((t) => Number.isFinite(t.v)).sort((a, b) => a.v - b.v);
  const n = top.reduce((s, t) => s + t.n, 0);
  let seen = 0;
  for (const t of top) if ((seen += t.n) >= q * n && n > 0) return t.v;
  return isNumber(p.min) && isNumber(p.max) ? p.min + q * (p.max - p.min) : undefined;
}

/** Whether the column holds whole numbers only (judged by its most frequent values). */
function wholeNumbers(p: NumberSpread): boolean {
  return p.top.length > 0 && p.top.every((t) => Number.isInteger(Number(t.value)));
}

/** `x` to two significant digits (51 234 → 51 000, 0.534 → 0.53), a whole number in a whole-number column, within min..max. */
export function roundNear(x: number, p: NumberSpread): number {
  if (x === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  let r = Math.round(x / step) * step;
  if (wholeNumbers(p)) r = Math.round(r);
  r = Number(r.toPrecision(12)); // 0.53, not 0.5300000000000001
  if (isNumber(p.min) && r < p.min) r = p.min;
  if (isNumber(p.max) && r > p.max) r = p.max;
  return r;
}

/** A round value near the median: where "at least" or "at most" splits the customers about in half. */
export function startingNumber(p: NumberSpread): number | '' {
  const m = quantileOf(p, 0.5);
  return m === undefined ? '' : roundNear(m, p);
}

/** Round ends around the middle half of the customers (first to third quartile), for "between". */
export function startingRange(p: NumberSpread): [number, number] | ['', ''] {
  const lo = quantileOf(p, 0.25);
  const hi = quantileOf(p, 0.75);
  if (lo === undefined || hi === undefined) return ['', ''];
  const a = roundNear(lo, p);
  const b = roundNear(hi, p);
  return a < b ? [a, b] : [a, isNumber(p.max) && p.max > a ? p.max : a];
}

const percentOp = (op: Op) => op === 'topPercent' || op === 'bottomPercent';
const below = (op: Op) => op === 'lt' || op === 'lte';
const above = (op: Op) => op === 'gt' || op === 'gte';

/**
 * The value of a number condition after its operator changes from `from` (with `value`) to `to`: the same number
 * where it still means something ("≥ 25" → "> 25"; "between 25 and 40" → "≤ 40" or "≥ 25"; "≥ 25" → "between 25
 * and the maximum"), a fresh start near the median otherwise. Undefined for operators that take no value.
 */
export function numberValueAfter(to: Op, from: Op, value: ConditionValue | undefined, p: NumberSpread): ConditionValue | undefined {
  if (to === 'isEmpty' || to === 'isNotEmpty') return undefined;
  if (percentOp(to)) return percentOp(from) && isNumber(value) ? value : 10;
  const pair = Array.isArray(value) && value.length === 2 && value.every(isNumber) ? (value as [number, number]) : undefined;
  const one = !percentOp(from) && isNumber(value) ? value : undefined;
  if (to === 'between') {
    if (pair) return pair;
    if (one !== undefined && above(from)) return [one, isNumber(p.max) && p.max > one ? p.max : one];
    if (one !== undefined && below(from)) return [isNumber(p.min) && p.min < one ? p.min : one, one];
    return startingRange(p);
  }
  if (pair) return below(to) ? pair[1] : pair[0];
  return one ?? startingNumber(p);
}
