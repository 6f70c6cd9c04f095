// The engine's worker: exposes EngineApi with comlink. All parsing, filtering and counting happens here, off the main thread.

import { expose, transfer } from 'comlink';
import type { Project } from '../model/types';
import { StorageError } from '../store/errors';
import { loadTables, saveTable } from '../store/tables';
import type { EngineApi, ImportOptions, TableSummary } from './api';
import { demoCsv } from './demo';
import { Engine } from './engine';
import { ImportError, importFile, previewFile } from './import/index';
import { keepTable } from './keep-table';
import { keyReport } from './key-report';
import { profileTable } from './profile';

const engine = new Engine();
const summaries = new Map<string, TableSummary>();
let running: AbortController | undefined;
let newestCount = 0;
let newestPreview = 0;

/** comlink sends only an error's message and name across: the message carries the i18n key and params as JSON. */
function plainError(e: unknown): Error {
  const problem = (key: string, params: Record<string, string | number> = {}) => new Error(JSON.stringify({ key, params }));
  if (e instanceof ImportError) return problem(e.key, e.params);
  if (e instanceof DOMException && e.name === 'AbortError') return Object.assign(problem('import.error.cancelled'), { name: 'AbortError' });
  return problem('import.error.failed', { detail: e instanceof Error ? e.message : String(e) });
}

/** False once storage could not be read at start-up: tables are then kept for the session, with a warning. */
let persistent = true;

function keep(table: Parameters<Engine['setTable']>[0], summary: TableSummary): Promise<TableSummary> {
  return keepTable({ engine, summaries }, table, summary, saveTable, persistent);
}

/** A table that could not be stored: the message names the file and says the project keeps its data. */
function notStored(e: StorageError, name: string): Error {
  return new Error(JSON.stringify({ key: e.kind === 'quota' ? 'store.error.tableQuota' : 'store.error.tableFailed', params: { name, detail: e.message } }));
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
      throw e instanceof StorageError ? notStored(e, (file as File).name ?? tableId) : plainError(e);
    } finally {
      if (running === controller) running = undefined;
    }
  },
  cancelImport() {
    running?.abort();
  },
  async loadDemo(tableId) {
    const { table, summary } = await importFile(new Blob([demoCsv(5000)]), tableId, 'Demo customers');
    // The demo is made again at every start: it is kept even when it cannot be stored.
    return keepTable({ engine, summaries }, table, summary, saveTable, false);
  },
  async restoreTables() {
    let stored;
    try { stored = await loadTables(); } catch (e) { persistent = false; throw e; }
    for (const { table, summary } of stored) {
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
    const mine = ++newestPreview;
    // A render may take up to the template limits (template-limits.ts): a count posted with this preview, before or
    // after it, runs first (hence two turns), and a preview already superseded by a newer one is not rendered.
    for (let turn = 0; turn < 2; turn++) await new Promise((r) => setTimeout(r, 0));
    return mine < newestPreview ? null : engine.messagePreview(project, nodeId, index);
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
// While this worker lives it holds a lock named after it: the page is granted that lock only once the worker has ended
// (closed, crashed), which no event of its own tells (see ui/engine-worker.ts).
if (self.name) void navigator.locks?.request(self.name, () => {
  self.postMessage({ type: 'engine-alive' });
  return new Promise(() => {});
});
