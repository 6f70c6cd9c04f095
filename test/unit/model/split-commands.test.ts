import { describe, expect, it } from 'vitest';
import { evenPercents, freshBranchId, setBranches, setSeed, setSplitKind, setSplitValues } from '../../../src/model/split-commands';
import { newProject, restoreProject } from '../../../src/model/restore';
import type { Project, ProjectNode } from '../../../src/model/types';

const at = { position: { x: 0, y: 0 } };
const ab = { id: 's', type: 'split', kind: 'random', seed: 7, branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }], ...at } as ProjectNode;
const seg = (id: string) => ({ id, type: 'segment', name: id, color: '#7c3aed', ...at }) as ProjectNode;
function withSplit(split: ProjectNode): Project {
  const p = newProject('p', 'demo');
  return {
    ...p, nodes: [...p.nodes, split, seg('x'), seg('y'), seg('z')],
    edges: [
      { id: 'e1', source: 'all', target: 's' }, { id: 'e2', source: 's', sourceHandle: 'a', target: 'x' },
      { id: 'e3', source: 's', sourceHandle: 'b', target: 'y' }, { id: 'e4', source: 's', target: 'z' },
    ],
  };
}
const split = (p: Project) => p.nodes.find((n) => n.id === 's');

describe('split commands', () => {
  it('removes a branch and the edge that left by it, keeping the others', () => {
    const r = setBranches(withSplit(ab), 's', [{ id: 'a', label: 'A', percent: 100 }]);
    expect(split(r.project)).toMatchObject({ branches: [{ id: 'a', label: 'A', percent: 100 }] });
    expect(r.project.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e4']);
    expect(r.capture).toBe(true);
  });

  it('records a typed label as a draft when asked', () => {
    expect(setBranches(withSplit(ab), 's', [{ id: 'a', label: 'Control', percent: 50 }, { id: 'b', label: 'B', percent: 50 }], false).capture).toBe(false);
  });

  it('sets the seed', () => {
    expect(split(setSeed(withSplit(ab), 's', 42).project)).toMatchObject({ seed: 42 });
  });

  it('switches to a split by value, dropping branch edges and random fields', () => {
    const r = setSplitKind(withSplit(ab), 's', 'value', 'country', ['AZ', 'TR']);
    expect(split(r.project)).toEqual({ id: 's', type: 'split', kind: 'value', column: 'country', values: ['AZ', 'TR'], ...at });
    expect(r.project.edges.map((e) => e.id)).toEqual(['e1', 'e4']);
  });

  it('switches back to an even A/B split', () => {
    const byValue = setSplitKind(withSplit(ab), 's', 'value', 'country', ['AZ']).project;
    expect(split(setSplitKind(byValue, 's', 'random').project)).toEqual({ ...ab, seed: 1 });
  });

  it('keeps edges from values still listed when the values change', () => {
    const v = { id: 's', type: 'split', kind: 'value', column: 'c', values: ['a', 'b'], ...at } as ProjectNode;
    const r = setSplitValues(withSplit(v), 's', 'c', ['a']);
    expect('project' in r && r.project.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e4']);
  });

  it('refuses more values than a project file may hold (1,000), so the project still opens', () => {
    const v = { id: 's', type: 'split', kind: 'value', column: 'c', values: ['a'], ...at } as ProjectNode;
    const many = Array.from({ length: 1001 }, (_, i) => `v${i}`);
    expect(setSplitValues(withSplit(v), 's', 'c', many)).toEqual({ problem: { path: '', key: 'model.restore.tooManySplitValues', params: { count: 1001, limit: 1000 } } });
    const ok = setSplitValues(withSplit(v), 's', 'c', many.slice(0, 1000));
    expect('project' in ok && restoreProject(ok.project).ok).toBe(true);
  });

  it('shares 100 % evenly and finds fresh branch ids', () => {
    expect([evenPercents(3), evenPercents(2), evenPercents(7)]).toEqual([[34, 33, 33], [50, 50], [15, 15, 14, 14, 14, 14, 14]]);
    expect(freshBranchId([{ id: 'b1', label: '', percent: 0 }, { id: 'a', label: '', percent: 0 }])).toBe('b2');
  });
});
