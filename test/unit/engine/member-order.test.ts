import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collatorFor, columnRanks, sortRows, textRanksOf } from '../../../src/engine/member-order';
import type { DictColumn, NumberColumn } from '../../../src/engine/table';

/** The order a plain stable sort gives: empties last, ties by row order. */
function reference<T>(rows: number[], value: (i: number) => T | null, compare: (a: T, b: T) => number, descending: boolean): number[] {
  return [...rows].sort((a, b) => {
    const va = value(a), vb = value(b);
    if (va === null || vb === null) return va === null && vb === null ? a - b : va === null ? 1 : -1;
    return (descending ? compare(vb, va) : compare(va, vb)) || a - b;
  });
}

const subset = (n: number, pick: boolean[]) => Array.from({ length: n }, (_, i) => i).filter((i) => pick[i % pick.length]);

describe('sorting rows by a column', () => {
  it('orders numbers like a plain stable sort, empties last, for any values and any subset of rows', () => {
    const value = fc.oneof(fc.constant(Number.NaN), fc.constant(-0), fc.constant(0), fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true }));
    fc.assert(fc.property(fc.array(value, { maxLength: 80 }), fc.array(fc.boolean(), { minLength: 1 }), fc.boolean(), (values, pick, desc) => {
      const column: NumberColumn = { name: 'n', type: 'number', values: Float64Array.from(values) };
      const rows = subset(values.length, pick);
      const got = sortRows(Uint32Array.from(rows), columnRanks(column, collatorFor('en')), desc ? 'descending' : 'ascending');
      const at = (i: number) => (Number.isNaN(values[i]) ? null : values[i]);
      expect([...got]).toEqual(reference(rows, at, (a, b) => (a < b ? -1 : a > b ? 1 : 0), desc));
    }));
  });

  it('orders text like a stable sort with the locale collator, blanks last', () => {
    const words = ['', '  ', 'a', 'A', 'b', 'ç', 'c', 'Ç', 'ı', 'i', 'İ', 'item 2', 'item 10', 'z', ' z '];
    fc.assert(fc.property(fc.array(fc.nat(words.length - 1), { maxLength: 60 }), fc.constantFrom('en', 'tr', 'az', 'ru'), fc.boolean(), (codes, locale, desc) => {
      const dict = [null, ...words];
      const column: DictColumn = { name: 't', type: 'text', codes: Uint32Array.from(codes, (c) => c + 1), dict };
      const rows = codes.map((_, i) => i);
      const collator = collatorFor(locale);
      const got = sortRows(Uint32Array.from(rows), columnRanks(column, collator), desc ? 'descending' : 'ascending');
      const at = (i: number) => (words[codes[i]].trim() === '' ? null : words[codes[i]].trim());
      expect([...got]).toEqual(reference(rows, at, collator.compare, desc));
    }));
  });

  it('orders a column of many distinct numbers (ranked by sorting, not by a map) the same way', () => {
    const n = 70_000;
    const values = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? Number.NaN : ((i * 7919) % n) - n / 2 + (i % 3) / 4));
    const column: NumberColumn = { name: 'n', type: 'number', values };
    const rows = Array.from({ length: n }, (_, i) => i);
    const at = (i: number) => (Number.isNaN(values[i]) ? null : values[i]);
    for (const desc of [false, true]) {
      const got = sortRows(Uint32Array.from(rows), columnRanks(column, collatorFor('en')), desc ? 'descending' : 'ascending');
      expect([...got]).toEqual(reference(rows, at, (a, b) => a - b, desc));
    }
  });

  it('ranks only the texts some rows hold, in the same order as ranking the whole column', () => {
    const dict = [null, 'delta', 'Alpha', 'charlie', 'bravo', 'alpha', 'echo'];
    const column: DictColumn = { name: 't', type: 'text', codes: Uint32Array.from([1, 2, 3, 4, 5, 6, 0, 2]), dict };
    const rows = Uint32Array.from([0, 2, 4, 6, 7]); // delta, charlie, alpha, (empty), Alpha
    const collator = collatorFor('en');
    expect([...sortRows(rows, textRanksOf(column, rows, collator), 'ascending')]).toEqual([4, 7, 2, 0, 6]);
    expect([...sortRows(rows, textRanksOf(column, rows, collator), 'descending')]).toEqual([0, 2, 7, 4, 6]);
    expect([...sortRows(rows, columnRanks(column, collator), 'descending')]).toEqual([0, 2, 7, 4, 6]);
  });

  it('gives an empty order for no rows, and a collator even for a locale Intl refuses', () => {
    const column: NumberColumn = { name: 'n', type: 'number', values: new Float64Array(0) };
    expect([...sortRows(new Uint32Array(0), columnRanks(column, collatorFor('en')), 'descending')]).toEqual([]);
    expect(collatorFor('<script>').compare('a', 'b')).toBe(-1);
  });
});
