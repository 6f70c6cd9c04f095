import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/store/db';
import { deleteProject, listProjects, loadProject, newProjectId, putStoredProject, saveProject } from '../../../src/store/projects';
import { newProject } from '../../../src/model/restore';

describe('the list of saved projects', () => {
  it('lists projects newest first with name and number of cards, tolerating an unreadable copy', async () => {
    await db().projects.clear();
    await saveProject('a', newProject('Spring', 'demo'));
    await new Promise((r) => setTimeout(r, 5));
    await saveProject('b', { ...newProject('Autumn', 'demo'), nodes: [] });
    await db().projects.put({ id: 'broken', project: 'not a project', updatedAt: 1 });
    expect((await listProjects()).map(({ id, name, cards }) => ({ id, name, cards }))).toEqual([
      { id: 'b', name: 'Autumn', cards: 0 },
      { id: 'a', name: 'Spring', cards: 1 },
      { id: 'broken', name: '', cards: 0 },
    ]);
  });

  it('deletes a project and puts back exactly what was there', async () => {
    await saveProject('gone', newProject('Gone', 'demo'));
    const row = await deleteProject('gone');
    expect(await loadProject('gone')).toBeUndefined();
    await putStoredProject(row!);
    expect(await db().projects.get('gone')).toEqual(row);
    expect(await deleteProject('never-was')).toBeUndefined();
  });

  it('makes ids that do not repeat', () => {
    const ids = new Set(Array.from({ length: 200 }, newProjectId));
    expect(ids.size).toBe(200);
    expect([...ids][0]).toMatch(/^p-[a-z0-9]+-[a-z0-9]+$/);
  });
});
