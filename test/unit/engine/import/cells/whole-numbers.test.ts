// Whole numbers past 2^53 (ICCIDs, card numbers) have no exact double: a column of them is text with every digit,
// and one among small numbers is an unreadable number the user is told about, never a silently changed value.

import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../../src/engine/import/index';
import { parseNumber } from '../../../../../src/engine/import/parse-number';
import { cellValue, type Table } from '../../../../../src/engine/table';

const cells = (t: Table, name: string) => {
  const c = t.columns.find((x) => x.name === name)!;
  return { type: c.type, cells: Array.from({ length: t.rowCount }, (_, i) => cellValue(c, i)) };
};
const read = (csv: string, text: boolean) => importFile(new Blob([csv]), 't', 't', {}, undefined, undefined, text);

describe.each([false, true])('whole numbers past 2^53 (text path: %s)', (text) => {
  it('keeps a column of 20-digit ICCIDs as text, each one apart', async () => {
    const ids = ['89012345678901234567', '89012345678901234568', '9007199254740993', '-9007199254740993'];
    const { table } = await read(`iccid,n\n${ids.map((id, i) => `${id},${i}`).join('\n')}\n`, text);
    expect(cells(table, 'iccid')).toEqual({ type: 'text', cells: ids });
    expect(cells(table, 'n')).toEqual({ type: 'number', cells: [0, 1, 2, 3] });
  });

  it('keeps 9007199254740991 (2^53 − 1, exact) a number', async () => {
    const { table } = await read('n\n9007199254740991\n12\n', text);
    expect(cells(table, 'n')).toEqual({ type: 'number', cells: [9007199254740991, 12] });
  });

  it('names the row of one such number among small ones and leaves that cell empty', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => String(i + 1));
    rows[29] = '9007199254740993';
    const { table, summary } = await read(`n\n${rows.join('\n')}\n`, text);
    const read30 = cells(table, 'n');
    expect(read30.type).toBe('number');
    expect([read30.cells[28], read30.cells[29], read30.cells[30]]).toEqual([29, null, 31]);
    expect(summary.warnings).toEqual([{ row: 31, key: 'import.warning.unparsed', params: { column: 'n', count: 1, type: 'number', row: 31 } }]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['9007199254740993', '.', NaN], ['12,345,678,901,234,567', '.', NaN], ['1e20', '.', 1e20], ['9007199254740993.5', '.', 9007199254740994],
    ['9007199254740991', '.', 9007199254740991], ['1.234.567.890.123.456.789', ',', NaN], ['1,5', ',', 1.5],
  ] as const)('reads %s (decimal %s) as %d', (s, decimal, want) => {
    expect(parseNumber(s, decimal)).toBe(want);
  });
});
