// The header row of a sheet, below any title, note and blank rows; and none for a sheet that starts with data.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../../../../src/engine/import/xlsx/find-header';
import type { Cell } from '../../../../../src/engine/import/value-column-builder';

const text = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '');
const value: fc.Arbitrary<Cell> = fc.oneof(text, fc.double({ noNaN: true }), fc.boolean(), fc.integer({ min: 0, max: 4e11 }).map((ms) => new Date(ms)));

/** A sheet: `titles` rows narrower than the table (each under three quarters of its width), blank rows among them, the header, the data. */
const sheet = fc.integer({ min: 2, max: 12 }).chain((width) => fc.record({
  width: fc.constant(width),
  titles: fc.array(fc.oneof(fc.constant(null), fc.array(text, { minLength: 1, maxLength: Math.max(1, Math.ceil(0.75 * width) - 1) })), { maxLength: 5 }),
  header: fc.array(text, { minLength: width, maxLength: width }),
  data: fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 30 }),
}));

describe('findHeader', () => {
  it('finds the header below titles, notes and blank rows', () => {
    fc.assert(fc.property(sheet, ({ titles, header, data }) => {
      const rows: Cell[][] = [...titles.map((t) => t ?? []), header, ...data];
      expect(findHeader(rows)).toBe(titles.length + 1);
    }));
  });

  it('finds the header below more title rows than rows of data (CI found it: seed -778079736)', () => {
    const d = new Date(0);
    expect(findHeader([['!'], ['!'], ['!'], ['!'], ['!', '!', '!', '!'], [d, d, false, 0], [0, 0, '!', 0]])).toBe(5);
  });

  it('finds none when the first full row holds a number, a date or a boolean', () => {
    expect(findHeader([['Report'], [], ['Ada', 10, 'Bakı'], ['Bob', 20, 'Ganja']])).toBeUndefined();
    expect(findHeader([[new Date(0), 'x'], ['a', 'b']])).toBeUndefined();
  });

  it('finds none in an empty sheet or one holding only a title', () => {
    expect(findHeader([])).toBeUndefined();
    expect(findHeader([[], [null, '  ']])).toBeUndefined();
    expect(findHeader([[], [null, 'Sales dashboard']])).toBeUndefined();
  });

  it('takes a one-column list under its title as the title and the list', () => {
    expect(findHeader([['Emails'], ['a@x.az'], ['b@x.az']])).toBe(1);
  });

  it('takes a header with a blank cell (a column without a name)', () => {
    expect(findHeader([['Sales'], [], ['id', null, 'city', 'total'], [1, 'x', 'Bakı', 2], [2, 'y', 'Ganja', 3]])).toBe(3);
  });
});
