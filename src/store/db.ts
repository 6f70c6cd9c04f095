// The IndexedDB database (Dexie): projects, imported tables, settings. Versioned; every bump ships with a restore test.

import Dexie, { type Table as DexieTable } from 'dexie';
import type { TableSummary } from '../engine/api';
import type { Column, Table } from '../engine/table';

export interface StoredProject { id: string; project: unknown; updatedAt: number }
/** An imported table's description; its columns are records of their own in `columns`. */
export interface StoredTable { id: string; rowCount: number; columnCount: number; summary: TableSummary; savedAt: number }
/**
 * One column as it lives in memory: typed arrays and dictionaries clone compactly into IndexedDB.
 * One record per column because Chromium refuses (or stalls on) a single value over ~128 MB: a whole
 * 1,000,000-row table is ~300 MB, its largest column ~40 MB.
 */
export interface StoredColumn { table: string; index: number; column: Column }
export interface Setting { key: string; value: unknown }

export class CanvasDb extends Dexie {
  projects!: DexieTable<StoredProject, string>;
  datasets!: DexieTable<StoredTable, string>;
  columns!: DexieTable<StoredColumn, [string, number]>;
  settings!: DexieTable<Setting, string>;

  constructor(name = 'audience-canvas') {
    super(name);
    this.version(1).stores({ projects: 'id, updatedAt', datasets: 'id', settings: 'key' });
    // v2: a table's columns move out of its dataset record into `columns`, one record each.
    this.version(2).stores({ columns: '[table+index], table' }).upgrade(async (tx) => {
      for (const row of await tx.table('datasets').toArray() as (StoredTable & { table?: Table })[]) {
        if (!row.table) continue;
        const { table } = row;
        await tx.table('columns').bulkPut(table.columns.map((column, index) => ({ table: table.id, index, column })));
        await tx.table('datasets').put({ id: row.id, rowCount: table.rowCount, columnCount: table.columns.length, summary: row.summary, savedAt: row.savedAt });
      }
    });
  }
}

let instance: CanvasDb | undefined;
/** The app's database (one per page or worker). */
export function db(): CanvasDb {
  return (instance ??= new CanvasDb());
}
