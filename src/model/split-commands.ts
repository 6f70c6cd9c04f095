// Edits of a split node: its random branches and seed, its column and values, and switching between the two kinds.

import type { CommandResult } from './commands';
import type { Project, SplitBranch, SplitNode } from './types';

/** The branch ids a split offers as output handles (`other` for a split by value). */
export function branchIds(node: SplitNode): string[] {
  return node.kind === 'random' ? node.branches.map((b) => b.id) : [...node.values, 'other'];
}

/** Replaces the split, dropping edges that left by a branch the new split no longer has. */
function replaceSplit(project: Project, next: SplitNode): CommandResult {
  const kept = new Set(branchIds(next));
  return {
    project: {
      ...project,
      nodes: project.nodes.map((n) => (n.id === next.id ? next : n)),
      edges: project.edges.filter((e) => e.source !== next.id || !e.sourceHandle || kept.has(e.sourceHandle)),
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
export function setSplitValues(project: Project, id: string, column: string, values: string[]): CommandResult {
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
