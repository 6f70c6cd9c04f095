// The bitset kernels against a row-by-row reading of the same rule, on every length (whole words and tails).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { and, andNot, fromCodes, inIntRange, inRange, indexes, isNaNRows, or, popcount } from '../../../src/engine/bitset';

/** The rows of a bitset, one by one. */
const rowsOf = (b: Uint32Array, rows: number) => Array.from({ length: rows }, (_, i) => i).filter((i) => (b[i >>> 5] >>> (i & 31)) & 1);

describe('bitset kernels', () => {
  it('fromCodes marks the rows whose code is hit', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 300, size: 'max' }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (codes, hits) => {
      const b = fromCodes(Uint32Array.from(codes), codes.length, Uint8Array.from(hits.map(Number)));
      expect(rowsOf(b, codes.length)).toEqual(codes.flatMap((c, i) => (hits[c] ? [i] : [])));
      expect(b.length).toBe(Math.ceil(codes.length / 32));
    }));
  });

  it('inIntRange marks lo ≤ v < hi', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300, size: 'max' }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), (values, lo, hi) => {
      const b = inIntRange(Uint8Array.from(values), values.length, lo, hi);
      expect(rowsOf(b, values.length)).toEqual(values.flatMap((v, i) => (v >= lo && v < hi ? [i] : [])));
    }));
  });

  it('inRange marks values between the ends, never NaN, each end open or closed', () => {
    const value = fc.oneof(fc.constant(NaN), fc.integer({ min: -3, max: 3 }), fc.double({ min: -4, max: 4, noNaN: true }));
    fc.assert(fc.property(fc.array(value, { maxLength: 200, size: 'max' }), value, value, fc.boolean(), fc.boolean(), (values, lo, hi, loOpen, hiOpen) => {
      const b = inRange(Float64Array.from(values), values.length, lo, hi, loOpen, hiOpen);
      const inside = (v: number) => (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
      expect(rowsOf(b, values.length)).toEqual(values.flatMap((v, i) => (inside(v) ? [i] : [])));
      expect(rowsOf(isNaNRows(Float64Array.from(values), values.length), values.length)).toEqual(values.flatMap((v, i) => (Number.isNaN(v) ? [i] : [])));
    }));
  });

  it('tests only the rows of `within` when given one, and gives what the full pass gives on them', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 300, size: 'max' }), fc.integer(), (codes, seed) => {
      const rows = codes.length;
      const within = new Uint32Array(Math.ceil(rows / 32));
      for (let i = 0; i < rows; i++) if (((i * 2654435761 + seed) >>> 7) % 3 === 0) within[i >>> 5] |= 1 << (i & 31);
      const hit = Uint8Array.from({ length: 10 }, (_, k) => +(k % 3 === 1));
      const values = Float64Array.from(codes, (c) => (c === 0 ? NaN : c - 4.5));
      const small = Uint8Array.from(codes);
      expect(fromCodes(Uint32Array.from(codes), rows, hit, within)).toEqual(and(fromCodes(Uint32Array.from(codes), rows, hit), within));
      expect(inRange(values, rows, -2, 3, true, false, within)).toEqual(and(inRange(values, rows, -2, 3, true, false), within));
      expect(inIntRange(small, rows, 2, 7, within)).toEqual(and(inIntRange(small, rows, 2, 7), within));
      expect(isNaNRows(values, rows, within)).toEqual(and(isNaNRows(values, rows), within));
      const counts = [fromCodes(Uint32Array.from(codes), rows, hit, within), inRange(values, rows, -2, 3, true, false, within), inIntRange(small, rows, 2, 7, within), isNaNRows(values, rows, within)];
      expect(counts.map(popcount)).toEqual(counts.map((b) => rowsOf(b, rows).length));
    }));
  });

  it('and, or, andNot, popcount and indexes agree with sets of rows', () => {
    const rows = 100;
    const set = fc.uniqueArray(fc.integer({ min: 0, max: rows - 1 }));
    const bits = (s: number[]) => { const b = new Uint32Array(4); for (const i of s) b[i >>> 5] |= 1 << (i & 31); return b; };
    fc.assert(fc.property(set, set, (x, y) => {
      const sorted = (s: number[]) => [...s].sort((a, b) => a - b);
      expect(rowsOf(and(bits(x), bits(y)), rows)).toEqual(sorted(x.filter((i) => y.includes(i))));
      expect(rowsOf(or(bits(x), bits(y)), rows)).toEqual(sorted([...new Set([...x, ...y])]));
      expect(rowsOf(andNot(bits(x), bits(y)), rows)).toEqual(sorted(x.filter((i) => !y.includes(i))));
      expect(popcount(bits(x))).toBe(x.length);
      // Counted as they were written:
      expect([popcount(and(bits(x), bits(y))), popcount(or(bits(x), bits(y))), popcount(andNot(bits(x), bits(y)))])
        .toEqual([x.filter((i) => y.includes(i)).length, new Set([...x, ...y]).size, x.filter((i) => !y.includes(i)).length]);
      expect(Array.from(indexes(bits(x)))).toEqual(sorted(x));
    }));
  });
});
