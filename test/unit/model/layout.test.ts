import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../src/model/layout';
import type { Project } from '../../../src/model/types';

const card = { width: 260, height: 100 };
const project = (): Project => ({
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [], traits: [],
  nodes: [
    { id: 'all', type: 'source', table: 't', position: { x: 100, y: 50 } },
    { id: 'a', type: 'filter', match: 'all', negate: false, conditions: [], position: { x: 900, y: 900 } },
    { id: 'b', type: 'filter', match: 'all', negate: false, conditions: [], position: { x: 120, y: 60 } },
    { id: 's', type: 'segment', name: 'S', color: '#000', position: { x: 500, y: 500 } },
  ],
  edges: [{ id: 'e1', source: 'all', target: 'a' }, { id: 'e2', source: 'all', target: 'b' }, { id: 'e3', source: 'a', target: 's' }],
});

describe('auto-layout', () => {
  it('puts every card below its input, siblings side by side, nothing overlapping', () => {
    const { project: p, capture } = autoLayout(project(), { all: card, a: card, b: card, s: card });
    expect(capture).toBe(true);
    const at = Object.fromEntries(p.nodes.map((n) => [n.id, n.position]));
    expect(at.a.y).toBe(at.b.y);
    expect(at.a.y - at.all.y).toBe(100 + 70);
    expect(at.s.y - at.a.y).toBe(100 + 70);
    expect(Math.abs(at.a.x - at.b.x)).toBe(260 + 40);
    // The group keeps its top-left corner.
    expect(Math.min(...p.nodes.map((n) => n.position.x))).toBe(100);
    expect(Math.min(...p.nodes.map((n) => n.position.y))).toBe(50);
  });

  it('lays out only the chosen cards, leaving the others where they are', () => {
    const { project: p } = autoLayout(project(), {}, ['a', 's']);
    expect(p.nodes.find((n) => n.id === 'all')!.position).toEqual({ x: 100, y: 50 });
    expect(p.nodes.find((n) => n.id === 'a')!.position).toEqual({ x: 500, y: 500 });
    expect(p.nodes.find((n) => n.id === 's')!.position).toEqual({ x: 500, y: 500 + 130 + 70 });
  });

  it('is a no-op on an empty project', () => {
    const empty = { ...project(), nodes: [], edges: [] };
    expect(autoLayout(empty, {})).toEqual({ project: empty, capture: false });
  });
});
