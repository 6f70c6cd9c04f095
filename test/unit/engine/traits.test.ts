import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import type { Project, ProjectNode, Trait } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

const CUSTOMERS = 'id,name\nA,Ayşe\nB,Ivan\nC,Emily\n';
// C has no orders; B has an order without amount; times are out of order on purpose.
const ORDERS = 'CustomerID,InvoiceDate,Amount,Product\nA,2024-03-01,10,tea\nA,2024-01-15,30,coffee\nB,2024-02-20,,tea\nA,2023-11-30,5,tea\nB,2024-02-25,7,cake\n';

async function engine() {
  const e = new Engine();
  e.setTable(await tableFromCsv(CUSTOMERS, 'customers'));
  e.setTable(await tableFromCsv(ORDERS, 'orders'));
  return e;
}

function project(traits: Trait[], conditions: unknown[] = []): Project {
  return {
    format: 'audience-canvas', version: 1, name: 't', locale: 'en', asOf: '2024-03-10',
    tables: [{ id: 'customers', role: 'customers', key: 'id' }, { id: 'orders', role: 'events', key: 'CustomerID', time: 'InvoiceDate' }],
    traits,
    nodes: [
      { id: 'all', type: 'source', table: 'customers', position: { x: 0, y: 0 } },
      { id: 'f', type: 'filter', match: 'all', negate: false, conditions, position: { x: 0, y: 0 } } as ProjectNode,
    ],
    edges: [{ id: 'e', source: 'all', target: 'f' }],
  };
}

const valuesOf = async (trait: Omit<Trait, 'id' | 'table'>) => {
  const e = await engine();
  const m = e.membersPage(project([{ id: 'x', table: 'orders', ...trait } as Trait]), 'all', undefined, { offset: 0, limit: 10 });
  return m.rows.map((r) => r[m.columns.findIndex((c) => c.name === 'x')]);
};

describe('computed traits', () => {
  it.each([
    [{ agg: 'count' }, [3, 2, 0]],
    [{ agg: 'sum', column: 'Amount' }, [45, 7, null]],
    [{ agg: 'avg', column: 'Amount' }, [15, 7, null]],
    [{ agg: 'min', column: 'Amount' }, [5, 7, null]],
    [{ agg: 'max', column: 'InvoiceDate' }, ['2024-03-01', '2024-02-25', null]],
    [{ agg: 'countDistinct', column: 'Product' }, [2, 2, null]],
    [{ agg: 'first', column: 'Product' }, ['tea', 'tea', null]],
    [{ agg: 'last', column: 'Product' }, ['tea', 'cake', null]],
    [{ agg: 'daysSince' }, [9, 14, null]],
    [{ agg: 'count', where: [{ column: 'InvoiceDate', op: 'inLast', value: { amount: 30, unit: 'day' } }] }, [1, 2, 0]],
    [{ agg: 'sum', column: 'Amount', where: [{ column: 'Product', op: 'eq', value: 'TEA' }] }, [15, null, null]],
  ] as const)('%j per customer A, B, C (no orders)', async (trait, expected) => {
    expect(await valuesOf(trait as never)).toEqual(expected);
  });

  it('filters on a trait like on any column', async () => {
    const e = await engine();
    const p = project([{ id: 'orders_90d', table: 'orders', agg: 'count', where: [{ column: 'InvoiceDate', op: 'inLast', value: { amount: 90, unit: 'day' } }] }],
      [{ column: 'orders_90d', op: 'gte', value: 2 }]);
    expect(e.count(p).nodes.f).toEqual({ count: 2, input: 3 });
    const changed = { ...p, traits: [{ ...p.traits[0], where: [{ column: 'InvoiceDate', op: 'inLast', value: { amount: 14, unit: 'day' } }] }] } as Project;
    expect(e.count(changed).nodes.f).toEqual({ count: 0, input: 3 });
  });
});
