import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binLayout, binOf, histogram, niceStep } from '../../../src/engine/histogram';
import { profileColumn } from '../../../src/engine/profile';
import { tableFromCsv } from '../../helpers/table';

describe('nice steps', () => {
  it.each([
    [3.85, 5], [1, 1], [0.7, 1], [1.2, 2], [2.5, 5], [8250, 10000], [0.013, 0.02], [40, 50],
  ])('rounds %d up to %d', (raw, step) => {
    expect(niceStep(raw)).toBe(step);
  });
});

describe('bin layout', () => {
  it('bins ages 13–90 in 17 bins of 5 from 10', () => {
    expect(binLayout(13, 90, true)).toEqual({ from: 10, step: 5, bins: 17 });
  });

  it('never makes bins narrower than 1 for whole numbers', () => {
    expect(binLayout(0, 5, true)).toEqual({ from: 0, step: 1, bins: 6 });
  });

  it('uses decimal steps for decimals, without floating noise', () => {
    expect(binLayout(0.12, 0.95, false)).toEqual({ from: 0.1, step: 0.05, bins: 18 });
  });

  it('gives one bin when every value is the same', () => {
    expect(binLayout(7, 7, true)).toEqual({ from: 7, step: 1, bins: 1 });
  });

  it('puts a value on a boundary in the bin it opens', () => {
    const layout = { from: 0, step: 0.1, bins: 10 };
    expect([binOf(layout, 0.3), binOf(layout, 0.29), binOf(layout, 0.95), binOf(layout, -1), binOf(layout, 5)]).toEqual([3, 2, 9, 0, 9]);
  });
});

describe('histograms', () => {
  it('counts (value, count) pairs into their bins', () => {
    expect(histogram({ from: 0, step: 10, bins: 3 }, [0, 9.5, 10, 29], [2, 1, 4, 1])).toEqual([
      { from: 0, to: 10, count: 3 }, { from: 10, to: 20, count: 4 }, { from: 20, to: 30, count: 1 },
    ]);
  });

  it('profiles a number column with bins that leave empties out', async () => {
    const table = await tableFromCsv('n,k\n1,a\n2,b\n2,c\n3,d\n,e\n10,f\n20,g\n20,h\n');
    const p = profileColumn(table.columns[0], table.rowCount);
    expect(p).toMatchObject({ type: 'number', empty: 1, min: 1, max: 20 });
    // 20 bins of 1 from 1: the two 20s open the last bin, [20, 21).
    expect(p.histogram?.map((b) => b.count)).toEqual([1, 2, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect([p.histogram?.[0], p.histogram?.[19]]).toEqual([{ from: 1, to: 2, count: 1 }, { from: 20, to: 21, count: 2 }]);
  });

  it('bins a column with many distinct values (the sorted path) the same way', async () => {
    const csv = 'x\n' + Array.from({ length: 6000 }, (_, i) => (i / 100).toFixed(2)).join('\n') + '\n';
    const table = await tableFromCsv(csv);
    const p = profileColumn(table.columns[0], table.rowCount);
    // 0.00 … 59.99: twelve bins of 5, each holding 500 values.
    expect(p.histogram?.length).toBe(12);
    expect(p.histogram?.[0]).toEqual({ from: 0, to: 5, count: 500 });
    expect(p.histogram?.[11]).toEqual({ from: 55, to: 60, count: 500 });
    expect(p.histogram?.reduce((s, b) => s + b.count, 0)).toBe(6000);
  });

  it('gives dates and text no histogram', async () => {
    const table = await tableFromCsv('d,t\n2024-01-02,a\n2024-02-03,b\n');
    expect(table.columns.map((c) => profileColumn(c, table.rowCount).histogram)).toEqual([undefined, undefined]);
  });
});

describe('extreme values', () => {
  it('bins -1.7e308 … 1.7e308 (a range wider than the largest double) without overflowing', () => {
    const layout = binLayout(-1.7e308, 1.7e308, false);
    // Steps of 2e307; -1.8e308 is past the largest double, so the bins start there: 18 bins, the last holding 1.7e308.
    expect(layout).toEqual({ from: -Number.MAX_VALUE, step: 2e307, bins: 18 });
    const bins = histogram(layout, [-1.7e308, 0, 1.7e308], [1, 1, 1]);
    // 0 sits 8.99 steps above -1.797e308: bin 8.
    expect([bins.length, bins[0].count, bins[8].count, bins[17].count]).toEqual([18, 1, 1, 1]);
    expect(bins.every((b) => Number.isFinite(b.from) && Number.isFinite(b.to))).toBe(true);
  });

  it('bins 0 next to the denormal 8.4e-323 (no power of ten that small) in bins of the raw width', () => {
    const layout = binLayout(0, 8.4e-323, false);
    expect(layout.from).toBe(0);
    expect(layout.step).toBeGreaterThan(0);
    expect(layout.bins).toBeGreaterThanOrEqual(1);
    expect(layout.bins).toBeLessThanOrEqual(22);
    const bins = histogram(layout, [0, 8.4e-323], [3, 2]);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(5);
    expect([bins[0].count, bins[bins.length - 1].count]).toEqual([3, 2]);
  });

  it('lays out any two finite doubles: finite bounds, a positive step, at most 42 bins, every value in one', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), (a, b, integers) => {
      const [min, max] = a <= b ? [a, b] : [b, a];
      const layout = binLayout(min, max, integers);
      expect(Number.isFinite(layout.from) && layout.step > 0 && Number.isFinite(layout.step)).toBe(true);
      expect(layout.bins >= 1 && layout.bins <= 42 && Number.isInteger(layout.bins)).toBe(true);
      const bins = histogram(layout, [min, max], [1, 1]);
      expect(bins.reduce((s, x) => s + x.count, 0)).toBe(2);
      expect(bins.every((x) => Number.isFinite(x.from) && Number.isFinite(x.to))).toBe(true);
    }), { numRuns: 2000, seed: 11 });
  });

  it('profiles a number column holding ±1e308 and 0 beside 8.4e-323', async () => {
    const table = await tableFromCsv('x,y\n1e308,0\n-1e308,8.4e-323\n0,0\n');
    const [x, y] = table.columns.map((c) => profileColumn(c, table.rowCount));
    expect([x.min, x.max, x.histogram?.reduce((s, b) => s + b.count, 0)]).toEqual([-1e308, 1e308, 3]);
    expect([y.min, y.max, y.histogram?.reduce((s, b) => s + b.count, 0)]).toEqual([0, 8.4e-323, 3]);
  });
});
