// Undo/redo over whole Project values: cheap because commands share unchanged parts.

import type { Project } from './types';

export interface History {
  past: Project[];
  present: Project;
  future: Project[];
  /** The project before an uncaptured run of edits (e.g. a drag), so the run becomes one undo step. */
  pending?: Project;
}

const LIMIT = 200;

export const createHistory = (present: Project): History => ({ past: [], present, future: [] });

/** Records a new present. Uncaptured edits are folded into the next captured one. */
export function record(h: History, project: Project, capture: boolean): History {
  if (!capture) return { ...h, present: project, pending: h.pending ?? h.present };
  const before = h.pending ?? h.present;
  return { past: [...h.past, before].slice(-LIMIT), present: project, future: [] };
}

export function undo(h: History): History {
  if (!h.past.length) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

export function redo(h: History): History {
  if (!h.future.length) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}
