// The compiler: a project's canvas graph → a plain-JSON plan of set expressions over atomic predicates.

import type { Problem } from '../i18n/problem';
import { isAnnotation } from './annotation';
import { excludeBaseIndex } from './combine-commands';
import { edgeIndex, type EdgeIndex, topoOrder } from './graph';
import { checkCondition } from './operators';
import { own, splitBranches } from './split-branches';
import type { Plan, PlanNode, Schema, SetExpr } from './plan';
import type { ColumnType, Condition, Edge, Project, ProjectNode, StageNode, Trait } from './types';

const NONE: SetExpr = { kind: 'none' };
const ref = (id: string): SetExpr => ({ kind: 'ref', id });
/** The def id of a split branch's set. */
export const branchDefId = (nodeId: string, branch: string): string => `${nodeId}#${branch}`;

/**
 * Column types of the customers table, with the trait columns added. A Map, since column names are the user's text:
 * a column named `constructor` or `__proto__` is a column like any other, and one that does not exist is absent.
 */
export function customersSchema(project: Project, schema: Schema, table: string): Map<string, ColumnType> {
  const cols = new Map(Object.entries(own(schema, table) ?? {}));
  for (const t of project.traits) cols.set(t.id, traitType(t, schema));
  return cols;
}

/**
 * The first problem of each trait's conditions, by trait id, checked against its events table like a filter's: the
 * engine computes every trait of the plan, and one whose condition does not fit its column would stop every count.
 */
function traitProblems(project: Project, schema: Schema): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  project.traits.forEach((t, i) => {
    const columns = own(schema, t.table);
    if (!columns) return;
    for (const [j, c] of (t.where ?? []).entries()) {
      const problem = checkCondition(c, own(columns, c.column), `traits[${i}].where[${j}]`);
      if (problem) return void problems.set(t.id, problem);
    }
  });
  return problems;
}

function traitType(t: Trait, schema: Schema): ColumnType {
  if (t.agg === 'min' || t.agg === 'max' || t.agg === 'first' || t.agg === 'last') {
    return (t.column && own(own(schema, t.table), t.column)) || 'number';
  }
  return 'number';
}

interface Ctx {
  project: Project;
  table: string;
  columns: Map<string, ColumnType>;
  /** Traits whose conditions have a problem: a condition on one reports it. */
  traitProblems: Map<string, Problem>;
  index: Map<string, number>;
  /** Nodes by id, and edges by their ends: looked up once per node, so compiling stays linear in the project's size. */
  byId: Map<string, ProjectNode>;
  edges: EdgeIndex;
  defs: Plan['defs'];
  out: Map<string, PlanNode>;
}

/** The set carried by an edge: a split branch when it leaves a split by a branch handle, else the source's output. */
function edgeSet(ctx: Ctx, e: Edge): SetExpr | Problem {
  const src = ctx.out.get(e.source);
  if (!src || src.error) return { path: `nodes[${ctx.index.get(e.target)}]`, key: 'model.error.inputInvalid' };
  if (e.sourceHandle && own(src.branches, e.sourceHandle)) return ref(branchDefId(e.source, e.sourceHandle));
  return ref(e.source);
}

const isProblem = (x: SetExpr | Problem): x is Problem => 'key' in x;

/** The predicates of a filter's or stage's conditions, in order; a Problem for the first bad condition. */
function conditionPreds(ctx: Ctx, conditions: Condition[], path: string): SetExpr[] | Problem {
  const preds: SetExpr[] = [];
  for (let i = 0; i < conditions.length; i++) {
    const c = conditions[i];
    const problem = ctx.traitProblems.get(c.column) ?? checkCondition(c, ctx.columns.get(c.column), `${path}.conditions[${i}]`);
    if (problem) return problem;
    preds.push({ kind: 'pred', table: ctx.table, condition: { column: c.column, op: c.op, ...(c.value === undefined ? {} : { value: c.value }) } });
  }
  return preds;
}

/** Predicates combined by all / any; null when there are none. */
function combined(preds: SetExpr[], match: 'all' | 'any'): SetExpr | null {
  if (preds.length === 0) return null;
  if (preds.length === 1) return preds[0];
  return { kind: match === 'all' ? 'and' : 'or', args: preds };
}

/** The conditions of a filter or stage as one set over the whole table; null when there are none. */
function conditionsSet(ctx: Ctx, conditions: Condition[], match: 'all' | 'any', path: string): SetExpr | Problem | null {
  const preds = conditionPreds(ctx, conditions, path);
  return Array.isArray(preds) ? combined(preds, match) : preds;
}

/** The running sets after each condition: each step narrows (all) or widens (any) the one before by one predicate. */
function runningSteps(input: SetExpr, preds: SetExpr[], match: 'all' | 'any'): SetExpr[] {
  const steps: SetExpr[] = [];
  for (const p of preds) {
    const prev = steps[steps.length - 1];
    if (!prev) steps.push({ kind: 'and', args: [input, p] });
    else steps.push(match === 'all' ? { kind: 'and', args: [prev, p] } : { kind: 'or', args: [prev, { kind: 'and', args: [input, p] }] });
  }
  return steps;
}

function single(ctx: Ctx, n: ProjectNode, path: string): SetExpr | Problem {
  const ins = ctx.edges.incoming(n.id);
  if (ins.length === 0) return { path, key: 'model.error.noInput' };
  if (ins.length > 1) return { path, key: 'model.error.tooManyInputs' };
  return edgeSet(ctx, ins[0]);
}

function compileNode(ctx: Ctx, n: ProjectNode, path: string): PlanNode {
  const bad = (p: Problem): PlanNode => ({ id: n.id, expr: NONE, error: p });
  switch (n.type) {
    case 'source': {
      const t = ctx.project.tables.find((x) => x.id === n.table);
      if (!t) return bad({ path: `${path}.table`, key: 'model.error.unknownTable', params: { table: n.table } });
      if (n.table !== ctx.table) return bad({ path: `${path}.table`, key: 'model.error.notCustomers', params: { table: n.table } });
      return { id: n.id, expr: { kind: 'all', table: ctx.table } };
    }
    case 'filter': {
      const input = single(ctx, n, path);
      if (isProblem(input)) return bad(input);
      const preds = conditionPreds(ctx, n.conditions, path);
      if (!Array.isArray(preds)) return bad(preds);
      const cond = combined(preds, n.match);
      if (!cond) return { id: n.id, input, expr: n.negate ? NONE : input };
      const steps = preds.length > 1 ? { steps: runningSteps(input, preds, n.match) } : {};
      return { id: n.id, input, expr: n.negate ? { kind: 'not', input, of: cond } : { kind: 'and', args: [input, cond] }, ...steps };
    }
    case 'segment': {
      const input = single(ctx, n, path);
      return isProblem(input) ? bad(input) : { id: n.id, input, expr: input };
    }
    case 'combine': {
      const ins = ctx.edges.incoming(n.id);
      if (ins.length === 0) return bad({ path, key: 'model.error.noInput' });
      const sets: SetExpr[] = [];
      for (const e of ins) {
        const s = edgeSet(ctx, e);
        if (isProblem(s)) return bad(s);
        sets.push(s);
      }
      if (n.mode === 'exclude') {
        const b = excludeBaseIndex(ins);
        return { id: n.id, input: sets[b], expr: { kind: 'minus', base: sets[b], args: sets.filter((_, i) => i !== b) } };
      }
      const input: SetExpr = { kind: 'or', args: sets };
      return { id: n.id, input, expr: n.mode === 'union' ? input : { kind: 'and', args: sets } };
    }
    case 'split': {
      const input = single(ctx, n, path);
      if (isProblem(input)) return bad(input);
      // Keyed by a Map: a branch id may be any value of the data (`other`, `__proto__`).
      const branches = new Map<string, SetExpr>();
      if (n.kind === 'random') {
        // Shares past 100 % in all would be cut from the last branches without a word: the split says so instead.
        const total = n.branches.reduce((sum, b) => sum + b.percent, 0);
        if (total > 100 + 1e-9) return bad({ path: `${path}.branches`, key: 'model.error.percentOver', params: { total: Math.round(total * 100) / 100 } });
        let from = 0;
        for (const b of n.branches) {
          const to = Math.min(100, from + b.percent);
          if (!branches.has(b.id)) branches.set(b.id, { kind: 'random', table: ctx.table, input, seed: n.seed, from, to });
          from = to;
        }
      } else {
        if (!ctx.columns.has(n.column)) return bad({ path: `${path}.column`, key: 'model.error.unknownColumn', params: { column: n.column } });
        for (const b of splitBranches(n)) {
          branches.set(b.id, { kind: 'value', table: ctx.table, input, column: n.column, value: b.other ? null : b.id, values: n.values });
        }
      }
      for (const [b, expr] of branches) ctx.defs.push({ id: branchDefId(n.id, b), expr });
      const refs = Object.fromEntries([...branches.keys()].map((b) => [b, ref(branchDefId(n.id, b))]));
      return { id: n.id, input, expr: { kind: 'or', args: Object.values(refs) }, branches: refs };
    }
    default:
      return bad({ path, key: 'model.error.noInput' });
  }
}

/** The chain of stages starting at `first`, following stage → stage edges. */
function stageChain(ctx: Ctx, first: StageNode): StageNode[] {
  const chain: StageNode[] = [first];
  const seen = new Set([first.id]);
  for (;;) {
    const last = chain[chain.length - 1];
    const next = ctx.edges.outgoing(last.id)
      .map((e) => ctx.byId.get(e.target))
      .find((x): x is StageNode => x?.type === 'stage' && !seen.has(x.id));
    if (!next) return chain;
    seen.add(next.id);
    chain.push(next);
  }
}

/** Compiles a journey: each member of the chain's input belongs to the furthest stage whose conditions it meets. */
function compileChain(ctx: Ctx, chain: StageNode[]): void {
  const first = chain[0];
  const fail = (p: Problem, at: number) => chain.forEach((s, i) => {
    ctx.out.set(s.id, { id: s.id, expr: NONE, error: i === at ? p : { path: `nodes[${ctx.index.get(s.id)}]`, key: 'model.error.inputInvalid' } });
  });
  const ins = ctx.edges.incoming(first.id);
  const path0 = `nodes[${ctx.index.get(first.id)}]`;
  if (ins.length !== 1) return fail({ path: path0, key: ins.length ? 'model.error.tooManyInputs' : 'model.error.noInput' }, 0);
  const input = edgeSet(ctx, ins[0]);
  if (isProblem(input)) return fail(input, 0);
  const conds: SetExpr[] = [];
  for (let i = 0; i < chain.length; i++) {
    const s = chain[i];
    const c = conditionsSet(ctx, s.conditions, s.match, `nodes[${ctx.index.get(s.id)}]`);
    if (c && isProblem(c)) return fail(c, i);
    conds.push(c ?? { kind: 'all', table: ctx.table });
  }
  chain.forEach((s, k) => {
    const later = conds.slice(k + 1);
    const inStage: SetExpr = { kind: 'and', args: [input, conds[k]] };
    const expr: SetExpr = later.length ? { kind: 'minus', base: inStage, args: later } : inStage;
    const reached: SetExpr = { kind: 'and', args: [input, { kind: 'or', args: conds.slice(k) }] };
    ctx.defs.push({ id: `${s.id}@reached`, expr: reached });
    const stageInput = k === 0 ? input : ref(`${chain[k - 1].id}@reached`);
    ctx.out.set(s.id, { id: s.id, input: stageInput, expr, reached: ref(`${s.id}@reached`) });
  });
}

/** Compiles the canvas into a plan. Nodes that cannot be counted carry a Problem and the empty set. */
export function compile(project: Project, schema: Schema): Plan {
  const customers = project.tables.find((t) => t.role === 'customers');
  const table = customers?.id ?? '';
  const ctx: Ctx = {
    project, table, columns: customersSchema(project, schema, table), traitProblems: traitProblems(project, schema),
    index: new Map(project.nodes.map((n, i) => [n.id, i])), byId: new Map(project.nodes.map((n) => [n.id, n])),
    edges: edgeIndex(project), defs: [], out: new Map(),
  };
  const ordered = topoOrder(project);
  const inOrder = new Set(ordered.map((n) => n.id));
  for (const n of ordered) {
    if (isAnnotation(n)) continue;
    const path = `nodes[${ctx.index.get(n.id)}]`;
    if (!customers) { ctx.out.set(n.id, { id: n.id, expr: NONE, error: { path: 'tables', key: 'model.error.noCustomersTable' } }); continue; }
    if (n.type === 'stage') {
      // A stage's set is computed with its whole chain, when the chain's first stage comes up.
      const fromStage = ctx.edges.incoming(n.id).some((e) => ctx.byId.get(e.source)?.type === 'stage');
      if (!fromStage) compileChain(ctx, stageChain(ctx, n));
      else if (!ctx.out.has(n.id)) ctx.out.set(n.id, { id: n.id, expr: NONE, error: { path, key: 'model.error.inputInvalid' } });
    } else {
      ctx.out.set(n.id, compileNode(ctx, n, path));
    }
    const out = ctx.out.get(n.id)!;
    ctx.defs.push({ id: n.id, expr: out.expr });
  }
  const nodes: PlanNode[] = [];
  for (const n of project.nodes) {
    if (isAnnotation(n)) continue;
    const out = inOrder.has(n.id) ? ctx.out.get(n.id)! : { id: n.id, expr: NONE, error: { path: `nodes[${ctx.index.get(n.id)}]`, key: 'model.error.cycle' } };
    nodes.push({ ...out, expr: out.error ? NONE : ref(n.id) });
  }
  return {
    table, ...(customers?.key ? { key: customers.key } : {}), locale: project.locale,
    ...(project.asOf ? { asOf: project.asOf } : {}), traits: project.traits.filter((t) => !ctx.traitProblems.has(t.id)), defs: ctx.defs, nodes,
  };
}
