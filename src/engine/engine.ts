// The engine: holds the imported tables and answers counts and members for a project. Runs in the worker and in Node.

import { compile } from '../model/compile';
import type { Plan, Schema } from '../model/plan';
import type { Project } from '../model/types';
import type { CountResult, MemberSample } from './api';
import { type Bitset, indexes } from './bitset';
import { dayOf } from './dates';
import { EvalCache, evaluatePlan, nodeCounts, type Evaluation } from './evaluate';
import { cellValue, type Table } from './table';

/** The latest date in any date column of the table, as a day number; today when there is none. */
export function latestDay(table: Table): number {
  let max = -Infinity;
  for (const c of table.columns) {
    if (c.type !== 'date') continue;
    for (let i = 0; i < c.values.length; i++) if (c.values[i] > max) max = c.values[i];
  }
  return Number.isFinite(max) ? dayOf(max) : dayOf(Date.now());
}

export class Engine {
  private tables = new Map<string, Table>();
  private latest = new WeakMap<Table, number>();
  private cache = new EvalCache();

  /** Adds or replaces a table; anything cached for a replaced table is dropped. */
  setTable(table: Table): void {
    if (this.tables.has(table.id)) this.cache.clear();
    this.tables.set(table.id, table);
  }

  removeTable(id: string): void {
    this.cache.clear();
    this.tables.delete(id);
  }

  getTable(id: string): Table | undefined {
    return this.tables.get(id);
  }

  /** Column types of every table. */
  schema(): Schema {
    const s: Schema = {};
    for (const t of this.tables.values()) s[t.id] = Object.fromEntries(t.columns.map((c) => [c.name, c.type]));
    return s;
  }

  /** Predicates computed so far (cache misses). */
  get predicatesComputed(): number {
    return this.cache.computed;
  }

  private run(project: Project): { plan: Plan; table?: Table; ev?: Evaluation } {
    const plan = compile(project, this.schema());
    const table = this.tables.get(plan.table);
    if (!table) {
      for (const n of plan.nodes) n.error ??= { path: 'tables', key: 'engine.error.noData', params: { table: plan.table } };
      return { plan };
    }
    let asOfDay = plan.asOf ? dayOf(Date.parse(`${plan.asOf}T00:00:00Z`)) : this.latest.get(table);
    if (asOfDay === undefined) this.latest.set(table, (asOfDay = latestDay(table)));
    return { plan, table, ev: evaluatePlan(plan, table, { locale: plan.locale, asOfDay }, this.cache) };
  }

  /** Counts every node of the project (notes omitted). */
  count(project: Project): CountResult {
    const t0 = performance.now();
    const { plan, table, ev } = this.run(project);
    const nodes = ev ? nodeCounts(plan, ev) : Object.fromEntries(plan.nodes.map((n) => [n.id, { count: 0, error: n.error }]));
    return { total: table?.rowCount ?? 0, nodes, ms: performance.now() - t0 };
  }

  /** Row indexes of a node's members (or of one split branch). */
  memberRows(project: Project, nodeId: string, branch?: string, limit = Infinity): Uint32Array {
    const { plan, ev } = this.run(project);
    const node = plan.nodes.find((n) => n.id === nodeId);
    if (!ev || !node || node.error) return new Uint32Array(0);
    const expr = branch ? node.branches?.[branch] : node.expr;
    if (!expr) return new Uint32Array(0);
    const set: Bitset = ev.set(expr);
    return indexes(set, limit);
  }

  /** The first `limit` members of a node, as plain rows. */
  members(project: Project, nodeId: string, branch: string | undefined, limit: number): MemberSample {
    const all = this.memberRows(project, nodeId, branch);
    const table = this.tables.get(compile(project, this.schema()).table);
    if (!table) return { columns: [], rows: [], total: 0 };
    const rows = Array.from(all.subarray(0, limit), (i) => table.columns.map((c) => cellValue(c, i)));
    return { columns: table.columns.map((c) => c.name), rows, total: all.length };
  }
}
