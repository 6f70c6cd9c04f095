import { describe, expect, it } from 'vitest';
import { newProject, restoreProject } from '../../../src/model/restore';

const minimal = { format: 'audience-canvas', version: 1, name: 'Spring', tables: [{ id: 'customers', role: 'customers' }], nodes: [], edges: [] };
const problem = (json: unknown) => {
  const r = restoreProject(json);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

describe('restoreProject', () => {
  it('fills defaults for a minimal file', () => {
    const r = restoreProject({ ...minimal, nodes: [{ id: 'f', type: 'filter' }] });
    expect(r.ok && r.project).toMatchObject({
      locale: 'en', traits: [],
      nodes: [{ id: 'f', type: 'filter', match: 'all', negate: false, conditions: [], position: { x: 0, y: 0 } }],
    });
  });

  it('keeps unknown fields everywhere', () => {
    const r = restoreProject({ ...minimal, futureThing: 1, nodes: [{ id: 's', type: 'source', table: 'customers', colour: 'x' }] });
    expect(r.ok && r.project.futureThing).toBe(1);
    expect(r.ok && r.project.nodes[0].colour).toBe('x');
  });

  it('reads a JSON string and does not mutate its input', () => {
    const input = { ...minimal, nodes: [{ id: 'f', type: 'filter' }] };
    const copy = JSON.parse(JSON.stringify(input));
    restoreProject(input);
    expect(input).toEqual(copy);
    expect(restoreProject(JSON.stringify(minimal)).ok).toBe(true);
  });

  it('refuses a newer version, naming the field', () => {
    expect(problem({ ...minimal, version: 2 })).toEqual({ path: 'version', key: 'model.restore.newer', params: { version: 2, supported: 1 } });
  });

  it.each([
    ['not JSON', '{oops', '', 'model.restore.notJson'],
    ['an array', [], '', 'model.restore.expected'],
    ['another format', { ...minimal, format: 'other' }, 'format', 'model.restore.format'],
    ['no version', { ...minimal, version: undefined }, 'version', 'model.restore.version'],
    ['version 0', { ...minimal, version: 0 }, 'version', 'model.restore.version'],
    ['a node of unknown type', { ...minimal, nodes: [{ id: 'x', type: 'magic' }] }, 'nodes[0].type', 'model.restore.oneOf'],
    ['a condition without op', { ...minimal, nodes: [{ id: 'f', type: 'filter', conditions: [{ column: 'age' }] }] }, 'nodes[0].conditions[0].op', 'model.restore.expected'],
    ['duplicate node ids', { ...minimal, nodes: [{ id: 'a', type: 'note' }, { id: 'a', type: 'note' }] }, 'nodes[1].id', 'model.restore.duplicate'],
    ['an edge to nowhere', { ...minimal, nodes: [{ id: 'a', type: 'note' }], edges: [{ id: 'e', source: 'a', target: 'b' }] }, 'edges[0].target', 'model.restore.unknownNode'],
    ['a split percent over 100', { ...minimal, nodes: [{ id: 's', type: 'split', kind: 'random', branches: [{ id: 'a', percent: 120 }] }] }, 'nodes[0].branches[0].percent', 'model.restore.expected'],
    ['a position that is text', { ...minimal, nodes: [{ id: 'n', type: 'note', position: { x: 'left', y: 0 } }] }, 'nodes[0].position.x', 'model.restore.expected'],
    ['a bad asOf', { ...minimal, asOf: '09.12.2011' }, 'asOf', 'model.restore.asOf'],
    ['a column type that does not exist', { ...minimal, tables: [{ id: 'c', columns: { age: { type: 'integer' } } }] }, 'tables[0].columns.age.type', 'model.restore.oneOf'],
  ])('refuses %s', (_, json, path, key) => {
    expect(problem(json)).toMatchObject({ path, key });
  });

  it('makes a new project with a source on the table', () => {
    expect(newProject('X', 'demo')).toEqual({
      format: 'audience-canvas', version: 1, name: 'X', locale: 'en', tables: [{ id: 'demo', role: 'customers' }], traits: [],
      nodes: [{ id: 'all', type: 'source', table: 'demo', position: { x: 0, y: 0 } }], edges: [],
    });
    expect(restoreProject(newProject('X', 'demo'))).toEqual({ ok: true, project: newProject('X', 'demo') });
  });
});
