// The engine's worker as a comlink endpoint that survives the worker: started on the first call, noticed when it dies, started afresh on the next call.

import type { Endpoint } from 'comlink';

/** What the page learned of a worker's death: the uncaught error's message, if there was one. */
export interface WorkerDeath { detail?: string }

/**
 * Starts the worker lazily (importing this module starts nothing). A worker is dead when it reports an uncaught error
 * (its state can no longer be trusted; it is terminated) or when it is gone without a word (closed, crashed): the
 * worker holds a Web Lock named after it for its whole life, so the page is granted that lock only once the worker has
 * ended. No timeout: a busy machine is never mistaken for a dead engine. `ondeath` runs once per dead worker.
 */
export function restartingWorker(create: (name: string) => Worker, ondeath: (death: WorkerDeath) => void): Endpoint {
  let worker: Worker | undefined;
  const listeners: [string, EventListenerOrEventListenerObject][] = [];

  const end = (w: Worker, death: WorkerDeath) => {
    if (worker !== w) return; // already replaced
    worker = undefined;
    w.terminate();
    ondeath(death);
  };

  const real = (): Worker => {
    if (worker) return worker;
    const name = `audience-canvas-engine-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const w = (worker = create(name));
    for (const [type, l] of listeners) w.addEventListener(type, l);
    w.addEventListener('error', (e) => end(w, { detail: e.message || undefined }));
    w.addEventListener('message', function alive(e: MessageEvent) {
      if (e.data?.type !== 'engine-alive') return;
      w.removeEventListener('message', alive);
      void globalThis.navigator?.locks?.request(name, () => end(w, {}));
    });
    return w;
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
