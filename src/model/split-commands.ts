// Edits of a split node: its random branches and seed, its column and values, and switching between the two kinds.

import type { Problem } from '../i18n/problem';
import type { CommandResult } from './commands';
import { LIMITS } from './restore-limits';
import { splitBranches } from './split-branches';
import type { Edge, Project, SplitBranch, SplitNode } from './types';

export { branchIds } from './split-branches';

/**
 * The edges leaving `prev` by a branch, as they read once it becomes `next`: an edge from the catch-all follows the
 * catch-all (its id moves to `other~2` when `other` becomes a listed value), an edge from a branch `next` no longer
 * has goes, and so does every branch edge when the split changes kind. Edges without a branch (all branches) stay.
 */
function branchEdges(edges: Edge[], prev: SplitNode, next: SplitNode): Edge[] {
  const before = new Map(splitBranches(prev).map((b) => [b.id, b]));
  const after = new Map(splitBranches(next).map((b) => [b.id, b]));
  const other = [...after.values()].find((b) => b.other)?.id;
  return edges.flatMap((e) => {
    if (e.source !== next.id || !e.sourceHandle) return [e];
    if (prev.kind !== next.kind) return [];
    const was = before.get(e.sourceHandle);
    if (was?.other) return other ? [{ ...e, sourceHandle: other }] : [];
    const is = after.get(e.sourceHandle);
    return is && !is.other ? [e] : [];
  });
}

/** Replaces the split, keeping each branch edge on the branch it meant (see branchEdges). */
function replaceSplit(project: Project, next: SplitNode): CommandResult {
  const prev = splitOf(project, next.id)!;
  return {
    project: {
      ...project,
      nodes: project.nodes.map((n) => (n.id === next.id ? next : n)),
      edges: branchEdges(project.edges, prev, next),
    },
    capture: true,
  };
}

function splitOf(project: Project, id: string): SplitNode | undefined {
  const n = project.nodes.find((x) => x.id === id);
  return n?.type === 'split' ? n : undefined;
}

/** A branch id not used by `branches`: b1, b2 … */
export function freshBranchId(branches: SplitBranch[]): string {
  const used = new Set(branches.map((b) => b.id));
  for (let i = 1; ; i++) if (!used.has(`b${i}`)) return `b${i}`;
}

/** Sets a random split's branches (labels, percents, order; removed branches lose their edges). */
export function setBranches(project: Project, id: string, branches: SplitBranch[], capture = true): CommandResult {
  const n = splitOf(project, id);
  if (n?.kind !== 'random') return { project, capture: false };
  return { ...replaceSplit(project, { ...n, branches }), capture };
}

/** Sets a random split's seed: another seed deals customers into branches afresh. */
export function setSeed(project: Project, id: string, seed: number): CommandResult {
  const n = splitOf(project, id);
  if (n?.kind !== 'random') return { project, capture: false };
  return replaceSplit(project, { ...n, seed });
}

/** Sets the column and values of a split by value (edges from values no longer listed are dropped). */
export function setSplitValues(project: Project, id: string, column: string, values: string[]): CommandResult | { problem: Problem } {
  // More values than a project file may hold would make the project one that no longer opens: refused, as restore would.
  if (values.length > LIMITS.splitValues) {
    return { problem: { path: '', key: 'model.restore.tooManySplitValues', params: { count: values.length, limit: LIMITS.splitValues } } };
  }
  const n = splitOf(project, id);
  if (n?.kind !== 'value') return { project, capture: false };
  return replaceSplit(project, { ...n, column, values });
}

/** Percentages that share 100 as evenly as whole numbers allow, the first branches taking the remainder. */
export function evenPercents(count: number): number[] {
  const each = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) => each + (i < 100 - each * count ? 1 : 0));
}

/**
 * Switches a split between random and by value. Random starts as A/B 50/50 with seed 1; by value starts on
 * `column` with `values`. Fields of the other kind are dropped; edges from branches that no longer exist go.
 */
export function setSplitKind(project: Project, id: string, kind: 'random' | 'value', column = '', values: string[] = []): CommandResult {
  const n = splitOf(project, id);
  if (!n || n.kind === kind) return { project, capture: false };
  const OWN = ['kind', 'seed', 'branches', 'column', 'values'];
  const rest = Object.fromEntries(Object.entries(n).filter(([k]) => !OWN.includes(k))) as Pick<SplitNode, 'id' | 'type' | 'position'>;
  const next: SplitNode = kind === 'random'
    ? { ...rest, kind, seed: 1, branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }] }
    : { ...rest, kind, column, values };
  return replaceSplit(project, next);
}
