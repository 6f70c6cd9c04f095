// Plan evaluation: set expressions → bitsets, with atomic predicates cached across edits.

import type { Plan, SetExpr } from '../model/plan';
import { and, andNot, type Bitset, empty, full, or, popcount } from './bitset';
import type { NodeCount } from './api';
import { bucket } from './hash';
import { fold } from './fold';
import { evaluateCondition, type PredicateContext } from './predicates';
import { cellValue, findColumn, type Table } from './table';

/** Caches what does not change between edits: predicate bitsets, split buckets. Keyed per table object. */
export class EvalCache {
  private preds = new Map<string, Bitset>();
  private buckets = new WeakMap<Table, Map<number, Uint16Array>>();
  /** How many predicates were computed (not served from the cache); for tests and the benchmark. */
  computed = 0;
  constructor(private readonly limit = 512) {}

  predicate(table: Table, key: string, compute: () => Bitset): Bitset {
    const k = `${table.id}\u0000${key}`;
    const hit = this.preds.get(k);
    if (hit) {
      this.preds.delete(k);
      this.preds.set(k, hit); // most recently used goes last
      return hit;
    }
    const b = compute();
    this.computed++;
    this.preds.set(k, b);
    if (this.preds.size > this.limit) this.preds.delete(this.preds.keys().next().value!);
    return b;
  }

  bucketsOf(table: Table, seed: number, keyOf: (i: number) => string): Uint16Array {
    let bySeed = this.buckets.get(table);
    if (!bySeed) this.buckets.set(table, (bySeed = new Map()));
    let b = bySeed.get(seed);
    if (!b) {
      b = new Uint16Array(table.rowCount);
      for (let i = 0; i < table.rowCount; i++) b[i] = bucket(seed, keyOf(i));
      bySeed.set(seed, b);
    }
    return b;
  }

  /** Forgets everything computed for a table id (it was replaced). */
  dropTable(id: string): void {
    for (const k of [...this.preds.keys()]) if (k.startsWith(`${id}\u0000`)) this.preds.delete(k);
  }
}

export interface Evaluation {
  sets: Map<string, Bitset>;
  set(expr: SetExpr): Bitset;
}

/** Evaluates every def of the plan over `table` (the customers table, traits included). */
export function evaluatePlan(plan: Plan, table: Table, ctx: PredicateContext, cache: EvalCache): Evaluation {
  const rows = table.rowCount;
  const sets = new Map<string, Bitset>();
  const keyCol = plan.key ? findColumn(table, plan.key) : undefined;
  const keyOf = (i: number): string => (keyCol ? String(cellValue(keyCol, i) ?? '') : String(i));

  const set = (e: SetExpr): Bitset => {
    switch (e.kind) {
      case 'all': return full(rows);
      case 'none': return empty(rows);
      case 'ref': {
        const s = sets.get(e.id);
        if (!s) throw new Error(`plan refers to ${e.id} before defining it`);
        return s;
      }
      case 'pred': {
        const c = e.condition;
        const column = findColumn(table, c.column);
        if (!column) return empty(rows);
        const key = `${ctx.locale}|${ctx.asOfDay}|${JSON.stringify(c)}`;
        return cache.predicate(table, key, () => evaluateCondition(table, column, c, ctx));
      }
      case 'and': return e.args.map(set).reduce((a, b) => and(a, b));
      case 'or': return e.args.length ? e.args.map(set).reduce((a, b) => or(a, b)) : empty(rows);
      case 'minus': return e.args.map(set).reduce((a, b) => andNot(a, b), set(e.base));
      case 'not': return andNot(set(e.input), set(e.of));
      case 'random': {
        const input = set(e.input);
        const b = cache.bucketsOf(table, e.seed, keyOf);
        const lo = Math.round(e.from * 100), hi = Math.round(e.to * 100);
        const out = empty(rows);
        for (let i = 0; i < rows; i++) {
          if ((input[i >>> 5] >>> (i & 31)) & 1 && b[i] >= lo && b[i] < hi) out[i >>> 5] |= 1 << (i & 31);
        }
        return out;
      }
      case 'value': {
        const input = set(e.input);
        const column = findColumn(table, e.column);
        const out = empty(rows);
        if (!column) return out;
        const listed = new Set(e.values.map((v) => fold(v, ctx.locale)));
        const want = e.value === null ? null : fold(e.value, ctx.locale);
        for (let i = 0; i < rows; i++) {
          if (!((input[i >>> 5] >>> (i & 31)) & 1)) continue;
          const raw = cellValue(column, i);
          const f = raw === null ? '' : fold(String(raw), ctx.locale);
          const match = want === null ? !listed.has(f) || f === '' : f === want && f !== '';
          if (match) out[i >>> 5] |= 1 << (i & 31);
        }
        return out;
      }
    }
  };
  for (const d of plan.defs) sets.set(d.id, set(d.expr));
  return { sets, set };
}

/** Per-node counts from an evaluation. */
export function nodeCounts(plan: Plan, ev: Evaluation): Record<string, NodeCount> {
  const out: Record<string, NodeCount> = {};
  for (const n of plan.nodes) {
    if (n.error) { out[n.id] = { count: 0, error: n.error }; continue; }
    const r: NodeCount = { count: popcount(ev.set(n.expr)) };
    if (n.input) r.input = popcount(ev.set(n.input));
    if (n.branches) r.branches = Object.fromEntries(Object.entries(n.branches).map(([b, e]) => [b, popcount(ev.set(e))]));
    if (n.reached) r.reached = popcount(ev.set(n.reached));
    out[n.id] = r;
  }
  return out;
}
