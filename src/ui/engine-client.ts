// The main thread's door to the engine worker. The newest count request wins; older answers are dropped.

import { proxy, type Remote, wrap } from 'comlink';
import type { CountResult, EngineApi, ImportOptions, MembersExport, MembersExportRequest, MembersPage, MembersPageRequest, MessagePreview, TableSummary, TextValueCounts } from '../engine/api';
import { t } from '../i18n/index';
import type { Project } from '../model/types';
import { recoverEngine } from '../state/engine-recovery';
import { restartingWorker } from './engine-worker';

/** The calls the current worker has not answered yet: a dead worker never will, so each is told when it dies. */
let waiting = new Set<(detail: string | undefined) => void>();

const remote = wrap<EngineApi>(restartingWorker(
  (name) => new Worker(new URL('../engine/worker.ts', import.meta.url), { type: 'module', name }),
  (death) => {
    const unanswered = waiting;
    waiting = new Set();
    for (const fail of unanswered) fail(death.detail);
    void recoverEngine({ engine, count: countLatest }, death.detail ?? t('store.engine.noDetail'));
  },
));

/** The error a call gets when the worker dies before answering: an import names its file. */
function stopped(method: string, args: unknown[], detail: string | undefined): Error {
  const why = detail ?? t('store.engine.noDetail');
  const name = method === 'importFile' ? (args[0] as File | undefined)?.name : undefined;
  return new Error(JSON.stringify(name === undefined
    ? { key: 'store.engine.restarted', params: { detail: why } }
    : { key: 'store.engine.stoppedImporting', params: { name, detail: why } }));
}

/**
 * The engine, as comlink's proxy of the worker's EngineApi. A call still waiting when the worker dies is answered
 * with an error (a dead worker never answers); the next call starts a new worker.
 */
export const engine = new Proxy(remote, {
  get(target, method) {
    if (typeof method !== 'string' || method === 'then') return Reflect.get(target, method);
    const call = Reflect.get(target, method) as (...args: unknown[]) => Promise<unknown>;
    return (...args: unknown[]) => new Promise((resolve, reject) => {
      const calls = waiting; // the set of the worker this call goes to (posted synchronously below)
      const fail = (detail: string | undefined) => reject(stopped(method, args, detail));
      calls.add(fail);
      call(...args).then(resolve, reject).finally(() => calls.delete(fail));
    });
  },
}) as Remote<EngineApi>;

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
