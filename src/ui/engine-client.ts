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

/** Imports a file as table `tableId`, reporting progress 0..1. */
export function importWithProgress(file: File, tableId: string, options: ImportOptions, onProgress: (f: number) => void): Promise<TableSummary> {
  return engine.importFile(file, tableId, $plain(options), proxy(onProgress));
}

/** Svelte state proxies cannot be cloned to a worker: send plain JSON. */
function $plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}
