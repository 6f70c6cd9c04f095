import { describe, expect, it } from 'vitest';
import type { MembersPageRequest } from '../../../src/engine/api';
import { Engine } from '../../../src/engine/engine';
import type { Edge, Project, ProjectNode } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

const at = { position: { x: 0, y: 0 } };
const e = (source: string, target: string, more: Partial<Edge> = {}): Edge => ({ id: `${source}-${target}-${more.sourceHandle ?? ''}`, source, target, ...more });
function project(nodes: ProjectNode[] = [], edges: Edge[] = [], locale = 'en'): Project {
  return {
    format: 'audience-canvas', version: 1, name: 't', locale, tables: [{ id: 'customers', role: 'customers' }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: 'customers', ...at }, ...nodes], edges,
  };
}

// Row order is id order. Ages with empties and ties; names mixing case, accents and Turkish letters; dates written D.M.YYYY.
const PEOPLE = [
  'id,name,age,joined,vip,country',
  '1,Zeynep,34,1.2.2020,yes,TR',
  '2,ali,,15.11.2019,no,AZ',
  '3,Ça,34,3.1.2021,,TR',
  '4,Ceren,19,,yes,AZ',
  '5,,52,20.12.2018,no,TR',
  '6,Şule,19,1.2.2020,no,AZ',
  '7,Sait,7,9.9.2022,yes,TR',
  '8,Ali,34,28.2.2020,no,',
].join('\n') + '\n';

async function engineFor(csv = PEOPLE) {
  const engine = new Engine();
  engine.setTable(await tableFromCsv(csv));
  return engine;
}
const ids = (engine: Engine, p: Project, req: Partial<MembersPageRequest> = {}, node = 'all', branch?: string) =>
  engine.membersPage(p, node, branch, { offset: 0, limit: 100, ...req }).rows.map((r) => r[0]);

describe('members by window', () => {
  it('gives columns with their types, a window of rows as plain values, and the total', async () => {
    const engine = await engineFor();
    const page = engine.membersPage(project(), 'all', undefined, { offset: 2, limit: 2 });
    expect(page.columns).toEqual([
      { name: 'id', type: 'number' }, { name: 'name', type: 'text' }, { name: 'age', type: 'number' },
      { name: 'joined', type: 'date' }, { name: 'vip', type: 'boolean' }, { name: 'country', type: 'text' },
    ]);
    expect(page.rows).toEqual([[3, 'Ça', 34, '2021-01-03', null, 'TR'], [4, 'Ceren', 19, null, true, 'AZ']]);
    expect(page.total).toBe(8);
    expect(page.offset).toBe(2);
    expect(page.sort).toBeUndefined();
  });

  it('keeps row order when no sort is asked', async () => {
    expect(ids(await engineFor(), project())).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('returns an empty window past the end and clamps hostile windows', async () => {
    const engine = await engineFor();
    const p = project();
    expect(engine.membersPage(p, 'all', undefined, { offset: 8, limit: 5 })).toMatchObject({ rows: [], total: 8, offset: 8 });
    expect(engine.membersPage(p, 'all', undefined, { offset: 99, limit: 5 })).toMatchObject({ rows: [], offset: 8 });
    expect(ids(engine, p, { offset: -4, limit: 2 })).toEqual([1, 2]);
    expect(ids(engine, p, { offset: Number.NaN, limit: 1.9 })).toEqual([1]);
    expect(ids(engine, p, { offset: '3' as unknown as number, limit: -1 })).toEqual([]);
    expect(engine.membersPage(p, 'all', undefined, { offset: 0, limit: 1e9 }).rows).toHaveLength(8);
  });
});

describe('sorting all members by a column', () => {
  it('sorts numbers ascending with ties in row order and empties last', async () => {
    expect(ids(await engineFor(), project(), { sort: { column: 'age', direction: 'ascending' } })).toEqual([7, 4, 6, 1, 3, 8, 5, 2]);
  });

  it('sorts numbers descending with ties still in row order and empties still last', async () => {
    expect(ids(await engineFor(), project(), { sort: { column: 'age', direction: 'descending' } })).toEqual([5, 1, 3, 8, 4, 6, 7, 2]);
  });

  it('sorts dates by time, not by how the file wrote them', async () => {
    const engine = await engineFor();
    expect(ids(engine, project(), { sort: { column: 'joined', direction: 'ascending' } })).toEqual([5, 2, 1, 6, 8, 3, 7, 4]);
    expect(ids(engine, project(), { sort: { column: 'joined', direction: 'descending' } })).toEqual([7, 3, 8, 1, 6, 2, 5, 4]);
  });

  it('sorts yes / no as no before yes, empties last', async () => {
    expect(ids(await engineFor(), project(), { sort: { column: 'vip', direction: 'ascending' } })).toEqual([2, 5, 6, 8, 1, 4, 7, 3]);
    expect(ids(await engineFor(), project(), { sort: { column: 'vip', direction: 'descending' } })).toEqual([1, 4, 7, 2, 5, 6, 8, 3]);
  });

  it('sorts text by the project locale: Turkish puts Ç after C and Ş after S', async () => {
    const engine = await engineFor();
    const byName = { sort: { column: 'name', direction: 'ascending' } } as const;
    expect(ids(engine, project([], [], 'tr'), byName)).toEqual([2, 8, 4, 3, 7, 6, 1, 5]);
    // English collation reads Ç as C (Ça before Ceren) and Ş as S (Sait before Şule)
    expect(ids(engine, project([], [], 'en'), byName)).toEqual([2, 8, 3, 4, 7, 6, 1, 5]);
    expect(ids(engine, project([], [], 'tr'), { sort: { column: 'name', direction: 'descending' } })).toEqual([1, 6, 7, 3, 4, 8, 2, 5]);
  });

  it('compares numbers inside text as numbers and keeps identical texts in row order', async () => {
    const engine = await engineFor('id,code\n1,item 10\n2,item 9\n3, item 9 \n4,Item 1\n5,   \n');
    expect(ids(engine, project(), { sort: { column: 'code', direction: 'ascending' } })).toEqual([4, 2, 3, 1, 5]);
    expect(ids(engine, project(), { sort: { column: 'code', direction: 'descending' } })).toEqual([1, 2, 3, 4, 5]);
  });

  it('says which sort it applied, and ignores an unknown column or a strange direction', async () => {
    const engine = await engineFor();
    const p = project();
    expect(engine.membersPage(p, 'all', undefined, { offset: 0, limit: 1, sort: { column: 'age', direction: 'descending' } }).sort)
      .toEqual({ column: 'age', direction: 'descending' });
    const unknown = engine.membersPage(p, 'all', undefined, { offset: 0, limit: 8, sort: { column: 'nope', direction: 'ascending' } });
    expect(unknown.sort).toBeUndefined();
    expect(unknown.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ids(engine, p, { sort: { column: 'age', direction: 'sideways' as 'ascending' } })).toEqual([7, 4, 6, 1, 3, 8, 5, 2]);
    expect(ids(await engineFor(), project([], [], 'no such locale!!'), { sort: { column: 'name', direction: 'ascending' } })).toHaveLength(8);
  });

  it('pages through one sorted order, sorting it only once', async () => {
    const engine = await engineFor();
    const p = project();
    const sort = { column: 'age', direction: 'ascending' } as const;
    const windows = [0, 3, 6].map((offset) => ids(engine, p, { offset, limit: 3, sort }));
    expect(windows).toEqual([[7, 4, 6], [1, 3, 8], [5, 2]]);
    expect(engine.ordersComputed).toBe(1);
    ids(engine, p, { sort: { column: 'age', direction: 'descending' } });
    expect(engine.ordersComputed).toBe(2);
    // an edit that does not change the members (a moved card) keeps the order
    ids(engine, { ...p, name: 'renamed' }, { sort });
    expect(engine.ordersComputed).toBe(2);
  });
});

describe('members of a node', () => {
  const filter = (conditions: unknown[]) => ({ id: 'f', type: 'filter', match: 'all', negate: false, conditions, ...at }) as ProjectNode;

  it('sorts only the members of a filter', async () => {
    const engine = await engineFor();
    const p = project([filter([{ column: 'country', op: 'eq', value: 'TR' }])], [e('all', 'f')]);
    expect(ids(engine, p, { sort: { column: 'age', direction: 'descending' } }, 'f')).toEqual([5, 1, 3, 7]);
    expect(engine.membersPage(p, 'f', undefined, { offset: 0, limit: 0 }).total).toBe(4);
  });

  it('sorts the members of one branch of a split', async () => {
    const engine = await engineFor();
    const split = { id: 's', type: 'split', kind: 'value', column: 'country', values: ['AZ', 'TR'], ...at } as ProjectNode;
    const p = project([split], [e('all', 's')]);
    const byAge = { sort: { column: 'age', direction: 'ascending' } } as const;
    expect(ids(engine, p, byAge, 's', 'AZ')).toEqual([4, 6, 2]);
    expect(ids(engine, p, byAge, 's', 'TR')).toEqual([7, 1, 3, 5]);
    expect(ids(engine, p, byAge, 's', 'other')).toEqual([8]);
    expect(ids(engine, p, byAge, 's')).toEqual([7, 4, 6, 1, 3, 8, 5, 2]);
    expect(engine.membersPage(p, 's', 'nope', { offset: 0, limit: 10 })).toMatchObject({ rows: [], total: 0 });
  });

  it('gives no members for a node that cannot be counted or does not exist, and nothing without data', async () => {
    const engine = await engineFor();
    const p = project([filter([{ column: 'missing', op: 'eq', value: 'x' }])], [e('all', 'f')]);
    expect(engine.membersPage(p, 'f', undefined, { offset: 0, limit: 10 })).toMatchObject({ rows: [], total: 0 });
    expect(engine.membersPage(p, 'ghost', undefined, { offset: 0, limit: 10 })).toMatchObject({ rows: [], total: 0 });
    expect(new Engine().membersPage(p, 'all', undefined, { offset: 0, limit: 10 })).toEqual({ columns: [], rows: [], total: 0, offset: 0 });
  });
});
