// Plan evaluation: set expressions → bitsets, with atomic predicates cached across edits.

import type { Plan, SetExpr } from '../model/plan';
import { and, andNot, type Bitset, empty, full, inIntRange, or, popcount } from './bitset';
import type { NodeCount } from './api';
import { bucketOf, seedState } from './hash';
import { fold } from './fold';
import { evaluateCondition, type PredicateContext } from './predicates';
import { cellValue, findColumn, type Table } from './table';

/**
 * Caches what does not change between edits, for one table at a time: the bitset of every expression
 * (keyed by its structure, with references replaced by what they stand for), and split buckets.
 * An edit then recomputes only the predicate it changed and the expressions downstream of it.
 */
export class EvalCache {
  private sets = new Map<string, Bitset>();
  private ids = new Map<string, string>();
  private buckets = new WeakMap<Table, Map<number, SplitBuckets>>();
  /** Ids are never reissued, even after a clear, so a key can never come to mean another set. */
  private nextId = 0;
  /** How many predicates were computed (not served from the cache); for tests and the benchmark. */
  computed = 0;
  constructor(private readonly limit = 512) {}

  /** A short stable id for a structural key, so keys of nested expressions stay short. */
  intern(key: string): string {
    let id = this.ids.get(key);
    if (!id) {
      if (this.ids.size > 50_000) this.clear();
      this.ids.set(key, (id = `#${this.nextId++}`));
    }
    return id;
  }

  get(key: string): Bitset | undefined {
    const hit = this.sets.get(key);
    if (hit) { this.sets.delete(key); this.sets.set(key, hit); } // most recently used goes last
    return hit;
  }

  put(key: string, b: Bitset): Bitset {
    this.sets.set(key, b);
    if (this.sets.size > this.limit) this.sets.delete(this.sets.keys().next().value!);
    return b;
  }

  /**
   * Split buckets per row for a seed, hashed when first needed: `hashed` marks the rows done and `version`
   * counts how often rows were added, so range bitsets over the buckets can be cached per version.
   */
  bucketsOf(table: Table, seed: number): SplitBuckets {
    let bySeed = this.buckets.get(table);
    if (!bySeed) this.buckets.set(table, (bySeed = new Map()));
    let b = bySeed.get(seed);
    if (!b) bySeed.set(seed, (b = { id: this.nextId++, buckets: new Uint16Array(table.rowCount), hashed: empty(table.rowCount), version: 0, asked: new Set() }));
    return b;
  }

  /** Forgets everything computed (a table was replaced). */
  clear(): void {
    this.sets.clear();
    this.ids.clear();
  }
}

/** Split buckets of one table object and seed; `id` is unique for the cache's lifetime. */
/** `asked`: the branch ranges asked for once at the current version (a range asked for again is built and cached). */
interface SplitBuckets { id: number; buckets: Uint16Array; hashed: Bitset; version: number; asked: Set<string> }

export interface Evaluation {
  set(expr: SetExpr): Bitset;
}

/** Evaluates the plan over `table` (the customers table, traits included); sets are computed on demand and cached. */
export function evaluatePlan(plan: Plan, table: Table, ctx: PredicateContext, cache: EvalCache): Evaluation {
  const rows = table.rowCount;
  const defs = new Map(plan.defs.map((d) => [d.id, d.expr]));
  const keys = new Map<string, string>();
  const keyCol = plan.key ? findColumn(table, plan.key) : undefined;
  const keyOf = (i: number): string => (keyCol ? String(cellValue(keyCol, i) ?? '') : String(i));
  const env = `${table.id}|${ctx.locale}|${ctx.asOfDay}`;

  /** The structural key of an expression: equal keys, equal sets. */
  const key = (e: SetExpr): string => {
    switch (e.kind) {
      case 'ref': {
        let k = keys.get(e.id);
        if (k === undefined) {
          const d = defs.get(e.id);
          if (!d) throw new Error(`plan refers to ${e.id}, which it does not define`);
          keys.set(e.id, (k = key(d)));
        }
        return k;
      }
      case 'all': case 'none': return `${e.kind}|${table.id}`;
      case 'pred': return cache.intern(`p|${env}|${JSON.stringify(e.condition)}`);
      case 'and': case 'or': return cache.intern(`${e.kind}(${e.args.map(key).join(',')})`);
      case 'minus': return cache.intern(`minus(${key(e.base)};${e.args.map(key).join(',')})`);
      case 'not': return cache.intern(`not(${key(e.input)};${key(e.of)})`);
      case 'random': return cache.intern(`random(${key(e.input)};${e.seed};${e.from};${e.to})`);
      case 'value': return cache.intern(`value(${key(e.input)};${env};${e.column};${JSON.stringify([e.value, e.values])})`);
    }
  };

  /** The rows matching a condition (of `within` only, when given: such a set is not cached on its own). */
  const condition = (e: Extract<SetExpr, { kind: 'pred' }>, within?: Bitset): Bitset => {
    const column = findColumn(table, e.condition.column);
    cache.computed++;
    return column ? evaluateCondition(table, column, e.condition, ctx, within) : empty(rows);
  };

  const compute = (e: SetExpr): Bitset => {
    switch (e.kind) {
      case 'all': return full(rows);
      case 'none': return empty(rows);
      case 'ref': return set(defs.get(e.id)!);
      case 'pred': return condition(e);
      case 'and': {
        // A filter's conditions: when few rows reach them, test only those rows (unless a condition is cached).
        const parts = e.args.flatMap((a) => (a.kind === 'and' && a.args.every((x) => x.kind === 'pred') ? a.args : [a]));
        const conditions = parts.filter((a) => a.kind === 'pred');
        if (conditions.length && conditions.length < parts.length) {
          const reach = parts.filter((a) => a.kind !== 'pred').map(set).reduce((a, b) => and(a, b));
          if (popcount(reach) < rows >>> 3) return conditions.reduce((w, c) => { const known = cache.get(key(c)); return known ? and(w, known) : condition(c, w); }, reach);
        }
        return e.args.map(set).reduce((a, b) => and(a, b));
      }
      case 'or': return e.args.length ? e.args.map(set).reduce((a, b) => or(a, b)) : empty(rows);
      case 'minus': return e.args.map(set).reduce((a, b) => andNot(a, b), set(e.base));
      case 'not': return andNot(set(e.input), set(e.of));
      case 'random': {
        // Keys are hashed only for rows that reach a split (often a small part of the table), once per seed.
        const input = set(e.input);
        const split = cache.bucketsOf(table, e.seed);
        let state = -1;
        for (let w = 0; w < input.length; w++) {
          const todo = input[w] & ~split.hashed[w];
          if (todo === 0) continue;
          if (state < 0) state = seedState(e.seed);
          for (let word = todo; word !== 0; word &= word - 1) {
            const i = (w << 5) + 31 - Math.clz32(word & -word);
            split.buckets[i] = bucketOf(state, keyOf(i));
          }
          split.hashed[w] |= todo;
        }
        if (state >= 0) { split.version++; split.asked.clear(); }
        const lo = Math.round(e.from * 100), hi = Math.round(e.to * 100);
        const k = `range|${split.id}|${lo}|${hi}|${split.version}`;
        const known = cache.get(k);
        // Few rows reach the split: the first time, test only their buckets; asked again (the user is editing
        // upstream), range every row's bucket once, so each edit after is one AND.
        if (!known && popcount(input) < rows >>> 4 && !split.asked.has(k)) {
          split.asked.add(k);
          return inIntRange(split.buckets, rows, lo, hi, input);
        }
        const range = known ?? cache.put(k, and(split.hashed, inIntRange(split.buckets, rows, lo, hi)));
        return and(input, range);
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

  const set = (e: SetExpr): Bitset => {
    if (e.kind === 'ref' && !defs.has(e.id)) throw new Error(`plan refers to ${e.id}, which it does not define`);
    const k = key(e);
    return cache.get(k) ?? cache.put(k, compute(e));
  };

  return { set };
}

/** Per-node counts from an evaluation. */
export function nodeCounts(plan: Plan, ev: Evaluation): Record<string, NodeCount> {
  // Built from entries, never by assignment: a node or branch id may be `__proto__`.
  return Object.fromEntries(plan.nodes.map((n): [string, NodeCount] => {
    if (n.error) return [n.id, { count: 0, error: n.error }];
    const r: NodeCount = { count: popcount(ev.set(n.expr)) };
    if (n.input) r.input = popcount(ev.set(n.input));
    if (n.branches) r.branches = Object.fromEntries(Object.entries(n.branches).map(([b, e]) => [b, popcount(ev.set(e))]));
    if (n.reached) r.reached = popcount(ev.set(n.reached));
    if (n.steps) r.steps = n.steps.map((e) => popcount(ev.set(e)));
    return [n.id, r];
  }));
}
