// Journey templates for the palette: stage chains pre-filled with rules on common journey signals.
// Rules name palette blocks, so they bind to whatever columns the imported file has (and can be rebound).

import { incoming, outgoing } from './graph';
import type { ConditionValue, Op, Project, StageNode } from './types';

export type StageKind = 'awareness' | 'consideration' | 'decision' | 'retention' | 'advocacy';
export type JourneyTemplate = 'threeStage' | 'fiveStage';
export const JOURNEY_TEMPLATES: JourneyTemplate[] = ['threeStage', 'fiveStage'];

export interface StageRule { block: string; op: Op; value?: ConditionValue }
export interface StageTemplate { kind: StageKind; match: 'all' | 'any'; rules: StageRule[] }

const AWARENESS: StageTemplate = { kind: 'awareness', match: 'any', rules: [{ block: 'websiteVisits', op: 'gte', value: 1 }] };
const CONSIDERATION: StageTemplate = { kind: 'consideration', match: 'any', rules: [{ block: 'pricingVisits', op: 'gte', value: 1 }] };
const DECISION: StageTemplate = { kind: 'decision', match: 'any', rules: [{ block: 'demoRequested', op: 'isTrue' }, { block: 'trialStarted', op: 'isTrue' }] };
const RETENTION: StageTemplate = { kind: 'retention', match: 'all', rules: [{ block: 'purchaseCount', op: 'gte', value: 2 }] };
const ADVOCACY: StageTemplate = {
  kind: 'advocacy', match: 'all',
  rules: [{ block: 'purchaseCount', op: 'gte', value: 2 }, { block: 'promoters', op: 'gte', value: 9 }],
};

/** The stages of each template, first to last. */
export const JOURNEYS: Record<JourneyTemplate, StageTemplate[]> = {
  threeStage: [AWARENESS, CONSIDERATION, DECISION],
  fiveStage: [AWARENESS, CONSIDERATION, DECISION, RETENTION, ADVOCACY],
};

/** The kind of a stage: its own `kind` field when a template made it, else its place in the chain. */
export function stageKind(node: object, indexInChain: number): StageKind {
  const kinds: StageKind[] = ['awareness', 'consideration', 'decision', 'retention', 'advocacy'];
  const own = (node as { kind?: unknown }).kind as StageKind;
  return kinds.includes(own) ? own : kinds[Math.min(Math.max(0, indexInChain), kinds.length - 1)];
}

/** The whole journey a stage belongs to: walk back to the first stage, then forward along stage → stage edges. */
export function journeyOf(project: Project, stageId: string): StageNode[] {
  const byId = new Map(project.nodes.map((n) => [n.id, n]));
  const isStage = (id: string | undefined): id is string => !!id && byId.get(id)?.type === 'stage';
  let first = stageId;
  const seen = new Set([first]);
  for (;;) {
    const prev = incoming(project, first).map((e) => e.source).find(isStage);
    if (!prev || seen.has(prev)) break;
    seen.add(prev);
    first = prev;
  }
  const chain = [byId.get(first) as StageNode];
  const inChain = new Set([first]);
  for (;;) {
    const next = outgoing(project, chain[chain.length - 1].id).map((e) => e.target).find((id) => isStage(id) && !inChain.has(id));
    if (!next) return chain;
    inChain.add(next);
    chain.push(byId.get(next) as StageNode);
  }
}
