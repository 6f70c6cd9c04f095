import { describe, expect, it } from 'vitest';
import { createHistory, record, undo } from '../../../src/model/history';
import { addSplitWithSegments } from '../../../src/model/split-segments';
import type { Project, SplitNode } from '../../../src/model/types';

const base = (): Project => ({
  format: 'audience-canvas', version: 1, name: 'p', locale: 'en', tables: [{ id: 't', role: 'customers' }], traits: [],
  nodes: [{ id: 'all', type: 'source', table: 't', position: { x: 0, y: 0 } }], edges: [],
});
const ab: SplitNode = { id: 'split1', type: 'split', kind: 'random', seed: 1, position: { x: 0, y: 0 },
  branches: [{ id: 'a', label: 'A', percent: 45 }, { id: 'b', label: 'B', percent: 45 }, { id: 'hold', label: 'Hold-out', percent: 10 }] };
const look = (i: number) => ({ name: `S${i}`, color: '#123456' });

describe('a split dropped with one segment per branch', () => {
  it('wires each branch to its own segment below the split, fed by the source, clear of every card', () => {
    const { result, ids } = addSplitWithSegments(base(), ab, look, { x: 0, y: 210 }, 'all');
    expect(ids).toEqual(['split1', 'segment1', 'segment2', 'segment3']);
    expect(result.project.edges).toEqual([
      { id: 'e1', source: 'all', target: 'split1' },
      { id: 'e2', source: 'split1', target: 'segment1', sourceHandle: 'a' },
      { id: 'e3', source: 'split1', target: 'segment2', sourceHandle: 'b' },
      { id: 'e4', source: 'split1', target: 'segment3', sourceHandle: 'hold' },
    ]);
    // The row of three segments (3 × 300 − 40 = 860 wide) is centred under the split (3 × 110 + 28 = 358 wide).
    expect(result.project.nodes.map((n) => [n.id, n.position])).toEqual([
      ['all', { x: 0, y: 0 }], ['split1', { x: 0, y: 210 }],
      ['segment1', { x: -251, y: 490 }], ['segment2', { x: 49, y: 490 }], ['segment3', { x: 349, y: 490 }],
    ]);
  });

  it('moves the whole group aside when a card lies where it was wanted', () => {
    const p = { ...base(), nodes: [...base().nodes, { id: 'n', type: 'note' as const, text: '', position: { x: 0, y: 500 } }] };
    const { result } = addSplitWithSegments(p, ab, look, { x: 0, y: 210 });
    expect(result.project.nodes.find((n) => n.id === 'split1')!.position).toEqual({ x: 600, y: 210 }); // the 860-wide group starts past the note's right edge and gap
  });

  it('is one undo step', () => {
    const { result } = addSplitWithSegments(base(), ab, look, { x: 0, y: 210 }, 'all');
    const h = record(createHistory(base()), result.project, result.capture);
    expect(undo(h).present).toEqual(base());
  });
});

describe('right to left', () => {
  it('puts the first branch\'s segment rightmost, under the first branch\'s output', () => {
    const { result } = addSplitWithSegments(base(), ab, look, { x: 0, y: 210 }, 'all', {}, true);
    expect(result.project.nodes.slice(2).map((n) => [n.id, n.position.x])).toEqual([['segment1', 349], ['segment2', 49], ['segment3', -251]]);
  });
});
