// Edits to the project as pure commands: (project, args) → { project, capture }. Nothing is mutated.

import type { Problem } from '../i18n/problem';
import { incoming, wouldCreateCycle } from './graph';
import type { Condition, Edge, FilterNode, Position, Project, ProjectNode, StageNode } from './types';

export interface CommandResult {
  project: Project;
  /** Record in undo history (false for intermediate states such as a drag in progress). */
  capture: boolean;
}

const done = (project: Project, capture = true): CommandResult => ({ project, capture });

/** A fresh id not used by any node or edge of the project. */
export function freshId(project: Project, prefix: string): string {
  const used = new Set([...project.nodes.map((n) => n.id), ...project.edges.map((e) => e.id)]);
  for (let i = 1; ; i++) if (!used.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

/** Node types that take exactly one input. */
const SINGLE_INPUT = new Set(['filter', 'segment', 'split', 'stage']);

/** Why an edge source → target (leaving by branch `sourceHandle` of a split) may not be drawn, or undefined when it may. */
export function connectionProblem(project: Project, source: string, target: string, sourceHandle?: string | null): Problem | undefined {
  const s = project.nodes.find((n) => n.id === source);
  const t = project.nodes.find((n) => n.id === target);
  if (!s || !t) return { path: '', key: 'ui.connect.unknown' };
  if (t.type === 'source') return { path: '', key: 'ui.connect.intoSource' };
  if (t.type === 'note' || s.type === 'note') return { path: '', key: 'ui.connect.note' };
  if (t.type === 'frame' || s.type === 'frame') return { path: '', key: 'frame.connect' };
  const handle = sourceHandle || undefined;
  if (project.edges.some((e) => e.source === source && e.target === target && (e.sourceHandle || undefined) === handle)) return { path: '', key: 'ui.connect.duplicate' };
  if (wouldCreateCycle(project, source, target)) return { path: '', key: 'ui.connect.cycle' };
  if (SINGLE_INPUT.has(t.type) && incoming(project, target).length > 0) return { path: '', key: 'ui.connect.oneInput' };
  // A branch of a split is one group of the test: it feeds one card (a segment, a filter …), which may feed more.
  if (s.type === 'split' && handle && project.edges.some((e) => e.source === source && e.sourceHandle === handle)) return { path: '', key: 'canvas.connect.branchUsed' };
  return undefined;
}

export interface NewEdge { source: string; target: string; sourceHandle?: string | null; targetHandle?: string | null }

export function connect(project: Project, edge: NewEdge): CommandResult | { problem: Problem } {
  const problem = connectionProblem(project, edge.source, edge.target, edge.sourceHandle);
  if (problem) return { problem };
  const e: Edge = { id: freshId(project, 'e'), source: edge.source, target: edge.target };
  if (edge.sourceHandle) e.sourceHandle = edge.sourceHandle;
  if (edge.targetHandle) e.targetHandle = edge.targetHandle;
  return done({ ...project, edges: [...project.edges, e] });
}

/** Adds a node; with `from` (and a split's branch `fromHandle`), also connects from there when the connection is allowed. */
export function addNode(project: Project, node: ProjectNode, from?: string, fromHandle?: string): CommandResult {
  const next = { ...project, nodes: [...project.nodes, node] };
  if (from && !connectionProblem(next, from, node.id, fromHandle)) {
    const e: Edge = { id: freshId(next, 'e'), source: from, target: node.id, ...(fromHandle ? { sourceHandle: fromHandle } : {}) };
    return done({ ...next, edges: [...next.edges, e] });
  }
  return done(next);
}

export function updateNode(project: Project, id: string, patch: Partial<ProjectNode>): CommandResult {
  return done({ ...project, nodes: project.nodes.map((n) => (n.id === id ? ({ ...n, ...patch } as ProjectNode) : n)) });
}

export function moveNodes(project: Project, positions: Record<string, Position>, capture = true): CommandResult {
  return done({ ...project, nodes: project.nodes.map((n) => (positions[n.id] ? { ...n, position: positions[n.id] } : n)) }, capture);
}

export function removeNodes(project: Project, ids: string[]): CommandResult {
  const gone = new Set(ids);
  return done({
    ...project,
    nodes: project.nodes.filter((n) => !gone.has(n.id)),
    edges: project.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  });
}

export function removeEdges(project: Project, ids: string[]): CommandResult {
  const gone = new Set(ids);
  return done({ ...project, edges: project.edges.filter((e) => !gone.has(e.id)) });
}

/** Changes the conditions of a filter or a stage (the two nodes that carry conditions). */
function withConditions(project: Project, id: string, change: (c: Condition[]) => Condition[]): CommandResult {
  return done({
    ...project,
    nodes: project.nodes.map((n) => (n.id === id && (n.type === 'filter' || n.type === 'stage') ? ({ ...n, conditions: change(n.conditions) } as FilterNode | StageNode) : n)),
  });
}

export const setCondition = (project: Project, id: string, index: number, c: Condition): CommandResult =>
  withConditions(project, id, (cs) => cs.map((x, i) => (i === index ? c : x)));
export const addCondition = (project: Project, id: string, c: Condition): CommandResult =>
  withConditions(project, id, (cs) => [...cs, c]);
export const removeCondition = (project: Project, id: string, index: number): CommandResult =>
  withConditions(project, id, (cs) => cs.filter((_, i) => i !== index));

/** Points the customers table binding and every source node at a newly imported table. */
export function useCustomersTable(project: Project, tableId: string): CommandResult {
  const others = project.tables.filter((t) => t.role !== 'customers' && t.id !== tableId);
  return done({
    ...project,
    tables: [{ id: tableId, role: 'customers' }, ...others],
    nodes: project.nodes.map((n) => (n.type === 'source' ? { ...n, table: tableId } : n)),
  });
}

export function rename(project: Project, name: string): CommandResult {
  return done({ ...project, name });
}

/** Sets the language the project's data is written in: text conditions fold case by it (Turkish İ/ı). */
export function setDataLocale(project: Project, locale: string): CommandResult {
  return done({ ...project, locale });
}
