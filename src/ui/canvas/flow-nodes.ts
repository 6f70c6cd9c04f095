// Derives Svelte Flow's nodes and edges from the project and the latest counts (the project stays the one truth).

import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/svelte';
import type { CountResult, NodeCount } from '../../engine/api';
import type { Project, ProjectNode } from '../../model/types';

export interface NodeData extends Record<string, unknown> {
  node: ProjectNode;
  count?: NodeCount;
  total: number;
  updating: boolean;
}

const KNOWN = new Set(['source', 'filter', 'segment']);

export function flowNodes(project: Project, result: CountResult | null, updating: boolean, selection: string[]): FlowNode<NodeData>[] {
  return project.nodes.map((node) => ({
    id: node.id,
    type: KNOWN.has(node.type) ? node.type : 'generic',
    position: node.position,
    selected: selection.includes(node.id),
    data: { node, count: result?.nodes[node.id], total: result?.total ?? 0, updating },
  }));
}

export function flowEdges(project: Project): FlowEdge[] {
  return project.edges.map((e) => ({
    id: e.id, source: e.source, target: e.target,
    ...(e.sourceHandle ? { sourceHandle: e.sourceHandle } : {}),
    ...(e.targetHandle ? { targetHandle: e.targetHandle } : {}),
  }));
}
