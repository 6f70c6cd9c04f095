// The scan for cells read-excel-file reads as empty: it counts what it should, and ends on any bytes at all.

import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unreadCells } from '../../../../../src/engine/import/xlsx/unread-cells';
import type { SheetRange } from '../../../../../src/engine/import/xlsx/sheet-range';

const range: SheetRange = { headerRow: 1, found: true, names: [], firstRow: 2, lastRow: 100, firstCol: 1, lastCol: 5, rows: 0 };

describe('unreadCells', () => {
  it('counts error cells and formulas without a result inside the range, the first of each named', () => {
    const xml = '<sheetData><row r="2"><c r="A2" t="e"><v>#N/A</v></c><c r="B2" s="1" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
      + '<c r="C2"><f>SUM(A:A)</f></c><c r="F2" t="e"><v>#REF!</v></c></row><row r="3"><c r="D3"><f t="shared" si="1"/></c></row></sheetData>'
      + '<autoFilter ref="A1:E3"><filterColumn colId="0"/></autoFilter><conditionalFormatting><cfRule><formula>A1&gt;0</formula></cfRule></conditionalFormatting>';
    const { errors, uncached, rows } = unreadCells(strToU8(xml), range);
    expect(errors).toEqual({ count: 2, cell: 'A2', row: 2, value: '#N/A' }); // F2 is outside the range
    expect(uncached).toEqual({ count: 2, cell: 'C2', row: 2 });
    expect([...rows].sort()).toEqual([2, 3]);
  });

  it('ends on any mix of the tags it looks for, without throwing', () => {
    const token = fc.constantFrom('<c r="A2">', '<c r="B3" t="e">', '<c ', ' t="e"', '<f>', '<f/>', '<f ', '</c>', '<v>', '</v>', '/>', '>', '<', 'e', 'f', 'x', '<row r="2">');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
      const { errors, uncached } = unreadCells(strToU8(tokens.join('')), range);
      expect(errors.count).toBeGreaterThanOrEqual(0);
      expect(uncached.count).toBeGreaterThanOrEqual(0);
    }), { numRuns: 500 });
  });
});
