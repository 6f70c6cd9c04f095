// Saving and loading imported tables (used by the worker, which owns the data).

import type { TableSummary } from '../engine/api';
import type { Table } from '../engine/table';
import { db } from './db';
import { guarded } from './errors';

export async function saveTable(table: Table, summary: TableSummary): Promise<void> {
  await guarded(() => db().datasets.put({ id: table.id, table, summary, savedAt: Date.now() }));
}

export async function loadTables(): Promise<{ table: Table; summary: TableSummary }[]> {
  return (await db().datasets.toArray()).map(({ table, summary }) => ({ table, summary }));
}
