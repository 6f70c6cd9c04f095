// Every Dexie version bump ships with a restore test: data saved by the previous version loads unchanged.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CanvasDb } from '../../../src/store/db';
import { tableFromCsv } from '../../helpers/table';

describe('database version 2', () => {
  it('moves a version-1 table\'s columns into records of their own and loads the same table', async () => {
    const table = await tableFromCsv('name,age,joined\nAyşe,30,2024-01-02\n,,\nƏli,41,\n', 'people');
    const summary = { id: 'people', name: 'people.csv', rowCount: 3, columns: [], warnings: [] };
    const v1 = new Dexie('migrate-v1');
    v1.version(1).stores({ projects: 'id, updatedAt', datasets: 'id', settings: 'key' });
    await v1.table('datasets').put({ id: 'people', table, summary, savedAt: 1 });
    await v1.table('projects').put({ id: 'p', project: { name: 'kept' }, updatedAt: 1 });
    v1.close();

    const v2 = new CanvasDb('migrate-v1');
    expect(await v2.datasets.get('people')).toEqual({ id: 'people', rowCount: 3, columnCount: 3, summary, savedAt: 1 });
    const columns = await v2.columns.where('table').equals('people').sortBy('index');
    expect(columns.map((c) => c.column)).toEqual(table.columns);
    expect(columns[1].column.type === 'number' && columns[1].column.values).toBeInstanceOf(Float64Array);
    expect((await v2.projects.get('p'))?.project).toEqual({ name: 'kept' });
    v2.close();
  });
});
