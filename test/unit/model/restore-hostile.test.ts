// Hostile project files: fields the engine would die on later, and projects past the stated limits, are refused at
// restore with the field path; a byte order mark before the JSON is not a reason to refuse.

import { describe, expect, it } from 'vitest';
import { restoreProject } from '../../../src/model/restore';

const minimal = { format: 'audience-canvas', version: 1, name: 'Spring', tables: [{ id: 'customers', role: 'customers' }], nodes: [], edges: [] };
const source = { id: 'all', type: 'source', table: 'customers' };
const problem = (json: unknown) => {
  const r = restoreProject(json);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};
const filter = (conditions: unknown[]) => ({ ...minimal, nodes: [source, { id: 'f', type: 'filter', conditions }] });
const segment = (message: unknown) => ({ ...minimal, nodes: [source, { id: 'g', type: 'segment', name: 'G', message }] });
const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe('restore refuses fields the engine cannot use', () => {
  it.each([
    ['a locale Intl refuses', { ...minimal, locale: 'not a locale!!' }, { path: 'locale', key: 'model.restore.locale', params: { locale: 'not a locale!!' } }],
    ['an empty locale', { ...minimal, locale: '' }, { path: 'locale', key: 'model.restore.locale', params: { locale: '' } }],
    ['a 13th month', { ...minimal, asOf: '2024-13-45' }, { path: 'asOf', key: 'model.restore.asOf', params: { value: '2024-13-45' } }],
    ['31 February', { ...minimal, asOf: '2024-02-31' }, { path: 'asOf', key: 'model.restore.asOf', params: { value: '2024-02-31' } }],
    ['29 February of a common year', { ...minimal, asOf: '2023-02-29' }, { path: 'asOf', key: 'model.restore.asOf', params: { value: '2023-02-29' } }],
    ['a day 00', { ...minimal, asOf: '2024-01-00' }, { path: 'asOf', key: 'model.restore.asOf', params: { value: '2024-01-00' } }],
    ['a number as asOf', { ...minimal, asOf: 20240101 }, { path: 'asOf', key: 'model.restore.asOf', params: { value: '20240101' } }],
    ['a date format that is not text', { ...minimal, tables: [{ id: 'customers', role: 'customers', columns: { signup: { type: 'date', format: 12 } } }] },
      { path: 'tables[0].columns.signup.format', key: 'model.restore.expected', params: { expected: 'text' } }],
    ['a decimal separator that is neither point nor comma', { ...minimal, tables: [{ id: 'customers', role: 'customers', columns: { amount: { type: 'number', decimal: ';' } } }] },
      { path: 'tables[0].columns.amount.decimal', key: 'model.restore.oneOf', params: { values: '., ,' } }],
    ['a tag separator that is not text', { ...minimal, tables: [{ id: 'customers', role: 'customers', columns: { tags: { type: 'tags', separator: ['|'] } } }] },
      { path: 'tables[0].columns.tags.separator', key: 'model.restore.expected', params: { expected: 'text' } }],
  ])('refuses %s', (_, json, want) => {
    expect(problem(json)).toEqual(want);
  });

  it.each([['en'], ['tr'], ['fa-IR'], ['zh-Hant-TW'], ['EN-us']])('keeps the language tag %s as written', (locale) => {
    const r = restoreProject({ ...minimal, locale });
    expect(r.ok && r.project.locale).toBe(locale);
  });

  it.each([['2024-02-29'], ['2011-12-09'], ['0024-02-29'], ['2000-02-29']])('keeps the day %s', (asOf) => {
    const r = restoreProject({ ...minimal, asOf });
    expect(r.ok && r.project.asOf).toBe(asOf);
  });

  it('keeps a column spec for a column named __proto__ as its own entry, and every other column', () => {
    const json = `{"format":"audience-canvas","version":1,"tables":[{"id":"customers","role":"customers","columns":{"__proto__":{"type":"text"},"signup":{"type":"date","format":"D.M.YYYY"}}}]}`;
    const r = restoreProject(json);
    if (!r.ok) throw new Error(r.problem.key);
    const cols = r.project.tables[0].columns!;
    expect(Object.keys(cols)).toEqual(['__proto__', 'signup']);
    expect(Object.hasOwn(cols, '__proto__') && cols['__proto__']).toEqual({ type: 'text' });
    expect(Object.getPrototypeOf(cols)).toBe(Object.prototype);
  });
});

describe('a project file starting with a byte order mark', () => {
  it('opens as the same project', () => {
    const text = JSON.stringify({ ...minimal, nodes: [source] });
    const plain = restoreProject(text);
    const marked = restoreProject(`\uFEFF${text}`);
    expect(marked).toEqual(plain);
    expect(marked.ok && marked.project.nodes.map((n) => n.id)).toEqual(['all']);
  });
});

describe('projects past the stated limits', () => {
  const limit = (key: string, path: string, count: number, max: number) => ({ path, key: `model.restore.${key}`, params: { count, limit: max } });

  it.each([
    ['5,001 cards', { ...minimal, nodes: times(5001, (i) => ({ id: `n${i}`, type: 'note' })) }, limit('tooManyNodes', 'nodes', 5001, 5000)],
    ['101 journey stages, named at the first one past the limit', { ...minimal, nodes: [source, { id: 'n', type: 'note' }, ...times(101, (i) => ({ id: `s${i}`, type: 'stage' }))] },
      limit('tooManyStages', 'nodes[102]', 101, 100)],
    ['20,001 connections', { ...minimal, nodes: [source, { id: 'u', type: 'combine' }], edges: times(20001, (i) => ({ id: `e${i}`, source: 'all', target: 'u' })) },
      limit('tooManyEdges', 'edges', 20001, 20000)],
    ['501 conditions in a filter', filter(times(501, () => ({ column: 'age', op: 'gt', value: 1 }))), limit('tooManyConditions', 'nodes[1].conditions', 501, 500)],
    ['501 conditions in a stage', { ...minimal, nodes: [source, { id: 's', type: 'stage', conditions: times(501, () => ({ column: 'age', op: 'isEmpty' })) }] },
      limit('tooManyConditions', 'nodes[1].conditions', 501, 500)],
    ['501 conditions in a trait', { ...minimal, traits: [{ id: 'n', table: 'events', agg: 'count', where: times(501, () => ({ column: 'x', op: 'isEmpty' })) }] },
      limit('tooManyConditions', 'traits[0].where', 501, 500)],
    ['10,001 values in one condition', filter([{ column: 'city', op: 'in', value: times(10001, (i) => `c${i}`) }]),
      limit('tooManyValues', 'nodes[1].conditions[0].value', 10001, 10000)],
    ['1,001 values to split by', { ...minimal, nodes: [source, { id: 's', type: 'split', kind: 'value', column: 'city', values: times(1001, (i) => `c${i}`) }] },
      limit('tooManySplitValues', 'nodes[1].values', 1001, 1000)],
    ['2,005 conditions in five filters, at the 2,001st', { ...minimal, nodes: [source, ...times(5, (k) => ({ id: `f${k}`, type: 'filter', conditions: times(401, () => ({ column: 'age', op: 'isEmpty' })) }))] },
      { path: 'nodes[5].conditions[396]', key: 'model.restore.tooManyConditionsInAll', params: { limit: 2000 } }],
    ['110,000 values listed in eleven conditions, at the eleventh', filter(times(11, () => ({ column: 'city', op: 'in', value: times(10_000, (i) => `c${i}`) }))),
      { path: 'nodes[1].conditions[10].value', key: 'model.restore.tooManyValuesInAll', params: { limit: 100_000 } }],
    ['2,400 values in three splits, at the third', { ...minimal, nodes: [source, ...times(3, (k) => ({ id: `s${k}`, type: 'split', kind: 'value', column: 'city', values: times(800, (i) => `c${i}`) }))] },
      { path: 'nodes[3].values', key: 'model.restore.tooManySplitValuesInAll', params: { limit: 2000 } }],
    ['101 random branches', { ...minimal, nodes: [source, { id: 's', type: 'split', kind: 'random', branches: times(101, (i) => ({ id: `b${i}`, percent: 0 })) }] },
      limit('tooManyBranches', 'nodes[1].branches', 101, 100)],
    ['a message body of 100,001 characters', segment({ body: 'x'.repeat(100_001) }), limit('templateTooLong', 'nodes[1].message.body', 100_001, 100_000)],
    ['a subject of 100,001 characters', segment({ body: '', subject: '{{ a }}'.repeat(14_286) }), limit('templateTooLong', 'nodes[1].message.subject', 100_002, 100_000)],
  ])('refuses %s, naming the limit and the path', (_, json, want) => {
    expect(problem(json)).toEqual(want);
  });

  it.each([
    ['5,000 cards', { ...minimal, nodes: times(5000, (i) => ({ id: `n${i}`, type: 'note' })) }],
    ['100 journey stages', { ...minimal, nodes: [source, ...times(100, (i) => ({ id: `s${i}`, type: 'stage' }))] }],
    ['500 conditions', filter(times(500, () => ({ column: 'age', op: 'gt', value: 1 })))],
    ['10,000 values in a condition', filter([{ column: 'city', op: 'in', value: times(10000, (i) => `c${i}`) }])],
    ['two splits of 1,000 values', { ...minimal, nodes: [source, ...times(2, (k) => ({ id: `s${k}`, type: 'split', kind: 'value', column: 'city', values: times(1000, (i) => `c${i}`) }))] }],
    ['2,000 conditions in four filters', { ...minimal, nodes: [source, ...times(4, (k) => ({ id: `f${k}`, type: 'filter', conditions: times(500, () => ({ column: 'age', op: 'isEmpty' })) }))] }],
    ['a body of 100,000 characters', segment({ body: 'x'.repeat(100_000) })],
  ])('accepts %s, right at the limit', (_, json) => {
    expect(restoreProject(json).ok).toBe(true);
  });

  it('refuses a 100,000-card fan at restore without reading each card', () => {
    const nodes = [source, ...times(100_000, (i) => ({ id: `f${i}`, type: 'filter' }))];
    const edges = times(100_000, (i) => ({ id: `e${i}`, source: 'all', target: `f${i}` }));
    expect(problem(JSON.stringify({ ...minimal, nodes, edges }))).toEqual(limit('tooManyNodes', 'nodes', 100_001, 5000));
  }, 60_000);
});

describe('a file nested deeper than saving, cloning and writing can follow', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const file = (x: string) => `{"format":"audience-canvas","version":1,"x":${x}}`;

  it('refuses an unknown field nested 100,000 levels deep, at the first level past 100', () => {
    expect(problem(file(nested(100_000)))).toEqual({ path: `x${'[0]'.repeat(99)}`, key: 'model.restore.tooDeep', params: { limit: 100 } });
  }, 30_000);

  it('refuses a condition value nested too deeply, naming its path', () => {
    const json = `{"format":"audience-canvas","version":1,"nodes":[{"id":"f","type":"filter","conditions":[{"column":"a","op":"in","value":${nested(200)}}]}]}`;
    expect(problem(json)).toMatchObject({ path: `nodes[0].conditions[0].value${'[0]'.repeat(95)}`, key: 'model.restore.tooDeep' });
  });

  it('keeps a field nested exactly 100 levels, counting the project itself as one', () => {
    const r = restoreProject(file(nested(99)));
    expect(r.ok && JSON.stringify(r.project.x)).toBe(nested(99));
  });
});
