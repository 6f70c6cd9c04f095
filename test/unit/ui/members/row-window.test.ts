import { describe, expect, it } from 'vitest';
import { pagesFor, rowWindow } from '../../../../src/ui/members/row-window';

describe('rows in view', () => {
  it.each([
    // scrollTop, height, row height, total, overscan → first, end
    [0, 280, 28, 1000, 10, 0, 20],
    [2800, 280, 28, 1000, 10, 90, 120],
    [27_720, 280, 28, 1000, 10, 980, 1000], // at the bottom: clamped to the total
    [0, 280, 28, 5, 10, 0, 5],
    [0, 280, 28, 0, 10, 0, 0],
    [-50, 280, 28, 1000, 0, 0, 10], // elastic overscroll above the top
    [99_999, 280, 28, 100, 10, 100, 100], // scrolled past a total that just shrank
    [0, 280, 0, 100, 10, 0, 0],
  ])('scrollTop %s, height %s, row %s, total %s, overscan %s → %s … %s', (top, h, row, total, over, first, end) => {
    expect(rowWindow(top, h, row, total, over)).toEqual({ first, end });
  });
});

describe('pages to ask for', () => {
  it('gives the page offsets covering the window', () => {
    expect(pagesFor({ first: 0, end: 20 })).toEqual([0]);
    expect(pagesFor({ first: 190, end: 220 })).toEqual([0, 200]);
    expect(pagesFor({ first: 400, end: 401 })).toEqual([400]);
    expect(pagesFor({ first: 5, end: 5 })).toEqual([]);
    expect(pagesFor({ first: 0, end: 25 }, 10)).toEqual([0, 10, 20]);
  });
});
