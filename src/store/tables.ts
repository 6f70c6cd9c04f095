// Saving and loading imported tables (used by the worker, which owns the data).

import type { TableSummary } from '../engine/api';
import type { Table } from '../engine/table';
import { db } from './db';
import { guarded } from './errors';

/** Saves a table and its columns in one transaction: a failed write leaves the saved copy as it was. */
export async function saveTable(table: Table, summary: TableSummary): Promise<void> {
  const d = db();
  await guarded(() => d.transaction('rw', d.datasets, d.columns, async () => {
    await d.columns.where('table').equals(table.id).delete();
    await d.datasets.put({ id: table.id, rowCount: table.rowCount, columnCount: table.columns.length, summary, savedAt: Date.now() });
    await d.columns.bulkPut(table.columns.map((column, index) => ({ table: table.id, index, column })));
  }));
}

/** Every saved table whose columns are all there (a table missing columns is skipped, never half-loaded). */
export async function loadTables(): Promise<{ table: Table; summary: TableSummary }[]> {
  const d = db();
  const out: { table: Table; summary: TableSummary }[] = [];
  for (const row of await d.datasets.toArray()) {
    const stored = await d.columns.where('table').equals(row.id).sortBy('index');
    if (stored.length !== row.columnCount) continue;
    out.push({ table: { id: row.id, rowCount: row.rowCount, columns: stored.map((c) => c.column) }, summary: row.summary });
  }
  return out;
}
