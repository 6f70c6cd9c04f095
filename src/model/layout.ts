// Auto-layout: cards in rows from the customers downwards, inputs above what they feed (dagre's layered layout).

import { Graph, layout } from '@dagrejs/dagre';
import { moveNodes, type CommandResult } from './commands';
import type { Position, Project } from './types';

export interface Size { width: number; height: number }

/** A card's size when the canvas has not measured it (a filter card with one condition). */
export const DEFAULT_SIZE: Size = { width: 260, height: 130 };

/**
 * Arranges `ids` (all nodes when empty) top to bottom by their edges, keeping the group where its top-left card was.
 * `sizes` are the cards' measured sizes; a moved card snaps to whole pixels. One undo step.
 */
export function autoLayout(project: Project, sizes: Record<string, Size>, ids: string[] = []): CommandResult {
  const chosen = new Set(ids.length ? ids : project.nodes.map((n) => n.id));
  const nodes = project.nodes.filter((n) => chosen.has(n.id));
  if (!nodes.length) return { project, capture: false };
  const g = new Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { ...(sizes[n.id] ?? DEFAULT_SIZE) });
  for (const e of project.edges) if (chosen.has(e.source) && chosen.has(e.target)) g.setEdge(e.source, e.target);
  layout(g);
  // dagre gives centres from (0, 0); keep the group's top-left corner where it was.
  const origin = { x: Math.min(...nodes.map((n) => n.position.x)), y: Math.min(...nodes.map((n) => n.position.y)) };
  const placed: Record<string, Position> = {};
  for (const n of nodes) {
    const { x, y, width, height } = g.node(n.id);
    placed[n.id] = { x: x - width / 2, y: y - height / 2 };
  }
  const min = { x: Math.min(...Object.values(placed).map((p) => p.x)), y: Math.min(...Object.values(placed).map((p) => p.y)) };
  for (const id of Object.keys(placed)) {
    placed[id] = { x: Math.round(placed[id].x - min.x + origin.x), y: Math.round(placed[id].y - min.y + origin.y) };
  }
  return moveNodes(project, placed);
}
