// The main thread's door to the engine worker. The newest count request wins; older answers are dropped.

import { type Endpoint, proxy, wrap } from 'comlink';
import type { CountResult, EngineApi, ImportOptions, MembersExport, MembersExportRequest, MembersPage, MembersPageRequest, MessagePreview, TableSummary, TextValueCounts } from '../engine/api';
import type { Project } from '../model/types';

/** The worker starts on the first call: importing this module (in a component test, say) starts nothing. */
function lazyWorker(): Endpoint {
  let worker: Worker | undefined;
  const listeners: [string, EventListenerOrEventListenerObject][] = [];
  const real = () => {
    if (!worker) {
      worker = new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module' });
      for (const [type, l] of listeners) worker.addEventListener(type, l);
    }
    return worker;
  };
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => real().postMessage(message, transfer ?? []),
    addEventListener: (type: string, l: EventListenerOrEventListenerObject) => { listeners.push([type, l]); worker?.addEventListener(type, l); },
    removeEventListener: (type: string, l: EventListenerOrEventListenerObject) => {
      const i = listeners.findIndex(([t, x]) => t === type && x === l);
      if (i >= 0) listeners.splice(i, 1);
      worker?.removeEventListener(type, l);
    },
  };
}

export const engine = wrap<EngineApi>(lazyWorker());

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

let previewSeq = 0;
/** A node's message rendered for one member; resolves null when a newer preview was asked for meanwhile. */
export async function previewLatest(project: Project, nodeId: string, index: number): Promise<MessagePreview | null> {
  const mine = ++previewSeq;
  const result = await engine.messagePreview($plain(project), nodeId, index);
  return mine === previewSeq ? result : null;
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

/** A node's members as a file made in the worker; its bytes are transferred, the page only saves them. */
export function exportMembersFile(project: Project, nodeId: string, request: MembersExportRequest): Promise<MembersExport> {
  return engine.exportMembers($plain(project), nodeId, request);
}

/** Svelte state proxies cannot be cloned to a worker: send plain JSON. */
function $plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v));
}

/** One window of a node's (or split branch's) members, sorted over all of them. */
export function membersPage(project: Project, nodeId: string, branch: string | undefined, request: MembersPageRequest): Promise<MembersPage> {
  return engine.membersPage($plain(project), nodeId, branch, $plain(request));
}

/** A text column's values per value folded by `locale`, counted in the worker; null for a column that is not text. */
export function valueCounts(tableId: string, column: string, locale: string, limit: number): Promise<TextValueCounts | null> {
  return engine.valueCounts(tableId, column, locale, limit);
}
