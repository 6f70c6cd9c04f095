// Graph helpers over a project's nodes and edges: inputs, outputs, cycles, topological order — each linear in the graph's size.

import type { Edge, Project, ProjectNode } from './types';

/** Edges entering `nodeId`. */
export function incoming(project: Pick<Project, 'edges'>, nodeId: string): Edge[] {
  return project.edges.filter((e) => e.target === nodeId);
}

/** Edges leaving `nodeId`. */
export function outgoing(project: Pick<Project, 'edges'>, nodeId: string): Edge[] {
  return project.edges.filter((e) => e.source === nodeId);
}

/** Every node's incoming and outgoing edges, in the project's edge order: built once, for work that asks about many nodes. */
export interface EdgeIndex {
  incoming(nodeId: string): Edge[];
  outgoing(nodeId: string): Edge[];
}

/** Indexes the edges by their ends in one pass (keyed by Map: a node id may be any text, `__proto__` included). */
export function edgeIndex(project: Pick<Project, 'edges'>): EdgeIndex {
  const ins = new Map<string, Edge[]>();
  const outs = new Map<string, Edge[]>();
  const add = (m: Map<string, Edge[]>, id: string, e: Edge) => {
    const list = m.get(id);
    if (list) list.push(e);
    else m.set(id, [e]);
  };
  for (const e of project.edges) {
    add(ins, e.target, e);
    add(outs, e.source, e);
  }
  return { incoming: (id) => ins.get(id) ?? [], outgoing: (id) => outs.get(id) ?? [] };
}

/** True when an edge source → target would close a cycle (including a self-loop). */
export function wouldCreateCycle(project: Pick<Project, 'edges'>, source: string, target: string): boolean {
  if (source === target) return true;
  const index = edgeIndex(project);
  const seen = new Set<string>();
  const stack = [target];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === source) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of index.outgoing(id)) stack.push(e.target);
  }
  return false;
}

/**
 * Nodes in an order where every node comes after its inputs; nodes on a cycle (or fed by one) are left out.
 * Kahn's algorithm: nodes without inputs first in project order, then each node as its last input is placed.
 */
export function topoOrder(project: Pick<Project, 'nodes' | 'edges'>): ProjectNode[] {
  const byId = new Map(project.nodes.map((n) => [n.id, n]));
  const indegree = new Map<string, number>(project.nodes.map((n) => [n.id, 0]));
  for (const e of project.edges) if (byId.has(e.target) && byId.has(e.source)) indegree.set(e.target, indegree.get(e.target)! + 1);
  const index = edgeIndex(project);
  const queue = project.nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  const order: ProjectNode[] = [];
  // A read position instead of queue.shift(), which moves every remaining element.
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    order.push(byId.get(id)!);
    for (const e of index.outgoing(id)) {
      if (!byId.has(e.target)) continue;
      const d = indegree.get(e.target)! - 1;
      indegree.set(e.target, d);
      if (d === 0) queue.push(e.target);
    }
  }
  return order;
}
