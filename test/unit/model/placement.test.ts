import { describe, expect, it } from 'vitest';
import { cardRects, freeSpot, overlaps } from '../../../src/model/placement';
import type { ProjectNode } from '../../../src/model/types';

const card = (x: number, y: number) => ({ x, y, width: 260, height: 170 });

describe('a free spot for a new card', () => {
  it.each([
    ['stays where it is wanted on an empty canvas', [], { x: 40, y: 60 }],
    ['stays where wanted when the nearest card is a gap away', [card(0, -210)], { x: 40, y: 60 }],
    ['moves right past a card that lies there', [card(40, 60)], { x: 340, y: 60 }],
    ['moves left when the right is taken', [card(40, 60), card(340, 60)], { x: -260, y: 60 }],
    ['moves down a row when the whole row is full', Array.from({ length: 40 }, (_, i) => card(40 + (i - 20) * 150, 60)), { x: 40, y: 270 }],
  ])('%s', (_, taken, expected) => {
    expect(freeSpot(taken, { x: 40, y: 60, width: 260, height: 170 })).toEqual(expected);
  });

  it('never overlaps a card it was given (within the gap)', () => {
    const taken = [card(0, 0), card(300, 0), card(-300, 0), card(0, 210)];
    const spot = freeSpot(taken, { x: 0, y: 0, width: 260, height: 170 });
    expect(spot).toEqual({ x: 600, y: 0 }); // three cards in a row and one below: past the right one, a tie with the left won by the right
    expect(taken.some((r) => overlaps({ ...spot, width: 260, height: 170 }, r))).toBe(false);
  });

  it('counts cards at their measured sizes, frames not at all', () => {
    const nodes = [
      { id: 'a', type: 'note', text: '', position: { x: 0, y: 0 } },
      { id: 'f', type: 'frame', title: '', size: { width: 900, height: 900 }, position: { x: 0, y: 0 } },
    ] as ProjectNode[];
    expect(cardRects({ nodes }, { a: { width: 200, height: 90 } })).toEqual([{ x: 0, y: 0, width: 200, height: 90 }]);
  });
});
