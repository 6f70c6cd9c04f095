// Edits of a combine node's inputs: which input an exclude keeps members of (its base).

import type { CommandResult } from './commands';
import type { Edge, Project } from './types';

/** Marks edge `edgeId` as the base input of combine `id` (the set an exclude removes the other inputs from). */
export function setExcludeBase(project: Project, id: string, edgeId: string): CommandResult {
  const edges = project.edges.map((e): Edge => {
    if (e.target !== id) return e;
    if (e.id === edgeId) return { ...e, targetHandle: 'base' };
    if (e.targetHandle !== 'base') return e;
    const { targetHandle: _, ...rest } = e;
    return rest;
  });
  return { project: { ...project, edges }, capture: true };
}

/** Which of an exclude's inputs is its base: the one marked, else the first connected (-1 when it has none). */
export function excludeBaseIndex(inputs: Edge[]): number {
  const marked = inputs.findIndex((e) => e.targetHandle === 'base');
  return marked >= 0 ? marked : inputs.length ? 0 : -1;
}
