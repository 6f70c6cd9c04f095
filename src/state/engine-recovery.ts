// After the engine's worker died: its tables are loaded again from storage, the counts asked again, and the user told.

import type { CountResult, EngineApi } from '../engine/api';
import type { Project } from '../model/types';
import { loadEngineTables } from './boot';
import { counts } from './counts.svelte';
import { editor } from './editor.svelte';

export interface RecoveryDeps {
  engine: Pick<EngineApi, 'restoreTables' | 'loadDemo'>;
  count: (project: Project) => Promise<CountResult | null>;
}

/** Deaths since the engine last answered a count: a worker dying as it recovers is not restarted in a loop. */
let deaths = 0;
/** The counts shown when the engine last died: other counts since then mean it had answered again. */
let seen: CountResult | null = null;

/**
 * Runs once a worker has died (a new one starts with the first call). Nothing saved is written: the project and its
 * history stay as they are, so the canvas stays editable throughout. Should the engine die again while it recovers
 * (the project's own count may be what stops it), the tables are loaded once more and counts wait for the next edit;
 * a third death before any count is answered (a worker that cannot start) is left alone.
 */
export async function recoverEngine(deps: RecoveryDeps, detail: string): Promise<void> {
  if (!editor.ready) return; // start-up reports its own failures
  if (counts.result !== seen) deaths = 0;
  seen = counts.result;
  const mine = ++deaths;
  if (mine > 2) return;
  try {
    await loadEngineTables(deps.engine);
    if (mine === 2) { editor.tell({ path: '', key: 'store.engine.stoppedAgain', params: { detail } }); return; }
    await counts.refresh(editor.project, deps.count);
    // Died again meanwhile: that recovery tells the user.
    if (deaths === 1) { editor.tell({ path: '', key: 'store.engine.restarted', params: { detail } }); }
  } catch {
    // The reload met a dead worker: the recovery that death started carries on.
  }
}
