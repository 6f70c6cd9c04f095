import { describe, expect, it } from 'vitest';
import { journeyOf, stageKind } from '../../../src/model/journeys';
import type { Project, ProjectNode } from '../../../src/model/types';

const at = { position: { x: 0, y: 0 } };
const stage = (id: string): ProjectNode => ({ id, type: 'stage', name: id, match: 'all', conditions: [], ...at });
const project = (edges: [string, string][]): Project => ({
  format: 'audience-canvas', version: 1, name: 'j', locale: 'en', tables: [], traits: [],
  nodes: [{ id: 'all', type: 'source', table: 't', ...at }, stage('aw'), stage('co'), stage('de'), { id: 'seg', type: 'segment', name: 's', color: '#000', ...at }],
  edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target })),
});

describe('the journey of a stage', () => {
  const p = project([['all', 'aw'], ['aw', 'co'], ['co', 'de'], ['co', 'seg']]);
  it.each(['aw', 'co', 'de'])('is the whole chain from any of its stages (%s)', (id) => {
    expect(journeyOf(p, id).map((s) => s.id)).toEqual(['aw', 'co', 'de']);
  });
  it('is the stage alone when nothing chains it', () => {
    expect(journeyOf(project([['all', 'co']]), 'co').map((s) => s.id)).toEqual(['co']);
  });
  it('stops on a loop instead of walking forever', () => {
    expect(journeyOf(project([['aw', 'co'], ['co', 'aw']]), 'co').map((s) => s.id)).toEqual(['aw', 'co']);
  });
});

describe('the kind of a stage', () => {
  it('is its own kind when a template set it, else its place in the chain', () => {
    expect(stageKind({ kind: 'advocacy' }, 0)).toBe('advocacy');
    expect(stageKind({}, 1)).toBe('consideration');
    expect(stageKind({ kind: 'nonsense' }, 9)).toBe('advocacy');
  });
});
