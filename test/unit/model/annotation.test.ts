import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { isAnnotation } from '../../../src/model/annotation';
import { connect, connectionProblem } from '../../../src/model/commands';
import { compile } from '../../../src/model/compile';
import { restoreProject } from '../../../src/model/restore';
import type { Project } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

const minimal = { format: 'audience-canvas', version: 1, name: 'Workshop', tables: [{ id: 'customers', role: 'customers' }], edges: [] };
const restored = (json: unknown): Project => {
  const r = restoreProject(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.project;
};
const problem = (json: unknown) => {
  const r = restoreProject(json);
  if (r.ok) throw new Error('expected a problem');
  return r.problem;
};

const frame = { id: 'fr', type: 'frame', title: 'Spring campaign — Turkey', position: { x: -40, y: -60 }, size: { width: 640, height: 400 }, color: '#0e9384' };
const workshop = restored({
  ...minimal,
  nodes: [
    frame,
    { id: 'all', type: 'source', table: 'customers' },
    { id: 'young', type: 'filter', conditions: [{ column: 'age', op: 'lt', value: 30 }] },
  ],
  edges: [{ id: 'e1', source: 'all', target: 'young' }],
});

describe('frames in the project file', () => {
  it('restores a frame with its title, size, colour and unknown fields', () => {
    expect(restored({ ...minimal, nodes: [{ ...frame, pinned: true }] }).nodes).toEqual([{ ...frame, pinned: true }]);
  });

  it('gives a frame without title or size an empty title and the palette frame size', () => {
    expect(restored({ ...minimal, nodes: [{ id: 'fr', type: 'frame' }] }).nodes)
      .toEqual([{ id: 'fr', type: 'frame', title: '', position: { x: 0, y: 0 }, size: { width: 480, height: 320 } }]);
  });

  it.each([
    ['a title that is a number', { title: 7 }, 'nodes[0].title', 'text'],
    ['a size that is a list', { size: [640, 400] }, 'nodes[0].size', 'an object'],
    ['a size without a height', { size: { width: 640 } }, 'nodes[0].size.height', 'a number'],
    ['a width of zero', { size: { width: 0, height: 400 } }, 'nodes[0].size.width', 'a positive number'],
    ['a negative height', { size: { width: 640, height: -1 } }, 'nodes[0].size.height', 'a positive number'],
    ['a colour that is not text', { color: 12 }, 'nodes[0].color', 'text'],
  ])('refuses %s, naming the field', (_, patch, path, expected) => {
    expect(problem({ ...minimal, nodes: [{ ...frame, ...patch }] })).toEqual({ path, key: 'model.restore.expected', params: { expected } });
  });
});

describe('frames carry no data', () => {
  it('counts notes and frames as annotations, nothing else', () => {
    expect(['note', 'frame', 'source', 'filter', 'segment', 'stage', 'split', 'combine'].filter((type) => isAnnotation({ type } as never))).toEqual(['note', 'frame']);
  });

  it('leaves frames out of the plan', () => {
    const plan = compile(workshop, { customers: { age: 'number' } });
    expect(plan.nodes.map((n) => n.id)).toEqual(['all', 'young']);
    expect(plan.defs.map((d) => d.id)).toEqual(['all', 'young']);
  });

  it.each(['journey.json', 'spring-campaign.json'])('compiles %s with two frames added to the same golden plan', (file) => {
    const p = restored(readFileSync(`test/fixtures/projects/${file}`, 'utf8'));
    const framed = { ...p, nodes: [{ ...frame, id: 'frame-a' }, ...p.nodes, { ...frame, id: 'frame-b', title: 'Retention ideas' }] } as Project;
    const schema = JSON.parse(readFileSync('test/fixtures/plans/schema.json', 'utf8'));
    expect(compile(framed, schema)).toEqual(JSON.parse(readFileSync(`test/fixtures/plans/${file}`, 'utf8')));
  });

  it('gives a frame no count', async () => {
    const engine = new Engine();
    engine.setTable(await tableFromCsv('id,age\n1,25\n2,41\n3,19\n'));
    const { nodes, total } = engine.count(workshop);
    expect(total).toBe(3);
    expect(nodes).toEqual({ all: expect.objectContaining({ count: 3 }), young: expect.objectContaining({ count: 2 }) });
  });

  it.each([
    ['into a frame', 'all', 'fr'],
    ['out of a frame', 'fr', 'young'],
  ])('refuses a connection %s, saying why', (_, source, target) => {
    expect(connectionProblem(workshop, source, target)).toEqual({ path: '', key: 'frame.connect' });
    expect(connect(workshop, { source, target })).toEqual({ problem: { path: '', key: 'frame.connect' } });
  });
});
