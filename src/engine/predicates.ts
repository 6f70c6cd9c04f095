// Atomic predicates: one condition over one column → a bitset of matching rows, with PRODUCT.md's empty rule.

import type { Condition, RelativeAmount } from '../model/types';
import { andNot, type Bitset, empty, fromCodes, inIntRange, inRange, isNaNRows } from './bitset';
import { DAY_MS, daysBefore, isoDay } from './dates';
import { fold, foldedDict } from './fold';
import type { BooleanColumn, Column, DictColumn, NumberColumn, Table } from './table';

export interface PredicateContext {
  locale: string;
  /** The project's "as of" date as a day number. */
  asOfDay: number;
}

/** Thrown for a condition the compiler should have refused; the engine reports it, never counts 0 silently. */
export class PredicateError extends Error {}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const isBlank = (f: string | null): boolean => f === null || f === '';

function textTest(op: Condition['op'], value: unknown, locale: string): (f: string) => boolean {
  const one = fold(String(list(value)[0] ?? ''), locale);
  const many = new Set(list(value).map((x) => fold(String(x), locale)));
  switch (op) {
    case 'eq': return (f) => f === one;
    case 'ne': return (f) => f !== one;
    case 'in': return (f) => many.has(f);
    case 'notIn': return (f) => !many.has(f);
    case 'contains': return (f) => f.includes(one);
    case 'notContains': return (f) => !f.includes(one);
    case 'startsWith': return (f) => f.startsWith(one);
    case 'endsWith': return (f) => f.endsWith(one);
    default: throw new PredicateError(op);
  }
}

function tagsTest(op: Condition['op'], value: unknown, locale: string): (tags: string[]) => boolean {
  const wanted = list(value).map((x) => fold(String(x), locale));
  switch (op) {
    case 'hasAny': return (t) => wanted.some((w) => t.includes(w));
    case 'hasAll': return (t) => wanted.every((w) => t.includes(w));
    case 'hasNone': return (t) => !wanted.some((w) => t.includes(w));
    default: throw new PredicateError(op);
  }
}

function dictPredicate(c: DictColumn, rows: number, cond: Condition, ctx: PredicateContext, within?: Bitset): Bitset {
  const folded = foldedDict(c.dict, ctx.locale);
  const hit = new Uint8Array(c.dict.length);
  if (cond.op === 'isEmpty' || cond.op === 'isNotEmpty') {
    const want = cond.op === 'isEmpty';
    for (let k = 0; k < folded.length; k++) hit[k] = +(isBlank(folded[k]) === want);
  } else if (c.type === 'tags') {
    const test = tagsTest(cond.op, cond.value, ctx.locale);
    const sep = c.separator ?? ';';
    for (let k = 0; k < folded.length; k++) {
      const tags = (folded[k] ?? '').split(sep).map((s) => s.trim()).filter(Boolean);
      hit[k] = +(tags.length > 0 && test(tags));
    }
  } else {
    const test = textTest(cond.op, cond.value, ctx.locale);
    for (let k = 0; k < folded.length; k++) hit[k] = +(!isBlank(folded[k]) && test(folded[k]!));
  }
  return fromCodes(c.codes, rows, hit, within);
}

/** The threshold of top/bottom N %: the value at position ⌈N% × n⌉ from the best end of the non-empty values. */
export function percentThreshold(values: Float64Array, percent: number, top: boolean): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort();
  const n = sorted.length;
  const pos = Math.ceil((Math.min(100, Math.max(0, percent)) * n) / 100);
  if (pos === 0) return NaN;
  return top ? sorted[n - pos] : sorted[pos - 1];
}

function numberPredicate(c: NumberColumn, rows: number, cond: Condition, within?: Bitset): Bitset {
  const v = c.values;
  const x = Number(cond.value);
  const range = (lo: number, hi: number, loOpen = false, hiOpen = false) => inRange(v, rows, lo, hi, loOpen, hiOpen, within);
  switch (cond.op) {
    case 'isEmpty': return isNaNRows(v, rows, within);
    case 'isNotEmpty': return range(-Infinity, Infinity);
    case 'eq': return range(x, x);
    case 'ne': return andNot(range(-Infinity, Infinity), range(x, x));
    case 'lt': return range(-Infinity, x, false, true);
    case 'lte': return range(-Infinity, x);
    case 'gt': return range(x, Infinity, true);
    case 'gte': return range(x, Infinity);
    case 'between': {
      const [a, b] = list(cond.value).map(Number);
      return range(Math.min(a, b), Math.max(a, b));
    }
    case 'topPercent': case 'bottomPercent': {
      const top = cond.op === 'topPercent';
      const t = percentThreshold(v, x, top);
      if (Number.isNaN(t)) return empty(rows);
      return top ? range(t, Infinity) : range(-Infinity, t);
    }
    default: throw new PredicateError(cond.op);
  }
}

/** Dates compare by UTC day: day d covers the milliseconds [d × DAY, (d + 1) × DAY). */
function datePredicate(c: NumberColumn, rows: number, cond: Condition, ctx: PredicateContext, within?: Bitset): Bitset {
  const v = c.values;
  const days = (from: number, to: number) => inRange(v, rows, from * DAY_MS, (to + 1) * DAY_MS, false, true, within);
  const day = () => isoDay(String(cond.value));
  switch (cond.op) {
    case 'isEmpty': return isNaNRows(v, rows, within);
    case 'isNotEmpty': return inRange(v, rows, -Infinity, Infinity, false, false, within);
    case 'before': return days(-Infinity, day() - 1);
    case 'after': return days(day() + 1, Infinity);
    case 'on': return days(day(), day());
    case 'between': {
      const [a, b] = list(cond.value).map((x) => isoDay(String(x)));
      return days(Math.min(a, b), Math.max(a, b));
    }
    case 'inLast': return days(daysBefore(ctx.asOfDay, cond.value as RelativeAmount), ctx.asOfDay);
    case 'olderThan': return days(-Infinity, daysBefore(ctx.asOfDay, cond.value as RelativeAmount) - 1);
    default: throw new PredicateError(cond.op);
  }
}

function booleanPredicate(c: BooleanColumn, rows: number, cond: Condition, within?: Bitset): Bitset {
  // Stored as 0 false, 1 true, 2 empty.
  const [lo, hi] = ({ isFalse: [0, 1], isTrue: [1, 2], isEmpty: [2, 3], isNotEmpty: [0, 2] } as Record<string, [number, number]>)[cond.op] ?? [];
  if (lo === undefined) throw new PredicateError(cond.op);
  return inIntRange(c.values, rows, lo, hi, within);
}

/** Rows of `table` matching `cond`; with `within`, only those of its rows (which alone are tested). */
export function evaluateCondition(table: Table, column: Column, cond: Condition, ctx: PredicateContext, within?: Bitset): Bitset {
  const rows = table.rowCount;
  switch (column.type) {
    case 'text': case 'tags': return dictPredicate(column, rows, cond, ctx, within);
    case 'number': return numberPredicate(column, rows, cond, within);
    case 'date': return datePredicate(column, rows, cond, ctx, within);
    case 'boolean': return booleanPredicate(column, rows, cond, within);
  }
}
