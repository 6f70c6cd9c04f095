// The main thread's door to the engine worker. The newest count request wins; older answers are dropped.

import { proxy, wrap } from 'comlink';
import type { CountResult, EngineApi, ImportOptions, TableSummary } from '../engine/api';
import type { Project } from '../model/types';

const worker = new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module' });
export const engine = wrap<EngineApi>(worker);

let seq = 0;

/** Counts every node; resolves null when a newer request was made meanwhile. */
export async function countLatest(project: Project): Promise<CountResult | null> {
  const mine = ++seq;
  const result = await engine.count($plain(project), mine);
  return mine === seq ? result : null;
}

let overlapSeq = 0;
/** Members shared by nodes (rows × cols); resolves null when a newer overlap request was made meanwhile. */
export async function overlapLatest(project: Project, rows: string[], cols: string[]): Promise<number[][] | null> {
  const mine = ++overlapSeq;
  const result = await engine.overlap($plain(project), rows, cols);
  return mine === overlapSeq ? result : null;
}

/** Imports a file as table `tableId`, reporting progress 0..1. */
export function importWithProgress(file: File, tableId: string, options: ImportOptions, onProgress: (f: number) => void): Promise<TableSummary> {
  return engine.importFile(file, tableId, $plain(options), proxy(onProgress));
}

/** The i18n problem an engine call failed with (the worker puts it in the error message as JSON). */
export function problemOf(e: unknown): { key: string; params?: Record<string, string | number> } {
  try {
    const p = JSON.parse((e as Error).message);
    if (typeof p?.key === 'string') return p;
  } catch { /* not one of ours */ }
  return { key: 'import.error.failed', params: { detail: String((e as Error)?.message ?? e) } };
}

/** Svelte state proxies cannot be cloned to a worker: send plain JSON. */
function $plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}
