import { describe, expect, it } from 'vitest';
import { undo, createHistory, record } from '../../../src/model/history';
import { FRAME_MIN, frameNodes, framedIds, moveWithFrames, resizeFrame } from '../../../src/model/frame-commands';
import type { FrameNode, Project, ProjectNode } from '../../../src/model/types';

const card = (id: string, x: number, y: number): ProjectNode => ({ id, type: 'segment', name: id, color: '#7c3aed', position: { x, y } });
const frame = (id: string, x: number, y: number, width: number, height: number): FrameNode => ({ id, type: 'frame', title: id, position: { x, y }, size: { width, height } });
const project = (nodes: ProjectNode[]): Project => ({ format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [], traits: [], nodes, edges: [] });
const at = (p: Project) => Object.fromEntries(p.nodes.map((n) => [n.id, [n.position.x, n.position.y]]));

// A 600×400 frame at (0, 0); cards are 260×130 unless measured otherwise.
const board = project([
  frame('fr', 0, 0, 600, 400),
  card('inside', 40, 60),
  card('edge', 450, 100), // centre (580, 165): inside, though its right half hangs over the edge
  card('out', 500, 100), // centre (630, 165): outside
  card('below', 40, 380), // centre (170, 445): outside
  frame('inner', 300, 250, 200, 120),
]);

describe('framedIds', () => {
  it('takes the nodes whose centre lies in the frame, nested frames included', () => {
    expect(framedIds(board, 'fr')).toEqual(['inside', 'edge', 'inner']);
  });

  it('uses measured card sizes', () => {
    expect(framedIds(board, 'fr', { below: { width: 260, height: 20 } })).toEqual(['inside', 'edge', 'below', 'inner']);
  });

  it('has nothing for a node that is not a frame', () => {
    expect(framedIds(board, 'inside')).toEqual([]);
  });
});

describe('moveWithFrames', () => {
  it('moves a frame and the cards inside it by the same distance, the rest stays', () => {
    const { project: p, capture } = moveWithFrames(board, { fr: { x: 100, y: -20 } });
    expect(capture).toBe(true);
    expect(at(p)).toEqual({ fr: [100, -20], inside: [140, 40], edge: [550, 80], out: [500, 100], below: [40, 380], inner: [400, 230] });
  });

  it('keeps where a card dragged along with its frame was dropped', () => {
    const { project: p } = moveWithFrames(board, { fr: { x: 100, y: 0 }, inside: { x: 0, y: 500 } });
    expect(at(p)).toMatchObject({ fr: [100, 0], inside: [0, 500], edge: [550, 100] });
  });

  it('moves plain cards as they are', () => {
    expect(at(moveWithFrames(board, { out: { x: 10, y: 10 } }).project)).toEqual({ ...at(board), out: [10, 10] });
  });

  it('is one undo step', () => {
    const moved = moveWithFrames(board, { fr: { x: 100, y: -20 } });
    const h = undo(record(createHistory(board), moved.project, moved.capture));
    expect(h.present).toBe(board);
  });
});

describe('resizeFrame', () => {
  it('sets the corner and size in whole pixels, never below the smallest frame', () => {
    const p = resizeFrame(board, 'fr', { x: -20.4, y: 10.6, width: 700.2, height: 50 }).project;
    expect(p.nodes[0]).toEqual({ ...board.nodes[0], position: { x: -20, y: 11 }, size: { width: 700, height: FRAME_MIN.height } });
    expect(p.nodes.slice(1)).toEqual(board.nodes.slice(1));
  });
});

describe('frameNodes', () => {
  it('wraps the cards with padding and room for the title, placed first so it is drawn behind', () => {
    const p = project([card('a', 100, 100), card('b', 500, 300), card('c', 2000, 0)]);
    const r = frameNodes(p, ['a', 'b'], 'Retention ideas', { b: { width: 260, height: 170 } })!;
    expect(r.id).toBe('frame1');
    expect(r.result.capture).toBe(true);
    expect(r.result.project.nodes[0]).toEqual({
      id: 'frame1', type: 'frame', title: 'Retention ideas',
      position: { x: 100 - 32, y: 100 - 32 - 28 }, size: { width: 400 + 260 + 64, height: 200 + 170 + 64 + 28 },
    });
    expect(r.result.project.nodes.slice(1)).toEqual(p.nodes);
    expect(framedIds(r.result.project, 'frame1', { b: { width: 260, height: 170 } })).toEqual(['a', 'b']);
  });

  it('has nothing to frame when none of the cards exists', () => {
    expect(frameNodes(board, ['gone'], 'x')).toBeUndefined();
  });
});
