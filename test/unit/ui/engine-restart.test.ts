// The engine client when its worker dies: unanswered calls are told, a new worker reloads the stored tables and counts again.
import { expose } from 'comlink';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CountResult, TableSummary } from '../../../src/engine/api';
import { newProject } from '../../../src/model/restore';

const summary = (id: string): TableSummary => ({ id, name: `${id}.csv`, rowCount: 3, columns: [], warnings: [] });

/** A stand-in for the engine's worker: the real comlink protocol over a message channel, answers as told. */
class FakeWorker extends EventTarget {
  static all: FakeWorker[] = [];
  /** Workers that fail as they start (a script that cannot load). */
  static broken = false;
  readonly calls: string[] = [];
  terminated = false;
  /** Calls that never answer, as on a worker that is stuck or about to die. */
  hang = new Set<string>();
  private port: MessagePort;
  constructor(_url: URL, readonly options: { name: string }) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const answer = <T>(name: string, value: T) => { this.calls.push(name); return this.hang.has(name) ? new Promise<T>(() => {}) : Promise.resolve(value); };
    if (!FakeWorker.broken) expose({
      restoreTables: () => answer('restoreTables', [summary('customers')]),
      loadDemo: (id: string) => answer('loadDemo', summary(id)),
      count: (_p: unknown, _seq: number) => answer<CountResult>('count', { total: 3, nodes: { all: { count: 3 } }, ms: 1 }),
      importFile: () => answer('importFile', summary('clients')),
    }, port2 as never);
    FakeWorker.all.push(this);
    // The real worker says so once it holds its lock.
    queueMicrotask(() => port2.postMessage({ type: 'engine-alive' }));
    if (FakeWorker.broken) setTimeout(() => this.crash('cannot start')); // and never answers
  }
  postMessage(m: unknown, transfer: Transferable[] = []) { this.port.postMessage(m, transfer as never); }
  override addEventListener(type: string, l: EventListenerOrEventListenerObject) {
    if (type === 'message') this.port.addEventListener('message', l as never); else super.addEventListener(type, l);
  }
  override removeEventListener(type: string, l: EventListenerOrEventListenerObject) {
    if (type === 'message') this.port.removeEventListener('message', l as never); else super.removeEventListener(type, l);
  }
  terminate() { this.terminated = true; this.port.close(); }
  /** An uncaught error in the worker, as the browser reports it to the page. */
  crash(message: string) { this.dispatchEvent(Object.assign(new Event('error'), { message })); }
}

/** Web Locks as the browser keeps them: a request is granted when the holder (here: the test) lets go. */
const held = new Map<string, () => void>();
vi.stubGlobal('navigator', { locks: { request: (name: string, granted: () => unknown) => new Promise((r) => held.set(name, () => r(granted()))) } });
vi.stubGlobal('Worker', FakeWorker);

const { engine, countLatest, problemOf } = await import('../../../src/ui/engine-client');
const { editor } = await import('../../../src/state/editor.svelte');
const { counts } = await import('../../../src/state/counts.svelte');

const last = () => FakeWorker.all[FakeWorker.all.length - 1];

beforeEach(async () => {
  editor.open('p', newProject('Spring', 'customers'));
  editor.ready = true;
  editor.notice = null;
});

describe('when the engine worker dies', () => {
  it('tells a count it never answered, reloads the tables in a new worker and counts again', async () => {
    await countLatest(editor.project); // the worker is up and answering
    const first = last();
    first.hang.add('count');
    const project = editor.project;
    const pending = countLatest(project);
    await vi.waitFor(() => expect(first.calls.filter((c) => c === 'count')).toHaveLength(2));
    first.crash('Uncaught RangeError: Maximum call stack size exceeded');

    await expect(pending).rejects.toThrow();
    expect(problemOf(await pending.catch((e) => e))).toEqual({ key: 'store.engine.restarted', params: { detail: 'Uncaught RangeError: Maximum call stack size exceeded' } });
    expect(first.terminated).toBe(true);
    await vi.waitFor(() => expect(editor.notice?.key).toBe('store.engine.restarted'));
    const second = last();
    expect(second).not.toBe(first);
    expect(second.calls).toEqual(['restoreTables', 'loadDemo', 'count']);
    expect(editor.tables.map((t) => t.id)).toEqual(['customers', 'demo']);
    expect(counts.result?.total).toBe(3);
    expect(counts.failed).toBe(false);
    // Nothing the user made was touched.
    expect(editor.project).toBe(project);
  });

  it('names the file of an import the engine died in', async () => {
    await countLatest(editor.project);
    const worker = last();
    worker.hang.add('importFile');
    const importing = engine.importFile(new File(['a\n1\n'], 'klientlər.csv'), 'clients', { format: 'csv', columns: {} } as never);
    await vi.waitFor(() => expect(worker.calls).toContain('importFile'));
    worker.crash('Uncaught Error: boom');
    expect(problemOf(await importing.catch((e) => e))).toEqual({ key: 'store.engine.stoppedImporting', params: { name: 'klientlər.csv', detail: 'Uncaught Error: boom' } });
    await vi.waitFor(() => expect(editor.notice?.key).toBe('store.engine.restarted'));
  });

  it('notices a worker that ended without a word (its lock is granted) and says no reason was given', async () => {
    await countLatest(editor.project);
    const worker = last();
    await vi.waitFor(() => expect(held.has(worker.options.name)).toBe(true));
    held.get(worker.options.name)!();
    await vi.waitFor(() => expect(editor.notice).toMatchObject({ key: 'store.engine.restarted', params: { detail: 'it ended without a message' } }));
    expect(worker.terminated).toBe(true);
    expect(last().calls).toEqual(['restoreTables', 'loadDemo', 'count']);
  });

  it('does not restart in a loop when the engine dies again while it recovers', async () => {
    await countLatest(editor.project);
    const before = FakeWorker.all.length;
    last().crash('first');
    await vi.waitFor(() => expect(FakeWorker.all.length).toBe(before + 1));
    const second = last();
    second.hang.add('count');
    await vi.waitFor(() => expect(second.calls).toContain('count'));
    second.crash('second');
    await vi.waitFor(() => expect(editor.notice).toMatchObject({ key: 'store.engine.stoppedAgain', params: { detail: 'second' } }));
    expect(last().calls).toEqual(['restoreTables', 'loadDemo']);
  });

  it('gives up on a worker that cannot start instead of starting workers forever', async () => {
    await countLatest(editor.project);
    const before = FakeWorker.all.length;
    FakeWorker.broken = true;
    last().crash('first');
    const settled = async () => { const n = FakeWorker.all.length; await new Promise((r) => setTimeout(r, 300)); return FakeWorker.all.length === n; };
    await vi.waitFor(async () => expect(await settled()).toBe(true), { timeout: 10_000 });
    expect(FakeWorker.all.length - before).toBeLessThanOrEqual(4);
    FakeWorker.broken = false;
  });
});
