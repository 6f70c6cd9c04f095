import { describe, expect, it } from 'vitest';
import { presentationSteps } from '../../../../src/ui/present/steps';
import type { Project } from '../../../../src/model/types';

const at = { x: 0, y: 0 };
const project: Project = {
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [], traits: [],
  // Listed out of order on purpose: the walk follows the edges, not the list.
  nodes: [
    { id: 'vip', type: 'segment', name: 'VIP', color: '#000', position: at },
    { id: 'decision', type: 'stage', name: 'Decision', match: 'all', conditions: [], position: at },
    { id: 'all', type: 'source', table: 't', position: at },
    { id: 'awareness', type: 'stage', name: 'Awareness', match: 'all', conditions: [], position: at },
    { id: 'note', type: 'note', text: 'hi', position: at },
    { id: 'consideration', type: 'stage', name: 'Consideration', match: 'all', conditions: [], position: at },
  ],
  edges: [
    { id: 'e1', source: 'all', target: 'awareness' }, { id: 'e2', source: 'awareness', target: 'consideration' },
    { id: 'e3', source: 'consideration', target: 'decision' }, { id: 'e4', source: 'all', target: 'vip' },
  ],
};

describe('presentation steps', () => {
  it('walks the journey stages in order, then the segments; no sources or notes', () => {
    expect(presentationSteps(project)).toEqual(['awareness', 'consideration', 'decision', 'vip']);
  });
  it('has nothing to step through on a canvas without stages or segments', () => {
    expect(presentationSteps({ ...project, nodes: project.nodes.filter((n) => n.type === 'source'), edges: [] })).toEqual([]);
  });
});
