// Copy, paste and duplicate of cards: a clip is plain JSON (nodes and the edges between them), valid across projects.

import type { Problem } from '../i18n/problem';
import { connectionProblem, freshId, type CommandResult } from './commands';
import { incoming } from './graph';
import { restoreProject } from './restore';
import type { Edge, Position, Project, ProjectNode } from './types';

export const CLIP_FORMAT = 'audience-canvas-clip';

/** Copied cards: the nodes and the edges running between them (edges from outside the copy are left behind). */
export interface Clip { format: typeof CLIP_FORMAT; version: 1; nodes: ProjectNode[]; edges: Edge[] }

/** The selected nodes as a clip (in the project's order), or undefined when none of `ids` exists. */
export function copyNodes(project: Project, ids: string[]): Clip | undefined {
  const chosen = new Set(ids);
  const nodes = project.nodes.filter((n) => chosen.has(n.id));
  if (!nodes.length) return undefined;
  const edges = project.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return structuredClone({ format: CLIP_FORMAT, version: 1, nodes, edges });
}

/**
 * A clip read back from text (the system clipboard): validated through the one restore path.
 * Undefined for text that is not a clip at all; a Problem for a clip that is broken.
 */
export function readClip(text: string): Clip | Problem | undefined {
  let json: unknown;
  try { json = JSON.parse(text); } catch { return undefined; }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== CLIP_FORMAT) return undefined;
  const { nodes, edges } = json as { nodes?: unknown; edges?: unknown };
  const restored = restoreProject({ format: 'audience-canvas', version: 1, nodes, edges });
  if (!restored.ok) return restored.problem;
  return { format: CLIP_FORMAT, version: 1, nodes: restored.project.nodes, edges: restored.project.edges };
}

/** The id prefix a new copy of `node` gets (filter3, segment2 …). */
const prefix = (node: ProjectNode) => node.type;

/**
 * Adds copies of the clip's nodes, moved by `offset`, with fresh ids and their inner edges.
 * Pasted source cards read this project's customers table. Returns the command and the new ids (to select them).
 */
export function pasteClip(project: Project, clip: Clip, offset: Position): { result: CommandResult; ids: string[] } {
  let next = project;
  const ids = new Map<string, string>();
  const customers = project.tables.find((t) => t.role === 'customers')?.id;
  for (const node of clip.nodes) {
    const id = freshId(next, prefix(node));
    ids.set(node.id, id);
    let copy = { ...structuredClone(node), id, position: { x: node.position.x + offset.x, y: node.position.y + offset.y } } as ProjectNode;
    if (copy.type === 'source' && customers) copy = { ...copy, table: customers };
    next = { ...next, nodes: [...next.nodes, copy] };
  }
  for (const edge of clip.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (!source || !target) continue;
    next = { ...next, edges: [...next.edges, { ...structuredClone(edge), id: freshId(next, 'e'), source, target }] };
  }
  return { result: { project: next, capture: true }, ids: [...ids.values()] };
}

/**
 * Duplicates the nodes beside the originals. A copy also takes its original's inputs from outside the
 * selection (where the connection is allowed), so a duplicated filter is at once a variant of the same audience.
 */
export function duplicateNodes(project: Project, ids: string[], offset: Position = { x: 40, y: 40 }): { result: CommandResult; ids: string[] } | undefined {
  const clip = copyNodes(project, ids);
  if (!clip) return undefined;
  const pasted = pasteClip(project, clip, offset);
  let next = pasted.result.project;
  clip.nodes.forEach((original, i) => {
    const copy = pasted.ids[i];
    for (const e of incoming(project, original.id)) {
      if (ids.includes(e.source) || connectionProblem(next, e.source, copy)) continue;
      const edge: Edge = { ...e, id: freshId(next, 'e'), target: copy };
      next = { ...next, edges: [...next.edges, edge] };
    }
  });
  return { result: { project: next, capture: true }, ids: pasted.ids };
}
