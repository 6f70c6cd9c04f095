// Derives Svelte Flow's nodes and edges from the project and the latest counts (the project stays the one truth).

import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/svelte';
import type { CountResult, NodeCount } from '../../engine/api';
import { formatPercent, t } from '../../i18n/index';
import type { Project, ProjectNode } from '../../model/types';

export interface NodeData extends Record<string, unknown> {
  node: ProjectNode;
  count?: NodeCount;
  total: number;
  updating: boolean;
}

const KNOWN = new Set(['source', 'filter', 'segment', 'stage', 'note', 'frame']);

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
    data: { node, count: result?.nodes[node.id], total: result?.total ?? 0, updating },
    ...frameProps(node),
  }));
}

/** Edges as Svelte Flow draws them; an edge between two stages is labelled with the journey's drop-off there. */
export function flowEdges(project: Project, result: CountResult | null = null): FlowEdge[] {
  const stage = (id: string) => project.nodes.find((n) => n.id === id)?.type === 'stage';
  return project.edges.map((e) => ({
    id: e.id, source: e.source, target: e.target,
    ...(stage(e.source) && stage(e.target) ? dropOff(result?.nodes[e.source], result?.nodes[e.target]) : {}),
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
  }));
}

/** "−40 % drop-off" from one stage to the next: the share of those who reached the first that never reached the second. */
function dropOff(from: NodeCount | undefined, to: NodeCount | undefined): { label?: string } {
  if (!from?.reached || to?.reached === undefined || from.error || to.error) return {};
  return { label: t('journey.edge.dropOff', { share: formatPercent(1 - to.reached / from.reached) }) };
}
