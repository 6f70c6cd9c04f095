// The real workbook ../shared/data/superstore_orders.xlsx (Tableau's Sample - Superstore as saved by Excel), through
// the importer's own door; the figures were counted independently from the workbook's XML with Python's zipfile and
// ElementTree (sales summed as decimals).

import { openAsBlob } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../../../src/engine/engine';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import type { TableSummary } from '../../../../../src/engine/api';
import type { Project, ProjectNode } from '../../../../../src/model/types';
import { sharedFile } from '../../../../helpers/shared-data';

const at = { position: { x: 0, y: 0 } };
const file = () => openAsBlob(sharedFile('superstore_orders.xlsx'));
const values = (table: Table, name: string) => Array.from({ length: table.rowCount }, (_, i) => cellValue(findColumn(table, name)!, i));

describe('superstore_orders.xlsx', () => {
  let table: Table, summary: TableSummary;
  beforeAll(async () => {
    ({ table, summary } = await importFile(await file(), 'customers', 'superstore_orders.xlsx'));
  }, 120_000);

  it('lists its three sheets with their rows and preselects Orders, whose range is its table object', async () => {
    const p = await previewFile(await file());
    expect(p.sheets).toEqual([
      { name: 'Orders', rows: 9994, headerRow: 1, table: 'Table1' },
      { name: 'Returns', rows: 296, headerRow: 1 },
      { name: 'People', rows: 4, headerRow: 1 },
    ]);
    expect(p.options).toMatchObject({ format: 'xlsx', sheet: 'Orders', headerRow: 1 });
    expect([p.rowCount, p.rowsExact, p.warnings]).toEqual([9994, true, []]);
    expect(p.rows[0].slice(0, 4)).toEqual(['1', 'CA-2016-152156', '2016-11-08', '2016-11-11']);
  }, 120_000);

  it('imports Orders: 9,994 rows of 21 columns, 793 customers, no warning', () => {
    expect([table.rowCount, table.columns.length, summary.warnings]).toEqual([9994, 21, []]);
    expect(summary.columns.find((c) => c.name === 'Customer ID')).toMatchObject({ type: 'text', distinct: 793, empty: 0 });
    expect(new Set(values(table, 'Customer ID')).size).toBe(793);
  });

  it('sums Sales to 2,297,200.86 (every value has at most four decimals: summed as whole ten-thousandths)', () => {
    const sales = values(table, 'Sales') as number[];
    expect(summary.columns.find((c) => c.name === 'Sales')?.type).toBe('number');
    const tenThousandths = sales.reduce((s, v) => s + Math.round(v * 1e4), 0);
    expect(tenThousandths).toBe(22_972_008_603);
    expect((Math.round(tenThousandths / 100) / 100).toFixed(2)).toBe('2297200.86');
  });

  it('reads numbers to the 15 digits Excel shows: 261.96, 731.94 and -383.031, not the 17 it saved (261.95999999999998 …)', () => {
    expect((values(table, 'Sales') as number[]).slice(0, 3)).toEqual([261.96, 731.94, 14.62]);
    expect((values(table, 'Profit') as number[]).slice(0, 4)).toEqual([41.9136, 219.582, 6.8714, -383.031]);
  });

  it('reads Order Date as dates from its serial numbers: 2014-01-03 to 2017-12-30', () => {
    expect(summary.columns.find((c) => c.name === 'Order Date')).toMatchObject({ type: 'date', min: '2014-01-03', max: '2017-12-30', empty: 0 });
    const days = values(table, 'Order Date');
    expect([days[0], days.at(-1)]).toEqual(['2016-11-08', '2017-05-04']);
  });

  it('reads Postal Code as text, so 06824 (Fairfield, CT) is the 6824 stored and 438 codes have four digits', () => {
    expect(summary.columns.find((c) => c.name === 'Postal Code')?.type).toBe('text');
    const city = values(table, 'City'), zip = values(table, 'Postal Code') as string[];
    expect(new Set(zip.filter((_, i) => city[i] === 'Fairfield'))).toEqual(new Set(['6824', '94533', '45014']));
    expect(zip.filter((z) => z.length === 4).length).toBe(438);
  });

  it('counts 5,191 rows with Segment = Consumer in the engine', () => {
    const engine = new Engine();
    engine.setTable(table);
    const filter = { id: 'f', type: 'filter', match: 'all', negate: false, conditions: [{ column: 'Segment', op: 'eq', value: 'Consumer' }], ...at } as ProjectNode;
    const project: Project = {
      format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [{ id: 'customers', role: 'customers' }], traits: [],
      nodes: [{ id: 'all', type: 'source', table: 'customers', ...at }, filter], edges: [{ id: 'e', source: 'all', target: 'f' }],
    };
    expect(engine.count(project).nodes.f.count).toBe(5191);
  });

  it('imports the other sheets by name', async () => {
    const returns = await importFile(await file(), 'r', 'returns', { sheet: 'Returns' });
    expect([returns.table.rowCount, returns.table.columns.map((c) => c.name)]).toEqual([296, ['Returned', 'Order ID']]);
    const people = await importFile(await file(), 'p', 'people', { sheet: 'People' });
    expect(values(people.table, 'Person')).toEqual(['Anna Andreadi', 'Chuck Magee', 'Kelly Williams', 'Cassandra Brandow']);
  }, 120_000);
});
