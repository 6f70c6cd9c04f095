import { describe, expect, it } from 'vitest';
import type { ProjectNode } from '../../src/model/types';
import { placeNode } from '../../src/ui/canvas/place-node';

const at = (id: string, x: number, y: number) => ({ id, type: 'note', text: '', position: { x, y } }) as ProjectNode;

describe('where a click-added node goes', () => {
  it.each([
    ['below the node it follows', [at('a', 0, 0)], { x: 0, y: 190 }],
    ['beside a card already below it (right first)', [at('a', 0, 0), at('b', 0, 190)], { x: 300, y: 190 }],
    ['to the left when the right is taken too', [at('a', 0, 0), at('b', 0, 190), at('c', 300, 200)], { x: -300, y: 190 }],
  ])('%s', (_, nodes, expected) => {
    expect(placeNode(nodes, nodes[0])).toEqual(expected);
  });

  it('starts at the origin on an empty canvas', () => {
    expect(placeNode([])).toEqual({ x: 0, y: 0 });
  });
});
