// Hostile column names and values the compiler meets: a column named `constructor` counts like any column, one that
// does not exist is named, reversed range ends and split shares past 100 % are problems with the field path.

import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { Condition, Edge, Project, ProjectNode } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

const at = { position: { x: 0, y: 0 } };
const edge = (source: string, target: string): Edge => ({ id: `${source}-${target}`, source, target });
function project(nodes: ProjectNode[], edges: Edge[]): Project {
  return {
    format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [{ id: 'customers', role: 'customers' }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: 'customers', ...at }, ...nodes], edges,
  };
}
const filter = (conditions: Condition[]): Project => project([{ id: 'f', type: 'filter', match: 'all', negate: false, conditions, ...at }], [edge('all', 'f')]);

async function count(csv: string, p: Project) {
  const engine = new Engine();
  engine.setTable(await tableFromCsv(csv));
  return engine.count(p).nodes;
}

// Five customers, of whom 1, 3 and 4 have "a" and 2 has "b"; 5 has none.
const rows = (name: string) => `id,${name},age\n1,a,10\n2,b,20\n3,a,30\n4,A,40\n5,,50\n`;

describe('column names that are names of Object.prototype', () => {
  it.each([['constructor'], ['toString'], ['hasOwnProperty'], ['__proto__'], ['valueOf']])('counts a condition on a column named %s like its clean twin', async (name) => {
    const twin = await count(rows('plain'), filter([{ column: 'plain', op: 'eq', value: 'a' }]));
    expect(twin.f).toEqual({ count: 3, input: 5 });
    expect(await count(rows(name), filter([{ column: name, op: 'eq', value: 'a' }]))).toEqual(twin);
  });

  it.each([['constructor'], ['toString'], ['hasOwnProperty'], ['__proto__']])('names the missing column %s at the condition, and the other cards still count', async (name) => {
    const nodes = await count(rows('plain'), filter([{ column: name, op: 'eq', value: 'a' }]));
    expect(nodes.all).toEqual({ count: 5 });
    expect(nodes.f.error).toEqual({ path: 'nodes[1].conditions[0].column', key: 'model.error.unknownColumn', params: { column: name, op: 'eq', type: '' } });
  });

  it('splits by a column named constructor like its clean twin', async () => {
    const split = (column: string) => project([{ id: 's', type: 'split', kind: 'value', column, values: ['a', 'b'], ...at }], [edge('all', 's')]);
    const twin = await count(rows('plain'), split('plain'));
    expect(twin.s.branches).toEqual({ a: 3, b: 1, other: 1 });
    expect((await count(rows('constructor'), split('constructor'))).s).toEqual(twin.s);
    expect((await count(rows('plain'), split('toString'))).s.error).toMatchObject({ path: 'nodes[1].column', key: 'model.error.unknownColumn' });
  });
});

describe('between with its ends reversed', () => {
  const dates = 'id,signup\n1,2024-01-05\n2,2024-02-10\n3,2024-03-15\n';
  it('is a problem at the condition\'s value, for numbers and for dates', async () => {
    expect((await count(rows('plain'), filter([{ column: 'age', op: 'between', value: [40, 20] }]))).f.error)
      .toEqual({ path: 'nodes[1].conditions[0].value', key: 'model.error.valueOrder', params: { column: 'age', op: 'between', type: 'number' } });
    expect((await count(dates, filter([{ column: 'signup', op: 'between', value: ['2024-03-01', '2024-01-01'] }]))).f.error)
      .toMatchObject({ path: 'nodes[1].conditions[0].value', key: 'model.error.valueOrder' });
  });

  it('refuses a day that does not exist instead of counting the day it rolls over to', async () => {
    expect((await count(dates, filter([{ column: 'signup', op: 'on', value: '2024-02-31' }]))).f.error)
      .toEqual({ path: 'nodes[1].conditions[0].value', key: 'model.error.valueDate', params: { column: 'signup', op: 'on', type: 'date' } });
    expect((await count(dates, filter([{ column: 'signup', op: 'between', value: ['2024-01-01', '2024-02-30'] }]))).f.error)
      .toMatchObject({ path: 'nodes[1].conditions[0].value[1]', key: 'model.error.valueDate' });
  });

  it('counts the ends in order, and one value as both ends', async () => {
    expect((await count(rows('plain'), filter([{ column: 'age', op: 'between', value: [20, 40] }]))).f).toEqual({ count: 3, input: 5 });
    expect((await count(rows('plain'), filter([{ column: 'age', op: 'between', value: ['30', 30] }]))).f).toEqual({ count: 1, input: 5 });
    expect((await count(dates, filter([{ column: 'signup', op: 'between', value: ['2024-01-01', '2024-03-01'] }]))).f).toEqual({ count: 2, input: 3 });
  });
});

describe('a random split whose shares add up past 100 %', () => {
  const split = (percents: number[]) => project([{
    id: 's', type: 'split', kind: 'random', seed: 1, branches: percents.map((percent, i) => ({ id: `b${i}`, label: `B${i}`, percent })), ...at,
  }], [edge('all', 's')]);

  it('is a problem at the split\'s branches, naming the total', async () => {
    expect((await count(rows('plain'), split([60, 50]))).s.error).toEqual({ path: 'nodes[1].branches', key: 'model.error.percentOver', params: { total: 110 } });
  });

  it('counts shares of 100 % in all (and thirds that add up to 100 in floating point)', async () => {
    const whole = (await count(rows('plain'), split([60, 40]))).s;
    expect(whole.error).toBeUndefined();
    expect(whole.branches!.b0 + whole.branches!.b1).toBe(5);
    expect((await count(rows('plain'), split([100 / 3, 100 / 3, 100 / 3]))).s.error).toBeUndefined();
  });
});

describe('a trait whose condition does not fit its events table', () => {
  const events = 'id,amount\n1,5\n1,6\n2,7\n';
  const withTrait = (where: Condition[]): Project => ({
    ...filter([{ column: 'orders', op: 'gt', value: 0 }]),
    tables: [{ id: 'customers', role: 'customers', key: 'id' }, { id: 'events', role: 'events', key: 'id' }],
    traits: [{ id: 'orders', table: 'events', agg: 'count', where }],
  });
  async function countWith(p: Project) {
    const engine = new Engine();
    engine.setTable(await tableFromCsv(rows('plain')));
    engine.setTable(await tableFromCsv(events, 'events'));
    return engine.count(p).nodes;
  }

  it('is named at the condition that uses the trait, and the other cards still count', async () => {
    const nodes = await countWith(withTrait([{ column: 'amount', op: 'inLast', value: { amount: 1, unit: 'year' } }]));
    expect(nodes.all).toEqual({ count: 5 });
    expect(nodes.f.error).toEqual({ path: 'traits[0].where[0].op', key: 'model.error.opType', params: { column: 'amount', op: 'inLast', type: 'number' } });
  });

  it('counts like its clean twin when the condition fits (customers 1 and 2 have an order over 5)', async () => {
    expect((await countWith(withTrait([{ column: 'amount', op: 'gt', value: 5 }]))).f).toEqual({ count: 2, input: 5 });
  });
});
