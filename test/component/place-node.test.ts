import { describe, expect, it } from 'vitest';
import type { ProjectNode } from '../../src/model/types';
import { placeNode } from '../../src/ui/canvas/place-node';

const at = (id: string, x: number, y: number) => ({ id, type: 'note', text: '', position: { x, y } }) as ProjectNode;

describe('where a click-added node goes', () => {
  it.each([
    ['below the node it follows, a gap under it', [at('a', 0, 0)], { x: 0, y: 210 }],
    ['beside a card already below it (right first)', [at('a', 0, 0), at('b', 0, 210)], { x: 300, y: 210 }],
    ['to the left when the right is taken too', [at('a', 0, 0), at('b', 0, 210), at('c', 300, 220)], { x: -300, y: 210 }],
  ])('%s', (_, nodes, expected) => {
    expect(placeNode(nodes, nodes[0])).toEqual(expected);
  });

  it('starts at the origin on an empty canvas', () => {
    expect(placeNode([])).toEqual({ x: 0, y: 0 });
  });
});
