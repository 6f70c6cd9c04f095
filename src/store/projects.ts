// Saving and loading projects. Loaded projects are raw JSON: callers pass them through restoreProject.

import type { Project } from '../model/types';
import { db } from './db';
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
