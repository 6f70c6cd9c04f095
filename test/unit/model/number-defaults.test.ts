// A new number condition starts near the middle of the column, in round numbers, and a switch of operator keeps the
// number where it still means something.

import { describe, expect, it } from 'vitest';
import { numberValueAfter, quantileOf, roundNear, startingNumber, startingRange, type NumberSpread } from '../../../src/model/number-defaults';

/** Ages: 100 in their teens, 200 in their twenties, 300 in their thirties, 400 in their forties (1,000 in all). */
const ages: NumberSpread = {
  min: 13, max: 49, top: [{ value: '45', count: 40 }, { value: '38', count: 35 }],
  histogram: [{ from: 10, to: 20, count: 100 }, { from: 20, to: 30, count: 200 }, { from: 30, to: 40, count: 300 }, { from: 40, to: 50, count: 400 }],
};
/** Household incomes from 2,028 to 164,992, most between 40,000 and 60,000 (the "between 2,028 and 164,992"). */
const incomes: NumberSpread = {
  min: 2028, max: 164_992, top: [{ value: '52000.5', count: 2 }],
  histogram: [
    { from: 0, to: 20_000, count: 50 }, { from: 20_000, to: 40_000, count: 150 }, { from: 40_000, to: 60_000, count: 600 },
    { from: 60_000, to: 80_000, count: 150 }, { from: 80_000, to: 180_000, count: 50 },
  ],
};

describe('where a number condition starts', () => {
  it('reads quantiles from the histogram, linearly inside a bin', () => {
    // The 500th of 1,000 ages lies 200 into the thirties' 300: 30 + 10 × 200/300.
    expect(quantileOf(ages, 0.5)).toBeCloseTo(36.667, 3);
    expect(quantileOf(ages, 0.25)).toBe(27.5); // 150 into the twenties' 200
    expect(quantileOf(ages, 0.75)).toBe(43.75); // 150 into the forties' 400
    expect(quantileOf(incomes, 0.5)).toBe(50_000); // 300 into 600 between 40,000 and 60,000
  });

  it('rounds to two significant digits, whole in a whole-number column, never outside the data', () => {
    expect([51_234, 164_992, 2028, 0.534, -3.46, 7].map((x) => roundNear(x, incomes))).toEqual([51_000, 160_000, 2028, 2028, 2028, 2028]);
    const free: NumberSpread = { top: [{ value: '0.5', count: 1 }] };
    expect([51_234, 164_992, 2028, 0.534, -3.46, 7, 0].map((x) => roundNear(x, free))).toEqual([51_000, 160_000, 2000, 0.53, -3.5, 7, 0]);
    expect(roundNear(36.667, ages)).toBe(37);
  });

  it('starts "at least" near the median and "between" around the middle half', () => {
    expect(startingNumber(ages)).toBe(37);
    expect(startingRange(ages)).toEqual([28, 44]);
    expect(startingNumber(incomes)).toBe(50_000);
    expect(startingRange(incomes)).toEqual([42_000, 58_000]);
  });

  it('falls back to the most common values, then to the middle of min and max, without a histogram', () => {
    expect(startingNumber({ top: [{ value: '1', count: 5 }, { value: '2', count: 3 }, { value: '9', count: 4 }] })).toBe(2);
    expect(startingNumber({ min: 13, max: 90, top: [] })).toBe(52); // 51.5, to two digits
    expect(startingNumber({ top: [] })).toBe('');
    expect(startingRange({ top: [] })).toEqual(['', '']);
  });
});

describe('switching the operator of a number condition', () => {
  it.each([
    ['between', [25, 40], 'lte', 40],
    ['between', [25, 40], 'lt', 40],
    ['between', [25, 40], 'gte', 25],
    ['between', [25, 40], 'eq', 25],
    ['gte', 25, 'gt', 25],
    ['gte', 25, 'between', [25, 49]],
    ['lte', 40, 'between', [13, 40]],
    ['eq', 30, 'between', [28, 44]],
    ['topPercent', 5, 'bottomPercent', 5],
    ['topPercent', 5, 'gte', 37],
    ['gte', 25, 'topPercent', 10],
    ['isEmpty', undefined, 'gte', 37],
    ['gte', '', 'lte', 37],
    ['gte', 25, 'isNotEmpty', undefined],
  ] as const)('%s %j → %s %j', (from, value, to, expected) => {
    expect(numberValueAfter(to, from, value as never, ages)).toEqual(expected);
  });
});
