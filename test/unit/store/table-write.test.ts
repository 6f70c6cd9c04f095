// A table write that fails (a full disk) leaves the engine and the stored copy on the last stored table.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TableSummary } from '../../../src/engine/api';
import { Engine } from '../../../src/engine/engine';
import { keepTable, type LoadedTables } from '../../../src/engine/keep-table';
import type { Table } from '../../../src/engine/table';
import type { Project } from '../../../src/model/types';
import { db } from '../../../src/store/db';
import { StorageError } from '../../../src/store/errors';
import { loadTables, saveTable } from '../../../src/store/tables';
import { tableFromCsv } from '../../helpers/table';

const summary = (t: Table, name: string): TableSummary => ({ id: t.id, name, rowCount: t.rowCount, columns: [], warnings: [] });

/** all → city = Bakı → segment, on table `table`. */
const project = (table: string): Project => ({
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [{ id: table, role: 'customers', key: 'id' }], traits: [],
  nodes: [
    { id: 'all', type: 'source', table, position: { x: 0, y: 0 } },
    { id: 'f', type: 'filter', match: 'all', negate: false, position: { x: 0, y: 100 }, conditions: [{ column: 'city', op: 'eq', value: 'Bakı' }] },
  ],
  edges: [{ id: 'e', source: 'all', target: 'f' }],
});

/** The next columns write rejects as a full disk does (Chromium's DOMException), after the old columns were deleted. */
function diskFull() {
  return vi.spyOn(db().columns, 'bulkPut').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
}

const fresh = (): LoadedTables => ({ engine: new Engine(), summaries: new Map() });

afterEach(async () => {
  vi.restoreAllMocks();
  await db().datasets.clear();
  await db().columns.clear();
});

describe('a table write that fails', () => {
  it('keeps the stored table in the engine and in storage when the same table is imported again', async () => {
    const loaded = fresh();
    const before = await tableFromCsv('id,city\n1,Bakı\n2,Gəncə\n3,Bakı\n', 'customers');
    await keepTable(loaded, before, summary(before, 'v1.csv'), saveTable, true);
    expect(loaded.engine.count(project('customers')).nodes.f.count).toBe(2);

    const after = await tableFromCsv('id,city\n1,Bakı\n2,Bakı\n3,Bakı\n4,Bakı\n5,Şəki\n', 'customers');
    diskFull();
    const failed = keepTable(loaded, after, summary(after, 'v2.csv'), saveTable, true);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ kind: 'quota' });

    // The session counts what a reload will count: the 3-row table, 2 in Bakı.
    expect(loaded.engine.count(project('customers'))).toMatchObject({ total: 3, nodes: { f: { count: 2 } } });
    expect(loaded.summaries.get('customers')?.name).toBe('v1.csv');
    const stored = await loadTables();
    expect(stored.map((s) => [s.table.id, s.table.rowCount, s.summary.name])).toEqual([['customers', 3, 'v1.csv']]);
    expect(stored[0].table).toEqual(before);
  });

  it('adds no table when a new one cannot be stored, so no project is pointed at it', async () => {
    const loaded = fresh();
    const kept = await tableFromCsv('id,city\n1,Bakı\n', 'demo');
    await keepTable(loaded, kept, summary(kept, 'Demo customers'), saveTable, true);
    const other = await tableFromCsv('id,city\n1,Bakı\n2,Bakı\n', 'clients');
    diskFull();
    await expect(keepTable(loaded, other, summary(other, 'clients.csv'), saveTable, true)).rejects.toMatchObject({ kind: 'quota', name: 'StorageError' });
    expect(loaded.engine.getTable('clients')).toBeUndefined();
    expect([...loaded.summaries.keys()]).toEqual(['demo']);
    expect((await loadTables()).map((s) => s.table.id)).toEqual(['demo']);
  });

  it('keeps the table for the session, with a warning, when storage is out for the whole session', async () => {
    const loaded = fresh();
    const t = await tableFromCsv('id,city\n1,Bakı\n2,Bakı\n', 'clients');
    const unavailable = () => Promise.reject(new StorageError('failed', 'IndexedDB is not available'));
    const kept = await keepTable(loaded, t, summary(t, 'clients.csv'), unavailable, false);
    expect(kept.warnings).toEqual([{ row: 0, key: 'store.error.tableNotSaved' }]);
    expect(loaded.engine.count(project('clients')).nodes.f.count).toBe(2);
  });
});
