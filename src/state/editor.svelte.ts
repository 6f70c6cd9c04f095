// The editor's state: the one Project, selection, undo history, autosave status. Edits go through dispatch().

import type { TableSummary } from '../engine/api';
import type { Problem } from '../i18n/problem';
import type { CommandResult } from '../model/commands';
import { createHistory, type History, record, redo, undo } from '../model/history';
import { newProject } from '../model/restore';
import type { Project } from '../model/types';
import { createAutosave, type SaveStatus } from '../store/autosave';
import { saveProject } from '../store/projects';

const NO_COLUMNS: TableSummary['columns'] = [];

class Editor {
  project = $state.raw<Project>(newProject('', 'demo'));
  projectId = $state('main');
  selection = $state.raw<string[]>([]);
  tables = $state.raw<TableSummary[]>([]);
  saveStatus = $state.raw<SaveStatus>('saved');
  /** A short message for the user (a refused connection, an import result); cleared after a while. */
  notice = $state.raw<Problem | null>(null);
  /** A button offered with the notice, e.g. "Undo" after deleting a project. */
  noticeAction = $state.raw<{ label: string; run: () => void } | null>(null);
  ready = $state(false);
  private history: History = createHistory(this.project);
  private autosave = createAutosave(() => saveProject(this.projectId, this.project), 300, (s) => (this.saveStatus = s));

  canUndo = $state(false);
  canRedo = $state(false);

  /** Starts editing a project (loaded or new), with a fresh history. */
  open(id: string, project: Project): void {
    this.projectId = id;
    this.project = project;
    this.history = createHistory(project);
    this.sync();
  }

  dispatch(result: CommandResult | { problem: Problem }): void {
    if ('problem' in result) { this.tell(result.problem); return; }
    this.history = record(this.history, result.project, result.capture);
    this.project = result.project;
    this.sync();
    this.autosave.schedule();
  }

  undo(): void { this.history = undo(this.history); this.project = this.history.present; this.sync(); this.autosave.schedule(); }
  redo(): void { this.history = redo(this.history); this.project = this.history.present; this.sync(); this.autosave.schedule(); }
  flush(): Promise<void> { return this.autosave.flush(); }

  tell(problem: Problem, action?: { label: string; run: () => void }): void {
    this.notice = problem;
    this.noticeAction = action ?? null;
    setTimeout(() => { if (this.notice === problem) { this.notice = null; this.noticeAction = null; } }, action ? 10000 : 5000);
  }

  private sync(): void {
    this.canUndo = this.history.past.length > 0;
    this.canRedo = this.history.future.length > 0;
    const ids = new Set(this.project.nodes.map((n) => n.id));
    if (this.selection.some((id) => !ids.has(id))) this.selection = this.selection.filter((id) => ids.has(id));
  }

  /** The id of the project's customers table. */
  readonly customersTableId = $derived(this.project.tables.find((t) => t.role === 'customers')?.id);
  /** The summary of the customers table's data, when loaded. */
  readonly customersTable = $derived(this.tables.find((t) => t.id === this.customersTableId));
  /**
   * Profiles of the customers table's columns. Derived, so what reads them (the palette binds ~40 blocks to
   * columns by name) runs again only when they change, not on every keystroke that changes the project.
   */
  readonly columns = $derived(this.customersTable?.columns ?? NO_COLUMNS);
}

export const editor = new Editor();
