// Hash counting of a number column against a sort: the same distinct values, counts and most frequent values.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countValues, topEntries } from '../../../src/engine/value-counts';

/** The reference: sort, runs of equal values, then count descending and value ascending. */
function bySort(values: number[], top: number) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const v of sorted) {
    if (runs.length && runs[runs.length - 1][0] === v) runs[runs.length - 1][1]++;
    else runs.push([v === 0 ? 0 : v, 1]);
  }
  const best = [...runs].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, top);
  return { runs, best };
}

describe('countValues and topEntries', () => {
  it('count exactly what a sort counts, and pick the same most frequent values', () => {
    const value = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(NaN, -0, 0, 0.1, 1e300, -Infinity, Infinity), fc.double({ noNaN: true }));
    fc.assert(fc.property(fc.array(value, { maxLength: 3000 }), fc.integer({ min: 1, max: 12 }), (values, top) => {
      const c = countValues(Float64Array.from(values), values.length);
      const { runs, best } = bySort(values, top);
      const got = Array.from({ length: c.size }, (_, i): [number, number] => [c.keys[i], c.counts[i]]).sort((a, b) => a[0] - b[0]);
      expect(got).toEqual(runs);
      expect(topEntries(c, top).map((i) => [c.keys[i], c.counts[i]])).toEqual(best);
    }), { numRuns: 300 });
  });

  it('counts only the first `rows` values, −0 as 0, and none of the empties', () => {
    const c = countValues(Float64Array.from([-0, 0, NaN, 5, 5, 7]), 5);
    expect([Array.from(c.keys), Array.from(c.counts)]).toEqual([[0, 5], [2, 2]]);
    expect(Object.is(c.keys[0], 0)).toBe(true);
    expect(topEntries(c, 1)).toEqual([0]);
  });

  it('breaks ties by the smaller value when many values share the cut', () => {
    const values = Float64Array.from({ length: 100_000 }, (_, i) => 100_000 - i);
    const c = countValues(values, values.length);
    expect(topEntries(c, 3).map((i) => c.keys[i])).toEqual([1, 2, 3]);
  });
});
