import { describe, expect, it } from 'vitest';
import { copyNodes, duplicateNodes, pasteClip, readClip } from '../../../src/model/clipboard';
import type { Project } from '../../../src/model/types';

const project = (): Project => ({
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en',
  tables: [{ id: 'demo', role: 'customers' }], traits: [],
  nodes: [
    { id: 'all', type: 'source', table: 'demo', position: { x: 0, y: 0 } },
    { id: 'filter1', type: 'filter', match: 'all', negate: false, conditions: [{ column: 'age', op: 'gte', value: 18 }], position: { x: 0, y: 200 } },
    { id: 'segment1', type: 'segment', name: 'Adults', color: '#7c3aed', position: { x: 0, y: 400 } },
  ],
  edges: [{ id: 'e1', source: 'all', target: 'filter1' }, { id: 'e2', source: 'filter1', target: 'segment1' }],
});

describe('copy and paste', () => {
  it('copies the chosen nodes and only the edges between them', () => {
    const clip = copyNodes(project(), ['filter1', 'segment1'])!;
    expect(clip.nodes.map((n) => n.id)).toEqual(['filter1', 'segment1']);
    expect(clip.edges).toEqual([{ id: 'e2', source: 'filter1', target: 'segment1' }]);
    expect(copyNodes(project(), ['nope'])).toBeUndefined();
  });

  it('pastes with fresh ids, the inner edge rewired, moved by the offset', () => {
    const p = project();
    const { result, ids } = pasteClip(p, copyNodes(p, ['filter1', 'segment1'])!, { x: 300, y: 0 });
    expect(ids).toEqual(['filter2', 'segment2']);
    expect(result.project.nodes.slice(3)).toMatchObject([
      { id: 'filter2', type: 'filter', conditions: [{ column: 'age', op: 'gte', value: 18 }], position: { x: 300, y: 200 } },
      { id: 'segment2', name: 'Adults', position: { x: 300, y: 400 } },
    ]);
    expect(result.project.edges.slice(2)).toEqual([{ id: 'e3', source: 'filter2', target: 'segment2' }]);
    expect(result.capture).toBe(true);
  });

  it('does not share condition objects between the original and the copy', () => {
    const p = project();
    const { result } = pasteClip(p, copyNodes(p, ['filter1'])!, { x: 0, y: 0 });
    const [a, b] = result.project.nodes.filter((n) => n.type === 'filter') as { conditions: unknown[] }[];
    expect(a.conditions[0]).not.toBe(b.conditions[0]);
  });

  it('points a pasted source at this project’s customers table', () => {
    const other: Project = { ...project(), tables: [{ id: 'telco', role: 'customers' }], nodes: [], edges: [] };
    const { result } = pasteClip(other, copyNodes(project(), ['all'])!, { x: 0, y: 0 });
    expect(result.project.nodes).toMatchObject([{ id: 'source1', type: 'source', table: 'telco' }]);
  });

  it('reads a clip back from clipboard text, and refuses broken or foreign text', () => {
    const clip = copyNodes(project(), ['filter1', 'segment1'])!;
    expect(readClip(JSON.stringify(clip))).toEqual(clip);
    expect(readClip('hello')).toBeUndefined();
    expect(readClip('{"format":"something else"}')).toBeUndefined();
    expect(readClip('{"format":"audience-canvas-clip","nodes":[{"id":"x","type":"filter","match":"sometimes"}]}'))
      .toEqual({ path: 'nodes[0].match', key: 'model.restore.oneOf', params: { values: 'all, any' } });
    expect(readClip('{"format":"audience-canvas-clip","nodes":[],"edges":[{"id":"e","source":"a","target":"b"}]}'))
      .toMatchObject({ path: 'edges[0].source', key: 'model.restore.unknownNode' });
  });
});

describe('duplicate', () => {
  it('copies a filter beside itself, fed by the same input', () => {
    const { result, ids } = duplicateNodes(project(), ['filter1'])!;
    expect(ids).toEqual(['filter2']);
    expect(result.project.nodes[3]).toMatchObject({ id: 'filter2', position: { x: 40, y: 240 } });
    expect(result.project.edges.slice(2)).toEqual([{ id: 'e3', source: 'all', target: 'filter2' }]);
  });

  it('keeps inner edges and takes outside inputs only where a second input is allowed', () => {
    const { result } = duplicateNodes(project(), ['filter1', 'segment1'])!;
    expect(result.project.edges.slice(2)).toEqual([
      { id: 'e3', source: 'filter2', target: 'segment2' },
      { id: 'e4', source: 'all', target: 'filter2' },
    ]);
  });

  it('does nothing for an empty selection', () => {
    expect(duplicateNodes(project(), [])).toBeUndefined();
  });
});
