import { describe, expect, it } from 'vitest';
import { addNode, moveNodes, setCondition } from '../../../src/model/commands';
import { createHistory, record, redo, undo } from '../../../src/model/history';
import { newProject } from '../../../src/model/restore';
import type { ProjectNode } from '../../../src/model/types';

const at = { position: { x: 0, y: 0 } };
const filter = { id: 'f', type: 'filter', match: 'all', negate: false, conditions: [{ column: 'age', op: 'lt', value: 30 }], ...at } as ProjectNode;
const base = addNode(newProject('p', 'demo'), filter, 'all').project;

describe('history', () => {
  it('undoes and redoes, and folds uncaptured steps (typing, dragging) into one', () => {
    let h = createHistory(base);
    const typed1 = setCondition(base, 'f', 0, { column: 'age', op: 'lt', value: 4 }).project;
    const typed2 = setCondition(typed1, 'f', 0, { column: 'age', op: 'lt', value: 40 }).project;
    h = record(h, typed1, false);
    h = record(h, typed2, true);
    expect(h.past).toEqual([base]);
    const moved = moveNodes(typed2, { f: { x: 5, y: 5 } }).project;
    h = record(h, moved, true);
    h = undo(h);
    expect(h.present).toBe(typed2);
    h = undo(h);
    expect(h.present).toBe(base);
    h = redo(redo(h));
    expect(h.present).toBe(moved);
    expect(undo(createHistory(base)).present).toBe(base);
  });

  it('forgets what could be redone once a new edit is made', () => {
    const a = moveNodes(base, { f: { x: 1, y: 1 } }).project;
    const b = moveNodes(base, { f: { x: 2, y: 2 } }).project;
    let h = record(createHistory(base), a, true);
    h = record(undo(h), b, true);
    expect([h.past, h.present, h.future]).toEqual([[base], b, []]);
    expect(redo(h)).toBe(h);
  });
});
