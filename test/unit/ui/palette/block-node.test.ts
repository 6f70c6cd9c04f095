import { describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../../src/engine/api';
import type { Project } from '../../../../src/model/types';
import { createHistory, record, undo } from '../../../../src/model/history';
import { addBlockAt, blockCondition, dropBlock } from '../../../../src/ui/palette/block-node';

const profile = (name: string, type: ColumnProfile['type'], extra: Partial<ColumnProfile> = {}): ColumnProfile =>
  ({ name, type, empty: 0, distinct: 2, top: [], ...extra });
const columns: ColumnProfile[] = [
  profile('age', 'number', { min: 13, max: 90 }),
  profile('gender', 'text', { top: [{ value: 'Female', count: 51 }, { value: 'Male', count: 49 }] }),
  profile('last_purchase_date', 'date', { min: '2024-01-01', max: '2026-10-31' }),
  profile('demo_requested', 'boolean'),
  profile('interests', 'tags', { top: [{ value: 'travel', count: 9 }] }),
];

const project = (): Project => ({
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [{ id: 't', role: 'customers' }], traits: [],
  nodes: [
    { id: 'all', type: 'source', table: 't', position: { x: 0, y: 0 } },
    { id: 'filter1', type: 'filter', match: 'all', negate: false, conditions: [], position: { x: 0, y: 200 } },
    { id: 'note1', type: 'note', text: '', position: { x: 600, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'all', target: 'filter1' }],
});

describe('the condition a block starts with', () => {
  it.each([
    // The middle half of ages 13–90 (no histogram: spread evenly), rounded; not the extremes.
    ['age', { column: 'age', op: 'between', value: [32, 71] }],
    ['teenagers', { column: 'age', op: 'between', value: [13, 19] }],
    ['gender', { column: 'gender', op: 'in', value: [] }],
    ['recentPurchase', { column: 'last_purchase_date', op: 'inLast', value: { amount: 90, unit: 'day' } }],
    ['demoRequested', { column: 'demo_requested', op: 'isTrue' }],
    ['interests', { column: 'interests', op: 'hasAny', value: [] }],
    ['climate', { column: '', op: 'eq' }],
    ['promoters', { column: '', op: 'gte', value: 9 }],
  ])('%s → %j', (id, condition) => expect(blockCondition(id, columns)).toEqual(condition));
});

describe('dropping a block on the canvas', () => {
  it('adds a criterion dropped on a filter as one more condition of that filter', () => {
    const { result, select } = dropBlock(project(), { kind: 'criterion', id: 'gender' }, { x: 100, y: 260 }, columns);
    expect(select).toBe('filter1');
    expect(result.project.nodes.find((n) => n.id === 'filter1')).toMatchObject({ conditions: [{ column: 'gender', op: 'in', value: [] }] });
    expect(result.project.nodes).toHaveLength(3);
  });

  it('makes a new filter on empty canvas, fed by the nearest card above that can take it', () => {
    const { result, select } = dropBlock(project(), { kind: 'criterion', id: 'age' }, { x: 140, y: 480 }, columns);
    expect(select).toBe('filter2');
    expect(result.project.nodes.at(-1)).toEqual({ id: 'filter2', type: 'filter', match: 'all', negate: false,
      conditions: [{ column: 'age', op: 'between', value: [32, 71] }], position: { x: 10, y: 480 } });
    expect(result.project.edges.at(-1)).toEqual({ id: 'e2', source: 'filter1', target: 'filter2' });
  });

  it('connects nothing when no card lies above the drop point', () => {
    const { result } = dropBlock(project(), { kind: 'logic', id: 'segment' }, { x: 130, y: -400 }, columns);
    expect(result.project.nodes.at(-1)).toMatchObject({ type: 'segment', name: 'Segment 1', color: '#7c3aed' });
    expect(result.project.edges).toHaveLength(1);
  });

  it('never connects a note', () => {
    const { result } = dropBlock(project(), { kind: 'logic', id: 'note' }, { x: 130, y: 600 }, columns);
    expect(result.project.nodes.at(-1)).toMatchObject({ id: 'note2', type: 'note', text: '' });
    expect(result.project.edges).toHaveLength(1);
  });

  it('never connects a frame, and lands a criterion dropped on a filter inside a frame on the filter', () => {
    const { result } = dropBlock(project(), { kind: 'logic', id: 'frame' }, { x: 130, y: 600 }, columns);
    expect(result.project.nodes.at(-1)).toEqual({ id: 'frame1', type: 'frame', title: 'Frame 1', size: { width: 480, height: 320 }, position: { x: 0, y: 600 } });
    expect(result.project.edges).toHaveLength(1);
    const framed = { ...project(), nodes: [...project().nodes, { id: 'fr', type: 'frame', title: 'x', size: { width: 900, height: 900 }, position: { x: 0, y: 150 } }] } as Project;
    const dropped = dropBlock(framed, { kind: 'criterion', id: 'gender' }, { x: 50, y: 250 }, columns);
    expect(dropped.select).toBe('filter1');
  });

  it('makes a hold-out split of 90/10 and a value split on a category column', () => {
    const holdout = dropBlock(project(), { kind: 'logic', id: 'splitHoldout' }, { x: 130, y: 480 }, columns).result.project.nodes.find((n) => n.type === 'split');
    expect(holdout).toMatchObject({ type: 'split', kind: 'random', branches: [{ id: 'target', label: 'Target', percent: 90 }, { id: 'holdout', label: 'Hold-out', percent: 10 }] });
    const byValue = dropBlock(project(), { kind: 'logic', id: 'splitValue' }, { x: 130, y: 480 }, columns).result.project.nodes.at(-1);
    expect(byValue).toMatchObject({ type: 'split', kind: 'value', column: 'gender', values: ['Female', 'Male'] });
  });
});

describe('adding a block by click at the selection', () => {
  it('joins a selected filter as a condition', () => {
    const p = project();
    const { result } = addBlockAt(p, { kind: 'criterion', id: 'age' }, p.nodes[1], columns);
    expect(result.project.nodes[1]).toMatchObject({ conditions: [{ column: 'age' }] });
  });

  it('follows a selected segment-less node with a new node, connected and placed below it', () => {
    const p = project();
    const { result, select } = addBlockAt(p, { kind: 'logic', id: 'segment' }, p.nodes[1], columns);
    expect(select).toBe('segment1');
    expect(result.project.nodes.at(-1)).toMatchObject({ position: { x: 0, y: 410 } });
    expect(result.project.edges.at(-1)).toEqual({ id: 'e2', source: 'filter1', target: 'segment1' });
  });

  it('starts from the source when nothing is selected', () => {
    const { result } = addBlockAt(project(), { kind: 'criterion', id: 'gender' }, undefined, columns);
    expect(result.project.edges.at(-1)).toEqual({ id: 'e2', source: 'all', target: 'filter2' });
  });
});

describe('the A/B and hold-out blocks', () => {
  it('add the split with one segment per branch, wired from each branch, fed by the selection, as one history step', () => {
    const p = project();
    const { result, select } = addBlockAt(p, { kind: 'logic', id: 'splitAB' }, p.nodes[1], columns);
    expect(select).toBe('split1');
    expect(result.project.nodes.slice(3).map((n) => [n.id, n.type, n.type === 'segment' ? n.name : ''])).toEqual([
      ['split1', 'split', ''], ['segment1', 'segment', 'A group'], ['segment2', 'segment', 'B group'],
    ]);
    expect(result.project.edges.slice(1)).toEqual([
      { id: 'e2', source: 'filter1', target: 'split1' },
      { id: 'e3', source: 'split1', target: 'segment1', sourceHandle: 'a' },
      { id: 'e4', source: 'split1', target: 'segment2', sourceHandle: 'b' },
    ]);
    const h = record(createHistory(p), result.project, result.capture);
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toEqual(p);
  });

  it('make the hold-out test with a target and a hold-out segment', () => {
    const { result } = dropBlock(project(), { kind: 'logic', id: 'splitHoldout' }, { x: 1200, y: 900 }, columns);
    expect(result.project.nodes.filter((n) => n.type === 'segment').map((n) => n.type === 'segment' && n.name)).toEqual(['Target group', 'Hold-out group']);
    expect(result.project.edges.filter((e) => e.sourceHandle).map((e) => e.sourceHandle)).toEqual(['target', 'holdout']);
  });
});

describe('where dropped and clicked blocks go', () => {
  it('connects nothing when dropped far from any card (never the nearest card, unseen)', () => {
    const { result } = dropBlock(project(), { kind: 'logic', id: 'segment' }, { x: 900, y: 700 }, columns);
    expect(result.project.edges).toHaveLength(1);
  });

  it('follows the card a block is dropped on, placed where it covers no card', () => {
    const p = { ...project(), nodes: [...project().nodes, { id: 'seg', type: 'segment', name: 'S', color: '#000', position: { x: 0, y: 600 } }] } as Project;
    const { result } = dropBlock(p, { kind: 'criterion', id: 'age' }, { x: 100, y: 650 }, columns);
    expect(result.project.edges.at(-1)).toEqual({ id: 'e2', source: 'seg', target: 'filter2' });
    expect(result.project.nodes.at(-1)!.position).toEqual({ x: 0, y: 810 });
  });

  it('takes the first free branch of a split it is dropped below', () => {
    const p: Project = { ...project(),
      nodes: [...project().nodes, { id: 's', type: 'split', kind: 'random', seed: 1, branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }], position: { x: 0, y: 420 } }],
      edges: [...project().edges, { id: 'e2', source: 's', target: 'filter1', sourceHandle: 'a' }] };
    const { result } = dropBlock(p, { kind: 'logic', id: 'segment' }, { x: 130, y: 700 }, columns);
    expect(result.project.edges.at(-1)).toEqual({ id: 'e3', source: 's', target: 'segment1', sourceHandle: 'b' });
  });

  it('drops a journey beside the selection, wired to it, covering no card', () => {
    const p = project();
    const { result, select } = addBlockAt(p, { kind: 'journey', id: 'threeStage' }, p.nodes[1], columns);
    const first = result.project.nodes.find((n) => n.id === select)!;
    expect(result.project.edges).toContainEqual({ id: 'e4', source: 'filter1', target: select });
    expect(first.position).toEqual({ x: 0, y: 410 });
  });
});
