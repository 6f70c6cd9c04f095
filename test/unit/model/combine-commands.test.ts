import { describe, expect, it } from 'vitest';
import { setExcludeBase } from '../../../src/model/combine-commands';
import { newProject } from '../../../src/model/restore';
import type { ProjectNode } from '../../../src/model/types';

const at = { position: { x: 0, y: 0 } };
const seg = (id: string) => ({ id, type: 'segment', name: id, color: '#7c3aed', ...at }) as ProjectNode;

describe('the base of an exclude', () => {
  it('moves to the chosen input, leaving the other inputs plain', () => {
    const p = newProject('p', 'demo');
    const c = { ...p, nodes: [...p.nodes, seg('x'), seg('y'), { id: 'c', type: 'combine', mode: 'exclude', ...at } as ProjectNode],
      edges: [{ id: 'i1', source: 'x', target: 'c', targetHandle: 'base' }, { id: 'i2', source: 'y', target: 'c' }] };
    expect(setExcludeBase(c, 'c', 'i2').project.edges).toEqual([{ id: 'i1', source: 'x', target: 'c' }, { id: 'i2', source: 'y', target: 'c', targetHandle: 'base' }]);
  });
});
