// A split's branch ids are keyed safely: a listed value `other` keeps its own branch apart from the catch-all, and
// `__proto__` works as a value, a branch id and a node id, in the compiler, the engine and its results.

import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { otherBranchId, splitBranches } from '../../../src/model/split-branches';
import type { Edge, Project, ProjectNode } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

const at = { position: { x: 0, y: 0 } };
// 10 customers: 3 "other", 2 "success", 1 "__proto__", 2 "failure", 2 empty (hand-counted from the text below).
const CSV = 'id,outcome\n1,other\n2,success\n3,other\n4,__proto__\n5,failure\n6,\n7,other\n8,success\n9,failure\n10,\n';

function project(nodes: ProjectNode[], edges: Edge[]): Project {
  return { format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [{ id: 'customers', role: 'customers', key: 'id' }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: 'customers', ...at }, ...nodes], edges: [{ id: 'e0', source: 'all', target: 's' }, ...edges] };
}
const seg = (id: string): ProjectNode => ({ id, type: 'segment', name: id, color: '#000', ...at });

describe('branch ids of a split by value', () => {
  it('name the catch-all other, or other~2 when other is a listed value', () => {
    expect(otherBranchId(['a', 'b'])).toBe('other');
    expect(otherBranchId(['other'])).toBe('other~2');
    expect(otherBranchId(['other', 'other~2'])).toBe('other~3');
    expect(splitBranches({ id: 's', type: 'split', kind: 'value', column: 'c', values: ['unknown', 'other', 'other', 'success'], ...at }))
      .toEqual([{ id: 'unknown', label: 'unknown' }, { id: 'other', label: 'other' }, { id: 'success', label: 'success' }, { id: 'other~2', other: true }]);
  });
});

describe('counting a split whose values are other and __proto__', () => {
  const engine = new Engine();
  beforeAll(async () => { engine.setTable(await tableFromCsv(CSV)); });

  it('keeps the value other apart from the catch-all, each member in one branch', () => {
    const p = project([{ id: 's', type: 'split', kind: 'value', column: 'outcome', values: ['other', 'success'], ...at }, seg('o'), seg('rest')],
      [{ id: 'e1', source: 's', target: 'o', sourceHandle: 'other' }, { id: 'e2', source: 's', target: 'rest', sourceHandle: 'other~2' }]);
    const r = engine.count(p);
    expect(r.nodes.s).toEqual({ count: 10, input: 10, branches: { other: 3, success: 2, 'other~2': 5 } });
    expect(r.nodes.o.count).toBe(3);
    expect(r.nodes.rest.count).toBe(5);
  });

  it('counts __proto__ as a value, a branch and a node id', () => {
    const p = project([{ id: 's', type: 'split', kind: 'value', column: 'outcome', values: ['__proto__', 'failure'], ...at }, seg('__proto__')],
      [{ id: 'e1', source: 's', target: '__proto__', sourceHandle: '__proto__' }]);
    const r = engine.count(p);
    expect(Object.hasOwn(r.nodes, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(r.nodes)).toBe(Object.prototype);
    expect(r.nodes.__proto__).toEqual({ count: 1, input: 1 });
    expect(r.nodes.s.branches).toEqual(Object.fromEntries([['__proto__', 1], ['failure', 2], ['other', 7]]));
    expect(engine.memberRows(p, 's', '__proto__').rows).toEqual(Uint32Array.from([3]));
  });

  it('reads an edge from a branch the split does not have (__proto__, constructor) as a problem-free whole output', () => {
    const p = project([{ id: 's', type: 'split', kind: 'random', seed: 1, branches: [{ id: 'a', label: 'A', percent: 100 }], ...at }, seg('x'), seg('y')],
      [{ id: 'e1', source: 's', target: 'x', sourceHandle: '__proto__' }, { id: 'e2', source: 's', target: 'y', sourceHandle: 'constructor' }]);
    const r = engine.count(p);
    expect([r.nodes.x.count, r.nodes.y.count]).toEqual([10, 10]);
    expect(engine.memberRows(p, 's', 'constructor').rows).toHaveLength(0);
  });
});
