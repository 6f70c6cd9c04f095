// A connection drag released without making an edge: which edge the user meant, so it is drawn or refused with a reason.

import type { OnConnectEnd } from '@xyflow/svelte';

type FinalConnectionState = Parameters<OnConnectEnd>[1];
import type { NewEdge } from '../../model/commands';
import type { Project } from '../../model/types';
import { freeOutput } from '../palette/block-node';
import { branchIds } from '../../model/split-branches';
import { branchOf } from './branch-handle';

/**
 * The edge a drag from one card's dot meant when released over `target`: from a split's branch dot it leaves by
 * that branch; dragged backwards from a card's input dot onto a split, it takes the split's first unused branch.
 */
export function meantEdge(project: Project, from: { nodeId: string; id?: string | null; type: 'source' | 'target' }, target: string): NewEdge {
  if (from.type === 'source') return { source: from.nodeId, target, sourceHandle: branchOf(from.id) };
  const split = project.nodes.find((n) => n.id === target);
  if (split?.type !== 'split') return { source: target, target: from.nodeId };
  // Every branch used: ask for the first, so the refusal says the branch already feeds a card.
  const handle = freeOutput(project, split)?.handle ?? branchIds(split)[0];
  return { source: target, target: from.nodeId, ...(handle ? { sourceHandle: handle } : {}) };
}

/** The card under a page point, frames left out (their inside is the canvas). */
function cardUnder(point: { x: number; y: number }): string | undefined {
  for (const el of document.elementsFromPoint(point.x, point.y)) {
    const card = el.closest<HTMLElement>('.svelte-flow__node');
    if (card && !card.classList.contains('svelte-flow__node-frame')) return card.dataset.id;
  }
  return undefined;
}

/**
 * The edge a drag that connected nothing asks for: released near a dot Svelte Flow refused, or over a card's body.
 * Undefined when it was released over the empty canvas (nothing was asked).
 */
export function connectionAtDrop(project: Project, state: FinalConnectionState, point?: { x: number; y: number }): NewEdge | undefined {
  const from = state.fromHandle;
  if (!from) return undefined;
  const target = state.toNode?.id ?? (point ? cardUnder(point) : undefined);
  if (!target) return undefined;
  return meantEdge(project, { nodeId: from.nodeId, id: from.id, type: from.type }, target);
}
