// Start-up: load saved tables (or the demo), then the last project (or a ready example on the demo data).

import type { EngineApi } from '../engine/api';
import { getLocale, t } from '../i18n/index';
import { restoreProject } from '../model/restore';
import type { Project } from '../model/types';
import { lastProjectId, loadProject, setLastProjectId } from '../store/projects';
import { editor } from './editor.svelte';

/** A first project on the demo data: all customers → a filter → a segment, so counts show at once (named in the UI language). */
export function exampleProject(tableId: string): Project {
  return {
    format: 'audience-canvas', version: 1, name: t('ui.example.name'), locale: getLocale(),
    tables: [{ id: tableId, role: 'customers', key: 'customer_id' }], traits: [],
    nodes: [
      { id: 'all', type: 'source', table: tableId, position: { x: 0, y: 0 } },
      { id: 'filter1', type: 'filter', match: 'all', negate: false, position: { x: 0, y: 170 },
        conditions: [{ column: 'age', op: 'between', value: [25, 40] }] },
      { id: 'segment1', type: 'segment', name: t('ui.example.segment'), color: '#7c3aed', position: { x: 0, y: 370 } },
    ],
    edges: [{ id: 'e1', source: 'all', target: 'filter1' }, { id: 'e2', source: 'filter1', target: 'segment1' }],
  };
}

/** Without browser storage (private mode, blocked, broken) the app still works; the user is told work will not persist. */
async function orNothing<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch {
    editor.tell({ path: '', key: 'store.error.unavailable' });
    return fallback;
  }
}

/** Loads the stored tables into the engine, and the demo when it is not among them (at start, and after a restart). */
export async function loadEngineTables(engine: Pick<EngineApi, 'restoreTables' | 'loadDemo'>): Promise<void> {
  let tables = await orNothing(() => engine.restoreTables(), []);
  if (!tables.some((t) => t.id === 'demo')) tables = [...tables, await engine.loadDemo('demo')];
  editor.tables = tables;
}

export async function boot(engine: Pick<EngineApi, 'restoreTables' | 'loadDemo'>): Promise<void> {
  await loadEngineTables(engine);
  let id = (await orNothing(() => lastProjectId(), undefined)) ?? 'main';
  const saved = await orNothing(() => loadProject(id), undefined);
  const restored = saved === undefined ? undefined : restoreProject(saved);
  if (restored && !restored.ok) {
    // Keep the unreadable copy untouched: start the new project under another id.
    editor.tell(restored.problem);
    id = `${id}-${Date.now()}`;
  }
  editor.open(id, restored?.ok ? restored.project : exampleProject('demo'));
  await setLastProjectId(id).catch(() => {});
  editor.ready = true;
}
