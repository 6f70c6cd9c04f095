// A connection drag released over a card's body: the edge the user meant, then connected or refused with a reason.

import { describe, expect, it } from 'vitest';
import { meantEdge } from '../../../../src/ui/canvas/connection-drop';
import type { Project } from '../../../../src/model/types';

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

describe('a drag released over a card', () => {
  it('is read as the edge the user meant', () => {
    expect(meantEdge(project, { nodeId: 's', id: 'b:b', type: 'source' }, 'y')).toEqual({ source: 's', target: 'y', sourceHandle: 'b' });
    // Dragged back from a card's input onto a split: the split's first free branch, or its first when all feed a card.
    expect(meantEdge(project, { nodeId: 'y', id: null, type: 'target' }, 's')).toEqual({ source: 's', target: 'y', sourceHandle: 'b' });
    const full = { ...project, edges: [...project.edges, { id: 'e3', source: 's', target: 'c', sourceHandle: 'b' }] };
    expect(meantEdge(full, { nodeId: 'y', id: null, type: 'target' }, 's')).toEqual({ source: 's', target: 'y', sourceHandle: 'a' });
    expect(meantEdge(project, { nodeId: 'y', id: null, type: 'target' }, 'x')).toEqual({ source: 'x', target: 'y' });
  });
});
