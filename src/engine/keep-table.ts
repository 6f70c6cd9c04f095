// Keeping an imported table: it enters the engine once it is stored, so a project never points at data a reload would not find.

import type { TableSummary } from './api';
import type { Engine } from './engine';
import type { Table } from './table';

/** The worker's loaded tables: the engine's data and the summaries shown to the page. */
export interface LoadedTables { engine: Engine; summaries: Map<string, TableSummary> }

/**
 * Saves `table`, then loads it into the engine. When the save fails, the failure is thrown and the engine keeps the
 * table it had under that id (the stored copy), so the page does not switch the project to data that is not stored.
 * Only when browser storage is out for the whole session (`persistent` false: nothing survives a reload anyway) is
 * the table kept with a warning that it will be gone after a reload.
 */
export async function keepTable(loaded: LoadedTables, table: Table, summary: TableSummary, save: (t: Table, s: TableSummary) => Promise<void>, persistent: boolean): Promise<TableSummary> {
  let kept = summary;
  try {
    await save(table, summary);
  } catch (e) {
    if (persistent) throw e;
    kept = { ...summary, warnings: [...summary.warnings, { row: 0, key: 'store.error.tableNotSaved' }] };
  }
  loaded.engine.setTable(table);
  loaded.summaries.set(table.id, kept);
  return kept;
}
