// Graph helpers over a project's nodes and edges: inputs, outputs, cycles, topological order.

import type { Edge, Project, ProjectNode } from './types';

/** Edges entering `nodeId`. */
export function incoming(project: Pick<Project, 'edges'>, nodeId: string): Edge[] {
  return project.edges.filter((e) => e.target === nodeId);
}

/** Edges leaving `nodeId`. */
export function outgoing(project: Pick<Project, 'edges'>, nodeId: string): Edge[] {
  return project.edges.filter((e) => e.source === nodeId);
}

/** True when an edge source → target would close a cycle (including a self-loop). */
export function wouldCreateCycle(project: Pick<Project, 'edges'>, source: string, target: string): boolean {
  if (source === target) return true;
  const seen = new Set<string>();
  const stack = [target];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === source) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of outgoing(project, id)) stack.push(e.target);
  }
  return false;
}

/** Nodes in an order where every node comes after its inputs; nodes on a cycle are left out. */
export function topoOrder(project: Pick<Project, 'nodes' | 'edges'>): ProjectNode[] {
  const indegree = new Map<string, number>(project.nodes.map((n) => [n.id, 0]));
  for (const e of project.edges) if (indegree.has(e.target) && indegree.has(e.source)) indegree.set(e.target, indegree.get(e.target)! + 1);
  const byId = new Map(project.nodes.map((n) => [n.id, n]));
  const queue = project.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const order: ProjectNode[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    order.push(byId.get(id)!);
    for (const e of outgoing(project, id)) {
      if (!indegree.has(e.target)) continue;
      const d = indegree.get(e.target)! - 1;
      indegree.set(e.target, d);
      if (d === 0) queue.push(e.target);
    }
  }
  return order;
}
