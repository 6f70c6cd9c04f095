import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/model/compile';
import type { Schema } from '../../../src/model/plan';
import { restoreProject } from '../../../src/model/restore';
import type { Edge, Project, ProjectNode } from '../../../src/model/types';

const schema: Schema = { customers: { age: 'number', country: 'text', vip: 'boolean', joined: 'date', interests: 'tags' }, orders: { Amount: 'number', InvoiceDate: 'date' } };
const source: ProjectNode = { id: 'all', type: 'source', table: 'customers', position: { x: 0, y: 0 } };
const at = { position: { x: 0, y: 0 } };
function project(nodes: ProjectNode[], edges: Edge[], extra: Partial<Project> = {}): Project {
  return { format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [{ id: 'customers', role: 'customers' }, { id: 'orders', role: 'events' }], traits: [], nodes: [source, ...nodes], edges, ...extra };
}
const e = (source: string, target: string, more: Partial<Edge> = {}): Edge => ({ id: `${source}-${target}`, source, target, ...more });
const node = (plan: ReturnType<typeof compile>, id: string) => plan.nodes.find((n) => n.id === id)!;
const def = (plan: ReturnType<typeof compile>, id: string) => plan.defs.find((d) => d.id === id)!.expr;

describe('compile', () => {
  it('turns a source into all rows of the customers table', () => {
    const plan = compile(project([], []), schema);
    expect(plan).toMatchObject({ table: 'customers', locale: 'en', defs: [{ id: 'all', expr: { kind: 'all', table: 'customers' } }] });
    expect(plan.nodes).toEqual([{ id: 'all', expr: { kind: 'ref', id: 'all' } }]);
  });

  it('intersects a filter with its input, AND or OR over its conditions, NOT as input minus', () => {
    const f = { id: 'f', type: 'filter', match: 'any', negate: true, ...at, conditions: [{ column: 'age', op: 'lt', value: 30 }, { column: 'vip', op: 'isTrue' }] } as ProjectNode;
    const plan = compile(project([f], [e('all', 'f')]), schema);
    expect(def(plan, 'f')).toEqual({
      kind: 'not', input: { kind: 'ref', id: 'all' },
      of: { kind: 'or', args: [
        { kind: 'pred', table: 'customers', condition: { column: 'age', op: 'lt', value: 30 } },
        { kind: 'pred', table: 'customers', condition: { column: 'vip', op: 'isTrue' } },
      ] },
    });
    expect(node(plan, 'f').input).toEqual({ kind: 'ref', id: 'all' });
  });

  it('passes the input through a filter with no conditions, and NOT of it is nobody', () => {
    const f = { id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [] } as ProjectNode;
    expect(def(compile(project([f], [e('all', 'f')]), schema), 'f')).toEqual({ kind: 'ref', id: 'all' });
    expect(def(compile(project([{ ...f, negate: true } as ProjectNode], [e('all', 'f')]), schema), 'f')).toEqual({ kind: 'none' });
  });

  it('combines by union, intersect and exclude-from-base', () => {
    const a = { id: 'a', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'vip', op: 'isTrue' }] } as ProjectNode;
    const b = { id: 'b', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'age', op: 'gt', value: 60 }] } as ProjectNode;
    const edges = [e('all', 'a'), e('all', 'b'), e('a', 'c', { targetHandle: 'base' }), e('b', 'c')];
    for (const [mode, expr] of [
      ['union', { kind: 'or', args: [{ kind: 'ref', id: 'a' }, { kind: 'ref', id: 'b' }] }],
      ['intersect', { kind: 'and', args: [{ kind: 'ref', id: 'a' }, { kind: 'ref', id: 'b' }] }],
      ['exclude', { kind: 'minus', base: { kind: 'ref', id: 'a' }, args: [{ kind: 'ref', id: 'b' }] }],
    ] as const) {
      const plan = compile(project([a, b, { id: 'c', type: 'combine', mode, ...at } as ProjectNode], edges), schema);
      expect(def(plan, 'c')).toEqual(expr);
    }
  });

  it('takes an exclude\'s first connected input as its base until another is marked', () => {
    const c = { id: 'c', type: 'combine', mode: 'exclude', ...at } as ProjectNode;
    const plan = compile(project([c], [e('all', 'c')]), schema);
    expect(node(plan, 'c').error).toBeUndefined();
    expect(def(plan, 'c')).toEqual({ kind: 'minus', base: { kind: 'ref', id: 'all' }, args: [] });
  });

  it('splits at random into consecutive percent ranges, and an edge by handle carries one branch', () => {
    const s = { id: 's', type: 'split', kind: 'random', seed: 7, ...at, branches: [{ id: 'a', label: 'A', percent: 45 }, { id: 'b', label: 'B', percent: 45 }, { id: 'h', label: 'Hold-out', percent: 10 }] } as ProjectNode;
    const seg = { id: 'v', type: 'segment', name: 'A', color: '#000', ...at } as ProjectNode;
    const plan = compile(project([s, seg], [e('all', 's'), e('s', 'v', { sourceHandle: 'b' })]), schema);
    expect(def(plan, 's#b')).toEqual({ kind: 'random', table: 'customers', input: { kind: 'ref', id: 'all' }, seed: 7, from: 45, to: 90 });
    expect(def(plan, 's#h')).toMatchObject({ from: 90, to: 100 });
    expect(node(plan, 's').branches).toEqual({ a: { kind: 'ref', id: 's#a' }, b: { kind: 'ref', id: 's#b' }, h: { kind: 'ref', id: 's#h' } });
    expect(def(plan, 'v')).toEqual({ kind: 'ref', id: 's#b' });
  });

  it('splits by value with an "other" branch', () => {
    const s = { id: 's', type: 'split', kind: 'value', column: 'country', values: ['AZ', 'TR'], ...at } as ProjectNode;
    const plan = compile(project([s], [e('all', 's')]), schema);
    expect(Object.keys(node(plan, 's').branches!)).toEqual(['AZ', 'TR', 'other']);
    expect(def(plan, 's#other')).toEqual({ kind: 'value', table: 'customers', input: { kind: 'ref', id: 'all' }, column: 'country', value: null, values: ['AZ', 'TR'] });
  });

  it('puts each customer in the furthest stage of a chain it qualifies for', () => {
    const stage = (id: string, column: string, op: string, value?: unknown) =>
      ({ id, type: 'stage', name: id, match: 'all', ...at, conditions: [{ column, op, ...(value === undefined ? {} : { value }) }] }) as ProjectNode;
    const plan = compile(project([stage('aw', 'vip', 'isNotEmpty'), stage('co', 'age', 'gt', 30), stage('de', 'vip', 'isTrue')], [e('all', 'aw'), e('aw', 'co'), e('co', 'de')]), schema);
    const p = (column: string, op: string, value?: unknown) => ({ kind: 'pred', table: 'customers', condition: { column, op, ...(value === undefined ? {} : { value }) } });
    const input = { kind: 'ref', id: 'all' };
    expect(def(plan, 'aw')).toEqual({ kind: 'minus', base: { kind: 'and', args: [input, p('vip', 'isNotEmpty')] }, args: [p('age', 'gt', 30), p('vip', 'isTrue')] });
    expect(def(plan, 'de')).toEqual({ kind: 'and', args: [input, p('vip', 'isTrue')] });
    expect(def(plan, 'co@reached')).toEqual({ kind: 'and', args: [input, { kind: 'or', args: [p('age', 'gt', 30), p('vip', 'isTrue')] }] });
    expect(node(plan, 'co')).toMatchObject({ input: { kind: 'ref', id: 'aw@reached' }, reached: { kind: 'ref', id: 'co@reached' } });
    expect(node(plan, 'aw').input).toEqual(input);
  });

  it('leaves notes out of the plan', () => {
    const plan = compile(project([{ id: 'n', type: 'note', text: 'hi', ...at } as ProjectNode], []), schema);
    expect(plan.nodes.map((n) => n.id)).toEqual(['all']);
  });

  it.each([
    ['an unconnected filter', [{ id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [] }], [], 'f', { path: 'nodes[1]', key: 'model.error.noInput' }],
    ['an unknown column', [{ id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'zodiac', op: 'eq', value: 'leo' }] }], [e('all', 'f')], 'f',
      { path: 'nodes[1].conditions[0].column', key: 'model.error.unknownColumn', params: { column: 'zodiac', op: 'eq', type: '' } }],
    ['an op that does not fit', [{ id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'age', op: 'contains', value: '3' }] }], [e('all', 'f')], 'f',
      { path: 'nodes[1].conditions[0].op', key: 'model.error.opType', params: { column: 'age', op: 'contains', type: 'number' } }],
    ['a source on an events table', [{ id: 'o', type: 'source', table: 'orders', ...at }], [], 'o', { path: 'nodes[1].table', key: 'model.error.notCustomers', params: { table: 'orders' } }],
  ])('marks %s as a problem, never a silent zero', (_, nodes, edges, id, error) => {
    const plan = compile(project(nodes as ProjectNode[], edges as Edge[]), schema);
    expect(node(plan, id)).toEqual({ id, expr: { kind: 'none' }, error });
  });

  it('marks what follows a broken node as broken too', () => {
    const f = { id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'zodiac', op: 'isEmpty' }] } as ProjectNode;
    const s = { id: 's', type: 'segment', name: 's', color: '#000', ...at } as ProjectNode;
    expect(node(compile(project([f, s], [e('all', 'f'), e('f', 's')]), schema), 's').error).toEqual({ path: 'nodes[2]', key: 'model.error.inputInvalid' });
  });

  it('marks nodes on a loop', () => {
    const f = (id: string) => ({ id, type: 'filter', match: 'all', negate: false, ...at, conditions: [] }) as ProjectNode;
    const plan = compile(project([f('a'), f('b')], [e('a', 'b'), e('b', 'a')]), schema);
    expect(node(plan, 'a').error?.key).toBe('model.error.cycle');
  });

  it('knows trait columns and their types', () => {
    const f = { id: 'f', type: 'filter', match: 'all', negate: false, ...at, conditions: [{ column: 'last_order', op: 'inLast', value: { amount: 90, unit: 'day' } }] } as ProjectNode;
    const plan = compile(project([f], [e('all', 'f')], { traits: [{ id: 'last_order', table: 'orders', agg: 'max', column: 'InvoiceDate' }] }), schema);
    expect(node(plan, 'f').error).toBeUndefined();
  });
});

describe('golden plans', () => {
  const dir = 'test/fixtures/projects';
  for (const file of readdirSync(dir)) {
    it(`compiles ${file} to its golden plan`, () => {
      const r = restoreProject(readFileSync(`${dir}/${file}`, 'utf8'));
      if (!r.ok) throw new Error(JSON.stringify(r.problem));
      const plan = compile(r.project, JSON.parse(readFileSync('test/fixtures/plans/schema.json', 'utf8')));
      const golden = `test/fixtures/plans/${file}`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, JSON.stringify(plan, null, 2) + '\n');
      expect(plan).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
    });
  }
});
