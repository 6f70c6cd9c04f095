import { describe, expect, it } from 'vitest';
import type { CountResult } from '../../../../src/engine/api';
import type { Project } from '../../../../src/model/types';
import { flowEdges, flowNodes } from '../../../../src/ui/canvas/flow-nodes';

const at = { position: { x: 0, y: 0 } };
const project: Project = {
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [{ id: 't', role: 'customers' }], traits: [],
  nodes: [
    { id: 'all', type: 'source', table: 't', ...at },
    { id: 's', type: 'split', kind: 'value', column: 'c', values: ['other', 'say "hi"'], ...at },
    { id: 'x', type: 'segment', name: 'Other outcome', color: '#000', ...at },
    { id: 'old', type: 'segment', name: 'Everyone split', color: '#000', ...at },
    { id: 'aw', type: 'stage', name: 'Awareness', match: 'all', conditions: [], ...at },
    { id: 'co', type: 'stage', name: 'Consideration', match: 'all', conditions: [], ...at },
    { id: '__proto__', type: 'note', text: '', ...at },
  ],
  edges: [
    { id: 'e1', source: 's', target: 'x', sourceHandle: 'other~2' },
    { id: 'e2', source: 's', target: 'old' },
    { id: 'e3', source: 'aw', target: 'co' },
    { id: 'e4', source: 's', target: 'aw', sourceHandle: 'say "hi"' },
  ],
};
const result: CountResult = { total: 1000, ms: 1, nodes: { aw: { count: 563, reached: 1000 }, co: { count: 437, reached: 563 } } };

describe('edges as the canvas draws them', () => {
  it('name both cards, leave by the branch handle, and say "all branches" for an edge drawn before branches', () => {
    const [catchAll, old, drop, quoted] = flowEdges(project, result);
    expect(catchAll).toEqual({ id: 'e1', source: 's', target: 'x', sourceHandle: 'b:other~2', ariaLabel: 'Connection from Split: any other value to Other outcome' });
    expect(old).toEqual({ id: 'e2', source: 's', target: 'old', label: 'all branches', ariaLabel: 'Connection from Split: all branches to Everyone split' });
    expect(quoted.sourceHandle).toBe('b:say%20%22hi%22');
    expect(drop.label).toBe('43.7% drop off');
  });

  it('gives a note named __proto__ no count', () => {
    expect(flowNodes(project, result, false, []).find((n) => n.id === '__proto__')!.data.count).toBeUndefined();
  });
});

describe('an edge from a branch the split no longer has', () => {
  it('leaves from "all branches", as the compiler counts it', () => {
    const p = { ...project, edges: [{ id: 'e9', source: 's', target: 'x', sourceHandle: 'gone' }] };
    expect(flowEdges(p)).toEqual([{ id: 'e9', source: 's', target: 'x', label: 'all branches', ariaLabel: 'Connection from Split: all branches to Other outcome' }]);
  });
});
