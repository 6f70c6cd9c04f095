// The running count inside a filter, condition by condition ("7,043 → 3,875 → 1,412"), from the engine's NodeCount.

import type { NodeCount } from '../../engine/api';
import type { FilterNode } from '../../model/types';

export interface Running {
  /** Members entering the filter. */
  input: number;
  /** Members after conditions 1..k (all: left; any: matched so far), before NOT. */
  steps: number[];
  /** The filter's count (after NOT). */
  count: number;
  negated: boolean;
}

/** The running counts of a filter; undefined while there are none to show (no conditions, an error, a count from before an edit). */
export function runningCounts(node: Pick<FilterNode, 'conditions' | 'negate'>, count: NodeCount | undefined): Running | undefined {
  const n = node.conditions.length;
  if (!count || count.error || count.input === undefined || n === 0) return undefined;
  // One condition has no steps of its own: it is the count itself, or the input minus it under NOT.
  const steps = count.steps ?? (n === 1 ? [node.negate ? count.input - count.count : count.count] : undefined);
  if (!steps || steps.length !== n) return undefined;
  return { input: count.input, steps, count: count.count, negated: node.negate };
}
