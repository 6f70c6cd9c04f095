import { describe, expect, it } from 'vitest';
import { addNode, connect, moveNodes, removeNodes, setCondition, setDataLocale, useCustomersTable } from '../../../src/model/commands';
import { newProject } from '../../../src/model/restore';
import type { ProjectNode } from '../../../src/model/types';

const at = { position: { x: 0, y: 0 } };
const filter = (id: string) => ({ id, type: 'filter', match: 'all', negate: false, conditions: [{ column: 'age', op: 'lt', value: 30 }], ...at }) as ProjectNode;
const base = addNode(addNode(newProject('p', 'demo'), filter('f'), 'all').project, { id: 'n', type: 'note', text: '', ...at }).project;

describe('commands', () => {
  it('adds a node connected from the selected one, without touching the old project', () => {
    expect(base.edges).toEqual([{ id: 'e1', source: 'all', target: 'f' }]);
    const next = addNode(base, filter('g'), 'f').project;
    expect(next.edges.at(-1)).toEqual({ id: 'e2', source: 'f', target: 'g' });
    expect(base.nodes).toHaveLength(3);
  });

  it.each([
    ['into a source', 'f', 'all', 'ui.connect.intoSource'],
    ['into a note', 'f', 'n', 'ui.connect.note'],
    ['a loop', 'f', 'f', 'ui.connect.cycle'],
    ['a second input into a filter', 'n', 'f', 'ui.connect.note'],
    ['a duplicate', 'all', 'f', 'ui.connect.duplicate'],
  ])('refuses an edge %s', (_, source, target, key) => {
    expect(connect(base, { source, target })).toEqual({ problem: { path: '', key } });
  });

  it('refuses a second input into a single-input node', () => {
    const p = addNode(base, filter('g')).project;
    expect(connect(p, { source: 'g', target: 'f' })).toEqual({ problem: { path: '', key: 'ui.connect.oneInput' } });
  });

  it('removes nodes with their edges, edits conditions, retargets sources', () => {
    expect(removeNodes(base, ['f']).project.edges).toEqual([]);
    const c = setCondition(base, 'f', 0, { column: 'age', op: 'gt', value: 60 }).project.nodes[1];
    expect(c.type === 'filter' && c.conditions).toEqual([{ column: 'age', op: 'gt', value: 60 }]);
    const r = useCustomersTable(base, 'telco').project;
    expect([r.tables, r.nodes[0]]).toEqual([[{ id: 'telco', role: 'customers' }], { id: 'all', type: 'source', table: 'telco', position: { x: 0, y: 0 } }]);
  });
});

describe('the data language', () => {
  it('sets the project locale as one undo step, leaving the old project as it was', () => {
    expect(setDataLocale(base, 'tr')).toEqual({ project: { ...base, locale: 'tr' }, capture: true });
    expect(base.locale).toBe('en');
  });
});
