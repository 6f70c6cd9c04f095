// The user's projects: list, open, create, rename, duplicate, delete (with undo), export to and import from a file.

import { getLocale, t } from '../i18n/index';
import { problemText } from '../i18n/problem';
import { newProject, restoreProject } from '../model/restore';
import type { Project } from '../model/types';
import { deleteProject, listProjects, loadProject, newProjectId, type ProjectEntry, putStoredProject, saveProject, setLastProjectId } from '../store/projects';
import { editor } from './editor.svelte';

/** A project file's name: the project's name made safe for file systems, or "project". */
export function projectFileName(name: string): string {
  const safe = name.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${safe || 'project'}.audience-canvas.json`;
}

/** The project exactly as its file holds it: version-1 JSON, indented for people who read it. */
export const projectFileText = (project: Project): string => `${JSON.stringify(project, null, 2)}\n`;

class Projects {
  list = $state.raw<ProjectEntry[]>([]);

  /** Reads the list; the open project is in it even before its first edit (the example project is saved only then). */
  async refresh(): Promise<void> {
    let list = await listProjects();
    if (!list.some((p) => p.id === editor.projectId)) {
      await saveProject(editor.projectId, editor.project).catch(() => {});
      list = await listProjects();
    }
    this.list = list;
  }

  /** Saves what is being edited, then edits project `id` (or says why it cannot be read, leaving it untouched). */
  async open(id: string): Promise<boolean> {
    await editor.flush();
    const restored = restoreProject(await loadProject(id));
    if (!restored.ok) { editor.tell(restored.problem); return false; }
    editor.open(id, restored.project);
    editor.selection = [];
    await setLastProjectId(id).catch(() => {});
    return true;
  }

  /** Adds `project` under a new id and opens it. */
  async add(project: Project): Promise<string> {
    const id = newProjectId();
    await saveProject(id, project);
    await this.open(id);
    await this.refresh();
    return id;
  }

  /** A new empty project on the customers table in use, its data in the language the user works in. */
  create(): Promise<string> {
    const table = editor.customersTableId ?? 'demo';
    return this.add({ ...newProject(t('projects.newName'), table), locale: getLocale() });
  }

  async rename(id: string, name: string): Promise<void> {
    if (id === editor.projectId) {
      editor.dispatch({ project: { ...editor.project, name }, capture: true });
      await editor.flush();
    } else {
      const restored = restoreProject(await loadProject(id));
      if (!restored.ok) { editor.tell(restored.problem); return; }
      await saveProject(id, { ...restored.project, name });
    }
    await this.refresh();
  }

  async duplicate(id: string): Promise<string | undefined> {
    await editor.flush();
    const restored = restoreProject(await loadProject(id));
    if (!restored.ok) { editor.tell(restored.problem); return undefined; }
    return this.add({ ...restored.project, name: t('projects.copyOf', { name: restored.project.name || t('ui.project.untitled') }) });
  }

  /** Deletes a project; the notice offers Undo. Deleting the open project opens the next one (or a new one). */
  async remove(id: string): Promise<void> {
    await editor.flush();
    const row = await deleteProject(id);
    if (!row) return;
    if (id === editor.projectId) {
      // Move to another project before listing, or the list would save the open (deleted) one again.
      const next = (await listProjects())[0];
      if (!next || !(await this.open(next.id))) await this.create();
    }
    await this.refresh();
    const name = (row.project as { name?: string } | undefined)?.name || t('ui.project.untitled');
    editor.tell({ path: '', key: 'projects.deleted', params: { name } }, {
      label: 'projects.undoDelete',
      run: () => { void putStoredProject(row).then(() => this.open(id)).then(() => this.refresh()); },
    });
  }

  /** The project's file: name and text (the open project as it is now, or a saved one). */
  async exportFile(id: string): Promise<{ name: string; text: string } | undefined> {
    const restored = id === editor.projectId ? { ok: true as const, project: editor.project } : restoreProject(await loadProject(id));
    if (!restored.ok) { editor.tell(restored.problem); return undefined; }
    return { name: projectFileName(restored.project.name), text: projectFileText(restored.project) };
  }

  /** Opens a project file as a new project. A broken file is explained (with the field at fault); nothing saved changes. */
  async importFile(text: string): Promise<boolean> {
    const restored = restoreProject(text);
    if (!restored.ok) {
      editor.tell({ path: '', key: 'projects.importFailed', params: { reason: problemText(restored.problem, t) } });
      return false;
    }
    await this.add(restored.project);
    editor.tell({ path: '', key: 'projects.imported', params: { name: restored.project.name || t('ui.project.untitled') } });
    return true;
  }
}

export const projects = new Projects();
