// Graph helpers over large and random graphs: a 100,000-card fan or chain orders and compiles (each helper is linear),
// and on random small graphs the order is topological and leaves out exactly the cards a loop reaches.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/model/compile';
import { edgeIndex, topoOrder, wouldCreateCycle } from '../../../src/model/graph';
import type { Edge, Project, ProjectNode } from '../../../src/model/types';

const at = { position: { x: 0, y: 0 } };
const N = 100_000;
const schema = { customers: { age: 'number' as const } };
function project(nodes: ProjectNode[], edges: Edge[]): Project {
  return { format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [{ id: 'customers', role: 'customers' }], traits: [], nodes, edges };
}
const source: ProjectNode = { id: 'all', type: 'source', table: 'customers', ...at };
const filter = (id: string): ProjectNode => ({ id, type: 'filter', match: 'all', negate: false, conditions: [{ column: 'age', op: 'gt', value: 30 }], ...at });

describe('a project of 100,000 cards', () => {
  it('orders and compiles a fan: one source feeding 100,000 filters', () => {
    const nodes = [source, ...Array.from({ length: N }, (_, i) => filter(`f${i}`))];
    const edges = Array.from({ length: N }, (_, i) => ({ id: `e${i}`, source: 'all', target: `f${i}` }));
    const p = project(nodes, edges);
    const order = topoOrder(p);
    expect(order.length).toBe(N + 1);
    expect(order[0].id).toBe('all');
    const plan = compile(p, schema);
    expect(plan.nodes.length).toBe(N + 1);
    expect(plan.nodes.filter((n) => n.error)).toEqual([]);
    expect(plan.nodes[N].input).toEqual({ kind: 'ref', id: 'all' });
  }, 120_000);

  it('orders and compiles a chain of 100,000 filters, each fed by the one before, listed last first', () => {
    const ids = ['all', ...Array.from({ length: N }, (_, i) => `f${i}`)];
    const nodes = [source, ...ids.slice(1).map(filter)].reverse();
    const edges = ids.slice(1).map((id, i) => ({ id: `e${i}`, source: ids[i], target: id }));
    const p = project(nodes, edges);
    expect(topoOrder(p).map((n) => n.id)).toEqual(ids);
    const plan = compile(p, schema);
    expect(plan.nodes.filter((n) => n.error)).toEqual([]);
    expect(plan.nodes[0]).toMatchObject({ id: `f${N - 1}`, input: { kind: 'ref', id: `f${N - 2}` } });
    // Closing the chain into a loop is seen from its far end, through 100,000 cards.
    expect(wouldCreateCycle(p, `f${N - 1}`, 'all')).toBe(true);
    expect(wouldCreateCycle(p, 'all', `f${N - 1}`)).toBe(false);
  }, 120_000);
});

// A random graph on up to 10 nodes: duplicate edges, self-loops, loops and edges to nodes that do not exist.
const graph = fc.integer({ min: 1, max: 10 }).chain((n) => fc.record({
  n: fc.constant(n),
  pairs: fc.array(fc.tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n })), { maxLength: 25 }),
  shuffle: fc.array(fc.nat(), { minLength: n, maxLength: n }),
}));
/** Node ids in a shuffled project order; index n stands for an id no node has. */
function build({ n, pairs, shuffle }: { n: number; pairs: [number, number][]; shuffle: number[] }) {
  const id = (i: number) => (i === n ? 'ghost' : `n${i}`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => shuffle[a] - shuffle[b] || a - b);
  const nodes = order.map((i): ProjectNode => ({ id: id(i), type: 'note', text: '', ...at }));
  const edges = pairs.map(([s, t], k) => ({ id: `e${k}`, source: id(s), target: id(t) }));
  return { n, id, nodes, edges, all: pairs, pairs: pairs.filter(([s, t]) => s < n && t < n) };
}
/** reach[a][b]: b can be reached from a by one edge or more (Warshall's closure; independent of graph.ts). */
function closure(n: number, pairs: [number, number][]): boolean[][] {
  const r = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
  for (const [s, t] of pairs) r[s][t] = true;
  for (let k = 0; k < n; k++) for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (r[a][k] && r[k][b]) r[a][b] = true;
  return r;
}

describe('graph helpers on random small graphs', () => {
  it('orders every card after its inputs, and leaves out exactly the cards on a loop or fed by one', () => {
    fc.assert(fc.property(graph, (g) => {
      const { n, id, nodes, edges, pairs } = build(g);
      const order = topoOrder({ nodes, edges }).map((x) => x.id);
      const reach = closure(n, pairs);
      const onLoop = (v: number) => reach[v][v];
      const fedByLoop = (v: number) => onLoop(v) || Array.from({ length: n }, (_, u) => u).some((u) => onLoop(u) && reach[u][v]);
      const expected = Array.from({ length: n }, (_, v) => v).filter((v) => !fedByLoop(v)).map(id).sort();
      expect([...order].sort()).toEqual(expected);
      expect(new Set(order).size).toBe(order.length);
      const place = new Map(order.map((x, i) => [x, i]));
      for (const [s, t] of pairs.map(([a, b]) => [id(a), id(b)])) if (place.has(t)) expect(place.get(s)!).toBeLessThan(place.get(t)!);
    }), { seed: 15_06, numRuns: 500 });
  });

  it('sees a loop exactly when the target already reaches the source', () => {
    fc.assert(fc.property(graph, fc.nat(), fc.nat(), (g, a, b) => {
      const { n, id, edges, all } = build(g);
      const [s, t] = [a % n, b % n];
      // Edges alone: a path may pass through an id no node has.
      const reach = closure(n + 1, all);
      expect(wouldCreateCycle({ edges }, id(s), id(t))).toBe(s === t || reach[t][s]);
    }), { seed: 15_06, numRuns: 500 });
  });

  it('indexes each card\'s edges as the project lists them', () => {
    fc.assert(fc.property(graph, (g) => {
      const { n, id, edges } = build(g);
      const index = edgeIndex({ edges });
      for (let v = 0; v <= n; v++) {
        expect(index.incoming(id(v))).toEqual(edges.filter((e) => e.target === id(v)));
        expect(index.outgoing(id(v))).toEqual(edges.filter((e) => e.source === id(v)));
      }
    }), { seed: 15_06, numRuns: 300 });
  });
});
