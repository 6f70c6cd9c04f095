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

let recovering = false;

/**
 * Runs once a worker has died (a new one starts with the first call). Nothing saved is written: the project and its
 * history stay as they are, so the canvas stays editable throughout. Should the engine die again while it recovers
 * (the project's own count may be what stops it), counts wait for the next edit instead of restarting it in a loop.
 */
export async function recoverEngine(deps: RecoveryDeps, detail: string): Promise<void> {
  if (!editor.ready) return; // start-up reports its own failures
  const again = recovering;
  recovering = true;
  try {
    await loadEngineTables(deps.engine);
    if (again) { editor.tell({ path: '', key: 'store.engine.stoppedAgain', params: { detail } }); return; }
    await counts.refresh(editor.project, deps.count);
    editor.tell({ path: '', key: 'store.engine.restarted', params: { detail } });
  } catch {
    // The reload itself met a dead worker: the recovery that death started tells the user.
  } finally {
    if (!again) recovering = false;
  }
}
