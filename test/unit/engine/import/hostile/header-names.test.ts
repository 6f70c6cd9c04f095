// Issue 15, item 10: column names are unique after de-duplication, whatever the header holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../../src/engine/import/index';
import { headerNames } from '../../../../../src/engine/import/table-sink';
import { cellValue } from '../../../../../src/engine/table';

describe('header names', () => {
  it('a,a (2),a gives a, a (2), a (3): every value kept under its own name', async () => {
    const { table } = await importFile(new Blob(['a,a (2),a\n1,2,3\n']), 't', 't');
    expect(table.columns.map((c) => [c.name, cellValue(c, 0)])).toEqual([['a', 1], ['a (2)', 2], ['a (3)', 3]]);
  });

  it('keeps the first of each name as written (trimmed) and numbers the repeats past any name taken', () => {
    expect(headerNames(['a', 'a', 'a (2)'])).toEqual(['a', 'a (3)', 'a (2)']);
    expect(headerNames(['', 'column 1', ' x ', 'x', 'x (2)', 'x (2)'])).toEqual(['column 1', 'column 1 (2)', 'x', 'x (3)', 'x (2)', 'x (2) (2)']);
    expect(headerNames(['__proto__', '__proto__', 'constructor'])).toEqual(['__proto__', '__proto__ (2)', 'constructor']);
  });

  it('any list of header cells: names distinct and non-empty, first occurrences unchanged (fast-check)', () => {
    // Cells built from a few letters, spaces and "(2)"-like suffixes, so repeats and would-be collisions are common.
    const cell = fc.array(fc.constantFrom('a', 'b', ' ', '(', ')', '2', '3', ' (2)', ' (3)', 'column 1', 'column 2', ''), { maxLength: 4 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(fc.oneof(cell, fc.string()), { maxLength: 30 }), (cells) => {
      const out = headerNames(cells);
      expect(out.length).toBe(cells.length);
      expect(new Set(out).size).toBe(out.length);
      for (const name of out) expect(name.trim()).not.toBe('');
      const seen = new Set<string>();
      cells.forEach((raw, i) => {
        const base = raw.trim() || `column ${i + 1}`;
        if (!seen.has(base)) expect(out[i]).toBe(base);
        seen.add(base);
      });
    }), { numRuns: 500, seed: 10 });
  });
});
