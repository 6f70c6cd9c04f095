// Saving and loading projects. Loaded projects are raw JSON: callers pass them through restoreProject.

import type { Project } from '../model/types';
import { db, type StoredProject } from './db';
import { guarded } from './errors';

export async function saveProject(id: string, project: Project): Promise<void> {
  // A plain JSON copy: what is stored is exactly what a project file would hold.
  const plain = JSON.parse(JSON.stringify(project));
  await guarded(() => db().projects.put({ id, project: plain, updatedAt: Date.now() }));
}

export async function loadProject(id: string): Promise<unknown | undefined> {
  return (await db().projects.get(id))?.project;
}

export async function lastProjectId(): Promise<string | undefined> {
  return (await db().settings.get('lastProject'))?.value as string | undefined;
}

export async function setLastProjectId(id: string): Promise<void> {
  await guarded(() => db().settings.put({ key: 'lastProject', value: id }));
}

/** A project as the projects list shows it, read from its stored copy (names of unreadable copies may be absent). */
export interface ProjectEntry { id: string; name: string; updatedAt: number; cards: number }

/** Every saved project, most recently changed first. */
export async function listProjects(): Promise<ProjectEntry[]> {
  const rows = await db().projects.orderBy('updatedAt').reverse().toArray();
  return rows.map((r) => {
    const p = (typeof r.project === 'object' && r.project ? r.project : {}) as { name?: unknown; nodes?: unknown };
    return { id: r.id, name: typeof p.name === 'string' ? p.name : '', updatedAt: r.updatedAt, cards: Array.isArray(p.nodes) ? p.nodes.length : 0 };
  });
}

/** Removes a project; returns its stored record so the deletion can be undone with `putStoredProject`. */
export async function deleteProject(id: string): Promise<StoredProject | undefined> {
  const row = await db().projects.get(id);
  await guarded(() => db().projects.delete(id));
  return row;
}

/** Puts a stored record back exactly as it was (undo of a deletion). */
export async function putStoredProject(row: StoredProject): Promise<void> {
  await guarded(() => db().projects.put(row));
}

/** A new project id, unique on this machine. */
export function newProjectId(): string {
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
