// The engine: holds the imported tables and answers counts and members for a project. Runs in the worker and in Node.

import { compile } from '../model/compile';
import type { Plan, Schema } from '../model/plan';
import type { Project } from '../model/types';
import type { CountResult, MembersExport, MembersExportRequest, MembersPage, MembersPageRequest, MessagePreview, TextValueCounts } from './api';
import { membersFile } from './export-members';
import { foldedValueCounts } from './folded-value-counts';
import { smsInfo } from './sms';
import { renderMessage, unguardedFields } from './templates';
import { and, type Bitset, indexes, popcount } from './bitset';
import { MemberPages } from './members-page';
import { dayOf, isoOfDay } from './dates';
import { EvalCache, evaluatePlan, nodeCounts, type Evaluation } from './evaluate';
import { own } from '../model/split-branches';
import { cellValue, findColumn, type Table } from './table';
import { withTraits } from './traits';

/** The latest date in any date column of the table, as a day number; -Infinity when it has none. */
export function latestDay(table: Table): number {
  let max = -Infinity;
  for (const c of table.columns) {
    if (c.type !== 'date') continue;
    for (let i = 0; i < c.values.length; i++) if (c.values[i] > max) max = c.values[i];
  }
  return Number.isFinite(max) ? dayOf(max) : -Infinity;
}

export class Engine {
  private tables = new Map<string, Table>();
  private latest = new WeakMap<Table, number>();
  private cache = new EvalCache();
  private pages = new MemberPages();

  /** Adds or replaces a table; anything cached for a replaced table is dropped. */
  setTable(table: Table): void {
    this.traitMemo = undefined;
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

  /** Member orders sorted so far (cache misses of membersPage). */
  get ordersComputed(): number {
    return this.pages.computed;
  }

  /** Predicates computed so far (cache misses). */
  get predicatesComputed(): number {
    return this.cache.computed;
  }

  private run(project: Project): { plan: Plan; table?: Table; ev?: Evaluation; asOfDay?: number } {
    const plan = compile(project, this.schema());
    const table = this.tables.get(plan.table);
    if (!table) {
      for (const n of plan.nodes) n.error ??= { path: 'tables', key: 'engine.error.noData', params: { table: plan.table } };
      return { plan };
    }
    const asOfDay = plan.asOf ? dayOf(Date.parse(`${plan.asOf}T00:00:00Z`)) : this.latestOf([table, ...plan.traits.map((t) => this.tables.get(t.table))]);
    const ctx = { locale: plan.locale, asOfDay };
    const withData = this.traitsCache(table, plan, project, ctx);
    return { plan, table: withData, ev: evaluatePlan(plan, withData, ctx, this.cache), asOfDay };
  }

  /** The project's default "as of": the latest date in any of the tables, or today when none has dates. */
  private latestOf(tables: (Table | undefined)[]): number {
    let day = -Infinity;
    for (const t of tables) {
      if (!t) continue;
      let d = this.latest.get(t);
      if (d === undefined) this.latest.set(t, (d = latestDay(t)));
      day = Math.max(day, d);
    }
    return Number.isFinite(day) ? day : dayOf(Date.now());
  }

  private traitMemo?: { key: string; table: Table };
  /** The customers table with the project's traits, remembered while traits and data stay the same. */
  private traitsCache(table: Table, plan: Plan, project: Project, ctx: { locale: string; asOfDay: number }): Table {
    if (!plan.traits.length) return table;
    const key = JSON.stringify([table.id, plan.key, plan.traits, project.tables, ctx]);
    if (this.traitMemo?.key !== key || !this.traitMemo.table.columns.length) {
      this.traitMemo = { key, table: withTraits(table, plan.key, plan.traits, this.tables, project.tables, ctx) };
    }
    return this.traitMemo.table;
  }

  /** Counts every node of the project (notes omitted). */
  count(project: Project): CountResult {
    const t0 = performance.now();
    const { plan, table, ev, asOfDay } = this.run(project);
    const nodes = ev ? nodeCounts(plan, ev) : Object.fromEntries(plan.nodes.map((n) => [n.id, { count: 0, error: n.error }]));
    return { total: table?.rowCount ?? 0, nodes, ms: performance.now() - t0, ...(asOfDay === undefined ? {} : { asOf: isoOfDay(asOfDay) }) };
  }

  /**
   * How many members each `rows` node shares with each `cols` node: cell [i][j] = |rows[i] ∩ cols[j]|
   * (e.g. how each segment spreads over a journey's stages). A node that cannot be counted gives zeros.
   */
  overlap(project: Project, rows: string[], cols: string[]): number[][] {
    const { plan, ev } = this.run(project);
    const setOf = (id: string) => {
      const n = plan.nodes.find((x) => x.id === id);
      return ev && n && !n.error ? ev.set(n.expr) : undefined;
    };
    const colSets = cols.map(setOf);
    return rows.map((r) => {
      const a = setOf(r);
      return colSets.map((b) => (a && b ? popcount(and(a, b)) : 0));
    });
  }

  /** A node's members (or one split branch's): the table they are rows of (traits included) and their row indexes. */
  memberRows(project: Project, nodeId: string, branch?: string): { table?: Table; rows: Uint32Array } {
    const { table, set } = this.memberSet(project, nodeId, branch);
    return { table, rows: set ? indexes(set) : new Uint32Array(0) };
  }

  /** A node's (or split branch's) members as a set, absent when it cannot be counted; and the project's locale. */
  private memberSet(project: Project, nodeId: string, branch?: string): { table?: Table; set?: Bitset; locale: string } {
    const { plan, table, ev } = this.run(project);
    const node = plan.nodes.find((n) => n.id === nodeId);
    const expr = node && !node.error ? (branch ? own(node.branches, branch) : node.expr) : undefined;
    return { table, set: ev && expr ? ev.set(expr) : undefined, locale: plan.locale };
  }

  /** A window of a node's members sorted over all of them (see EngineApi.membersPage). */
  membersPage(project: Project, nodeId: string, branch: string | undefined, request: MembersPageRequest): MembersPage {
    const { table, set, locale } = this.memberSet(project, nodeId, branch);
    if (!table) return { columns: [], rows: [], total: 0, offset: 0 };
    if (!set) return { columns: table.columns.map((c) => ({ name: c.name, type: c.type })), rows: [], total: 0, offset: 0 };
    return this.pages.page(set, table, locale, request);
  }

  /** All members of a node (or split branch) as a file, with the message rendered per member when asked. */
  exportMembers(project: Project, nodeId: string, request: MembersExportRequest): Promise<MembersExport> {
    const { table, set, locale } = this.memberSet(project, nodeId, request.branch);
    return membersFile(project.nodes.find((n) => n.id === nodeId), table, set ? indexes(set) : new Uint32Array(0), locale, request);
  }

  /** A text column's values per folded value (see EngineApi.valueCounts); null for a missing table or a non-text column. */
  valueCounts(tableId: string, column: string, locale: string, limit: number): TextValueCounts | null {
    const table = this.tables.get(tableId);
    const c = table ? findColumn(table, column) : undefined;
    if (!table || c?.type !== 'text') return null;
    return foldedValueCounts(c, table.rowCount, locale, Math.max(0, Math.min(1000, Math.floor(limit))));
  }

  /** The node's message rendered for one of its members, with what a marketer must know before sending. */
  messagePreview(project: Project, nodeId: string, index: number): MessagePreview {
    const node = project.nodes.find((n) => n.id === nodeId);
    const message = node?.type === 'segment' || node?.type === 'stage' ? node.message : undefined;
    const { table, rows } = this.memberRows(project, nodeId);
    const at = Math.max(0, Math.min(index, rows.length - 1));
    if (!message || !table || rows.length === 0) return { total: rows.length, index: at, emptyFields: [] };
    const row = Object.fromEntries(table.columns.map((c) => [c.name, cellValue(c, rows[at])]));
    const out = renderMessage(message, row, project.locale);
    const fields = [...new Set([...unguardedFields(message.body ?? ''), ...(message.channel === 'email' ? unguardedFields(message.subject ?? '') : [])])];
    const emptyFields = fields.filter((f) => row[f] === null || row[f] === undefined || (typeof row[f] === 'string' && (row[f] as string).trim() === ''));
    if ('error' in out) return { total: rows.length, index: at, error: { ...out.error, field: out.field }, emptyFields };
    return { total: rows.length, index: at, rendered: out, emptyFields, ...(message.channel === 'sms' ? { sms: smsInfo(out.body) } : {}) };
  }
}
