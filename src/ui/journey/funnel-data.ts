// The figures of a journey's funnel: per stage, who reached it or beyond, who is in it, and conversion.

import type { CountResult } from '../../engine/api';
import type { StageNode } from '../../model/types';

export interface FunnelRow {
  id: string;
  name: string;
  /** Members who reached this stage or a later one. */
  reached: number;
  /** Members whose furthest stage is this one. */
  inStage: number;
  /** reached / the previous stage's reached (the journey's input for the first stage); undefined when that is 0. */
  conversion?: number;
}

/** The funnel of a stage chain from the latest counts; empty while any stage cannot be counted. */
export function funnelRows(chain: StageNode[], result: CountResult | null): FunnelRow[] {
  const counts = chain.map((s) => result?.nodes[s.id]);
  if (!counts.length || counts.some((c) => !c || c.error || c.reached === undefined)) return [];
  return chain.map((s, k) => {
    const c = counts[k]!;
    const before = k === 0 ? c.input ?? 0 : counts[k - 1]!.reached!;
    return { id: s.id, name: s.name, reached: c.reached!, inStage: c.count, ...(before ? { conversion: c.reached! / before } : {}) };
  });
}
