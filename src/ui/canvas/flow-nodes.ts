// Derives Svelte Flow's nodes and edges from the project and the latest counts (the project stays the one truth).

import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/svelte';
import type { CountResult, NodeCount } from '../../engine/api';
import { formatPercent, t } from '../../i18n/index';
import { edgeBranch, own } from '../../model/split-branches';
import type { Project, ProjectNode } from '../../model/types';
import { edgeTitle, nodeTitle } from '../nodes/sentence';
import { handleOf } from './branch-handle';

export interface NodeData extends Record<string, unknown> {
  node: ProjectNode;
  count?: NodeCount;
  total: number;
  updating: boolean;
}

const KNOWN = new Set(['source', 'filter', 'segment', 'split', 'stage', 'note', 'frame']);

/**
 * Frames lie under the connections and the cards. Svelte Flow lifts a selected node by 1000, so a selected frame
 * (−1001 + 1000) still stays below them.
 */
export const FRAME_Z = -1001;

/** A frame is drawn at its own size, dragged by its title only (the area inside stays the canvas). */
function frameProps(node: ProjectNode): Partial<FlowNode<NodeData>> {
  if (node.type !== 'frame') return {};
  return { width: node.size.width, height: node.size.height, zIndex: FRAME_Z, dragHandle: '.frame-title' };
}

export function flowNodes(project: Project, result: CountResult | null, updating: boolean, selection: string[]): FlowNode<NodeData>[] {
  return project.nodes.map((node) => ({
    id: node.id,
    type: KNOWN.has(node.type) ? node.type : 'generic',
    position: node.position,
    selected: selection.includes(node.id),
    data: { node, count: own(result?.nodes, node.id), total: result?.total ?? 0, updating },
    ...frameProps(node),
  }));
}

/**
 * Edges as Svelte Flow draws them, each named for screen readers by the cards it joins. An edge between two stages
 * is labelled with the journey's drop-off there; one leaving a split by no branch (drawn before splits had one
 * output per branch, or by a branch since removed) leaves from "all branches", so labelled. An exclude's `targetHandle: 'base'` is meaning, not a drawn handle (a
 * combine card has one input), so it is not passed on: Svelte Flow would not draw an edge to a handle it lacks.
 */
export function flowEdges(project: Project, result: CountResult | null = null): FlowEdge[] {
  const byId = new Map(project.nodes.map((n) => [n.id, n]));
  return project.edges.map((e) => {
    const from = byId.get(e.source);
    const to = byId.get(e.target);
    const branch = from?.type === 'split' ? edgeBranch(from, e.sourceHandle) : undefined;
    const label = from?.type === 'stage' && to?.type === 'stage'
      ? dropOff(own(result?.nodes, e.source), own(result?.nodes, e.target))
      : from?.type === 'split' && branch === undefined ? t('canvas.branches.all') : undefined;
    return {
      id: e.id, source: e.source, target: e.target,
      ariaLabel: t('canvas.edge.aria', { source: edgeTitle(project, e), target: to ? nodeTitle(to) : e.target }),
      ...(label ? { label } : {}),
      ...(branch !== undefined ? { sourceHandle: handleOf(branch) } : {}),
    };
  });
}

/** "43.7 % drop off" from one stage to the next: the share of those who reached the first that never reached the second. */
function dropOff(from: NodeCount | undefined, to: NodeCount | undefined): string | undefined {
  if (!from?.reached || to?.reached === undefined || from.error || to.error) return undefined;
  return t('canvas.edge.dropOff', { share: formatPercent(1 - to.reached / from.reached) });
}
