// The IndexedDB database (Dexie): projects, imported tables, settings. Versioned; every bump ships with a restore test.

import Dexie, { type Table as DexieTable } from 'dexie';
import type { TableSummary } from '../engine/api';
import type { Table } from '../engine/table';

export interface StoredProject { id: string; project: unknown; updatedAt: number }
/** Columns are stored as they live in memory: typed arrays and dictionaries clone compactly into IndexedDB. */
export interface StoredTable { id: string; table: Table; summary: TableSummary; savedAt: number }
export interface Setting { key: string; value: unknown }

export class CanvasDb extends Dexie {
  projects!: DexieTable<StoredProject, string>;
  datasets!: DexieTable<StoredTable, string>;
  settings!: DexieTable<Setting, string>;

  constructor(name = 'audience-canvas') {
    super(name);
    this.version(1).stores({ projects: 'id, updatedAt', datasets: 'id', settings: 'key' });
  }
}

let instance: CanvasDb | undefined;
/** The app's database (one per page or worker). */
export function db(): CanvasDb {
  return (instance ??= new CanvasDb());
}
