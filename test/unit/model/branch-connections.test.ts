// Which edges a split's branches may take: each branch feeds one card; other refusals keep their order and reasons.

import { describe, expect, it } from 'vitest';
import { connect, connectionProblem } from '../../../src/model/commands';
import type { Project } from '../../../src/model/types';

const at = { position: { x: 0, y: 0 } };
const project: Project = {
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [{ id: 't', role: 'customers' }], traits: [],
  nodes: [
    { id: 'all', type: 'source', table: 't', ...at },
    { id: 's', type: 'split', kind: 'random', seed: 1, branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }], ...at },
    { id: 'x', type: 'segment', name: 'X', color: '#000', ...at },
    { id: 'y', type: 'segment', name: 'Y', color: '#000', ...at },
    { id: 'c', type: 'combine', mode: 'union', ...at },
  ],
  edges: [{ id: 'e1', source: 'all', target: 's' }, { id: 'e2', source: 's', target: 'x', sourceHandle: 'a' }],
};

describe('connecting from a split\'s branches', () => {
  it('refuses a second card on a branch that already feeds one, with the reason', () => {
    expect(connectionProblem(project, 's', 'c', 'a')).toEqual({ path: '', key: 'canvas.connect.branchUsed' });
    expect(connect(project, { source: 's', target: 'y', sourceHandle: 'a' })).toEqual({ problem: { path: '', key: 'canvas.connect.branchUsed' } });
  });

  it('lets another branch into the same combine, and keeps the earlier reasons first', () => {
    expect(connectionProblem(project, 's', 'c', 'b')).toBeUndefined();
    expect(connectionProblem(project, 's', 'all', 'a')).toEqual({ path: '', key: 'ui.connect.intoSource' });
    expect(connectionProblem(project, 'x', 's')).toEqual({ path: '', key: 'ui.connect.cycle' });
    expect(connectionProblem(project, 's', 'x', 'b')).toEqual({ path: '', key: 'ui.connect.oneInput' });
  });
});
