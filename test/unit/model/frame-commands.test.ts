import { describe, expect, it } from 'vitest';
import { undo, createHistory, record } from '../../../src/model/history';
import { autoLayout } from '../../../src/model/layout';
import { copyNodes, duplicateNodes, pasteClip, readClip } from '../../../src/model/clipboard';
import { FRAME_MIN, frameNodes, framedIds, moveWithFrames, resizeFrame, tidyWithFrames, withFramed } from '../../../src/model/frame-commands';
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

describe('copying frames', () => {
  it('widens a selection with a frame by the nodes inside it, in the project order', () => {
    expect(withFramed(board, ['inner', 'fr'])).toEqual(['fr', 'inside', 'edge', 'inner']);
    expect(withFramed(board, ['out'])).toEqual(['out']);
  });

  it('pastes a frame with its title and size, its group moved with it, through the clipboard text', () => {
    const clip = readClip(JSON.stringify(copyNodes(board, withFramed(board, ['fr']))));
    if (!clip || 'key' in clip) throw new Error('expected a clip');
    const { result, ids } = pasteClip(board, clip, { x: 1000, y: 0 });
    expect(ids).toEqual(['frame1', 'segment1', 'segment2', 'frame2']);
    expect(result.project.nodes.slice(board.nodes.length)).toEqual([
      { ...frame('frame1', 1000, 0, 600, 400), title: 'fr' }, { ...card('inside', 1040, 60), id: 'segment1' },
      { ...card('edge', 1450, 100), id: 'segment2' }, { ...frame('frame2', 1300, 250, 200, 120), title: 'inner' },
    ]);
    expect(framedIds(result.project, 'frame1')).toEqual(['segment1', 'segment2', 'frame2']);
  });

  it('refuses a pasted frame with a broken size, naming the field', () => {
    const text = JSON.stringify({ format: 'audience-canvas-clip', version: 1, nodes: [{ ...frame('f', 0, 0, 600, 400), size: { width: 'wide', height: 400 } }], edges: [] });
    expect(readClip(text)).toEqual({ path: 'nodes[0].size.width', key: 'model.restore.expected', params: { expected: 'a number' } });
  });

  it('duplicates a frame with its group beside the original', () => {
    const d = duplicateNodes(board, withFramed(board, ['fr']))!;
    expect(at(d.result.project)).toMatchObject({ frame1: [40, 40], segment1: [80, 100], segment2: [490, 140], frame2: [340, 290] });
  });
});

describe('tidyWithFrames', () => {
  // all → young → vip, the last two framed; a loose note; an empty frame far away.
  const chain: Project = {
    ...project([
      frame('fr', 400, 400, 400, 500), { id: 'all', type: 'source', table: 'c', position: { x: 0, y: 0 } },
      { id: 'young', type: 'filter', match: 'all', negate: false, conditions: [], position: { x: 450, y: 480 } },
      card('vip', 450, 700), { id: 'n', type: 'note', text: '', position: { x: 1200, y: 0 } }, frame('empty', 3000, 3000, 300, 200),
    ]),
    edges: [{ id: 'e1', source: 'all', target: 'young' }, { id: 'e2', source: 'young', target: 'vip' }],
  };

  it('lays out the cards as tidy-up does and fits each frame around its cards again', () => {
    const { project: p, capture } = tidyWithFrames(chain);
    const cards = autoLayout(chain, {}, ['all', 'young', 'n', 'vip']).project;
    expect(capture).toBe(true);
    expect(p.nodes.filter((n) => n.type !== 'frame')).toEqual(cards.nodes.filter((n) => n.type !== 'frame'));
    const young = cards.nodes.find((n) => n.id === 'young')!.position;
    const vip = cards.nodes.find((n) => n.id === 'vip')!.position;
    expect(p.nodes[0]).toEqual({
      ...chain.nodes[0],
      position: { x: Math.min(young.x, vip.x) - 32, y: young.y - 32 - 28 },
      size: { width: Math.abs(young.x - vip.x) + 260 + 64, height: vip.y - young.y + 130 + 64 + 28 },
    });
    expect(framedIds(p, 'fr')).toEqual(['young', 'vip']);
    expect(p.nodes.find((n) => n.id === 'empty')).toEqual(chain.nodes.find((n) => n.id === 'empty'));
  });
});
