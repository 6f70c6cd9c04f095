// The engine's worker: exposes EngineApi with comlink. All parsing, filtering and counting happens here, off the main thread.

import { expose, transfer } from 'comlink';
import type { Project } from '../model/types';
import { loadTables, saveTable } from '../store/tables';
import type { EngineApi, ImportOptions, TableSummary } from './api';
import { demoCsv } from './demo';
import { Engine } from './engine';
import { ImportError, importFile, previewFile } from './import/index';
import { keyReport } from './key-report';
import { profileTable } from './profile';

const engine = new Engine();
const summaries = new Map<string, TableSummary>();
let running: AbortController | undefined;
let newestCount = 0;

/** comlink sends only an error's message and name across: the message carries the i18n key and params as JSON. */
function plainError(e: unknown): Error {
  const problem = (key: string, params: Record<string, string | number> = {}) => new Error(JSON.stringify({ key, params }));
  if (e instanceof ImportError) return problem(e.key, e.params);
  if (e instanceof DOMException && e.name === 'AbortError') return Object.assign(problem('import.error.cancelled'), { name: 'AbortError' });
  return problem('import.error.failed', { detail: e instanceof Error ? e.message : String(e) });
}

async function keep(table: Parameters<Engine['setTable']>[0], summary: TableSummary): Promise<TableSummary> {
  engine.setTable(table);
  summaries.set(table.id, summary);
  try {
    await saveTable(table, summary);
    return summary;
  } catch {
    // The data stays usable in this session; the user is told it will not survive a reload.
    return { ...summary, warnings: [...summary.warnings, { row: 0, key: 'store.error.tableNotSaved' }] };
  }
}

const api: EngineApi = {
  async preview(file, options) {
    try { return await previewFile(file, options); } catch (e) { throw plainError(e); }
  },
  async importFile(file, tableId, options: ImportOptions, onProgress) {
    running?.abort();
    const controller = (running = new AbortController());
    try {
      const { table, summary } = await importFile(file, tableId, (file as File).name ?? tableId, options, onProgress, controller.signal);
      return await keep(table, summary);
    } catch (e) {
      throw plainError(e);
    } finally {
      if (running === controller) running = undefined;
    }
  },
  cancelImport() {
    running?.abort();
  },
  async loadDemo(tableId) {
    const { table, summary } = await importFile(new Blob([demoCsv(5000)]), tableId, 'Demo customers');
    return keep(table, summary);
  },
  async restoreTables() {
    for (const { table, summary } of await loadTables()) {
      engine.setTable(table);
      // Tables saved before number histograms existed get their profiles again (one pass per column).
      const stale = summary.columns.some((c) => c.type === 'number' && !c.histogram && c.empty < table.rowCount);
      summaries.set(table.id, stale ? { ...summary, columns: profileTable(table) } : summary);
    }
    return [...summaries.values()];
  },
  async tables() {
    return [...summaries.values()];
  },
  async count(project: Project, seq: number) {
    newestCount = Math.max(newestCount, seq);
    // Let queued messages run first: if a newer count is waiting, this one is stale.
    await new Promise((r) => setTimeout(r, 0));
    if (seq < newestCount) return null;
    return engine.count(project);
  },
  async messagePreview(project, nodeId, index) {
    return engine.messagePreview(project, nodeId, index);
  },
  async overlap(project, rows, cols) {
    return engine.overlap(project, rows, cols);
  },
  async membersPage(project, nodeId, branch, request) {
    return engine.membersPage(project, nodeId, branch, request);
  },
  async valueCounts(tableId, column, locale, limit) {
    return engine.valueCounts(tableId, column, locale, limit);
  },
  async keyReport(tableId, column) {
    const table = engine.getTable(tableId);
    return table ? keyReport(table, column) : null;
  },
  async exportMembers(project, nodeId, request) {
    const out = await engine.exportMembers(project, nodeId, request);
    // The file's bytes move to the page instead of being copied.
    return out.ok ? transfer(out, [out.bytes]) : out;
  },
};

expose(api);
