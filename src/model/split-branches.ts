// A split's branches as the canvas, the compiler and the engine all name them: one id per output, never two alike.

import type { SplitNode } from './types';

/** One output of a split: a random branch, a listed value, or the catch-all of a split by value. */
export interface Branch {
  /** The id an edge's `sourceHandle` names and the engine's counts are keyed by. */
  id: string;
  /** A random branch's label; a listed value as written; absent for the catch-all ("other", in the user's language). */
  label?: string;
  /** True for the catch-all of a split by value: members whose value is none of the listed ones. */
  other?: true;
}

/**
 * The catch-all's id: `other`, unless a listed value is itself `other` (the bank file's `poutcome` holds one):
 * then `other~2`, `other~3` … whichever no value takes, so the value keeps its own branch.
 */
export function otherBranchId(values: readonly string[]): string {
  const taken = new Set(values);
  if (!taken.has('other')) return 'other';
  for (let i = 2; ; i++) if (!taken.has(`other~${i}`)) return `other~${i}`;
}

/** The split's outputs in order, each id once (a value listed twice gives one branch). */
export function splitBranches(node: SplitNode): Branch[] {
  if (node.kind === 'random') {
    const seen = new Set<string>();
    return node.branches.filter((b) => !seen.has(b.id) && !!seen.add(b.id)).map((b) => ({ id: b.id, label: b.label }));
  }
  const values = [...new Set(node.values)];
  return [...values.map((v) => ({ id: v, label: v })), { id: otherBranchId(values), other: true as const }];
}

/** The branch ids a split offers as output handles. */
export const branchIds = (node: SplitNode): string[] => splitBranches(node).map((b) => b.id);

/**
 * The branch an edge leaving `split` by handle `handle` carries; undefined when it carries all of them (no handle,
 * as drawn before splits had one output per branch, or a branch since removed): the compiler reads it the same way.
 */
export function edgeBranch(split: SplitNode, handle: string | undefined): string | undefined {
  return handle && branchIds(split).includes(handle) ? handle : undefined;
}

/** `record[key]` when it is the record's own entry: safe for keys such as `__proto__` or `constructor`. */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
