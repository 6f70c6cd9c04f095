import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../../../src/ui/canvas/navigate';

// all → filter (below) → segment (below); a second filter to the right of the first; a note far off to the side.
const cards = [
  { id: 'all', position: { x: 0, y: 0 } },
  { id: 'f1', position: { x: 0, y: 200 } },
  { id: 'f2', position: { x: 300, y: 220 } },
  { id: 's', position: { x: 0, y: 400 } },
  { id: 'note', position: { x: 900, y: 10 } },
];

describe('keyboard navigation between cards', () => {
  it('goes down the chain and back up', () => {
    expect(nearestInDirection(cards, 'all', 'down')).toBe('f1');
    expect(nearestInDirection(cards, 'f1', 'down')).toBe('s');
    expect(nearestInDirection(cards, 's', 'up')).toBe('f1');
  });
  it('goes sideways to the sibling, and far sideways only when nothing nearer is ahead', () => {
    expect(nearestInDirection(cards, 'f1', 'right')).toBe('f2');
    expect(nearestInDirection(cards, 'f2', 'left')).toBe('f1');
    expect(nearestInDirection(cards, 'all', 'right')).toBe('note');
  });
  it('stops at the edge, and for an unknown card', () => {
    expect(nearestInDirection(cards, 'all', 'up')).toBeUndefined();
    expect(nearestInDirection(cards, 'f1', 'left')).toBeUndefined();
    expect(nearestInDirection(cards, 'gone', 'down')).toBeUndefined();
  });
});
