// An impossible date (31.02.2024) in a column of dates keeps the column a date column: that cell is empty and its
// row is named; a column with too many cells that are not dates stays text, every cell as written.

import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { detectDateOrder } from '../../../../../src/engine/import/parse-date';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import { countRows } from './count-rows';

/** 30 customers who joined on day 1 + i of months 1–12 of 2024, D.M.YYYY; `odd` replaces some of the dates. */
function file(odd: Record<number, string> = {}): string {
  const lines = Array.from({ length: 30 }, (_, i) => `${i + 1};${odd[i] ?? `${(i % 28) + 1}.${(i % 12) + 1}.2024`}`);
  return ['id;qeydiyyat', ...lines].join('\n') + '\n';
}
const column = (t: Table, name: string) => Array.from({ length: t.rowCount }, (_, i) => cellValue(findColumn(t, name)!, i));
const read = (text: string, asText = false) => importFile(new Blob([text]), 't', 't', {}, undefined, undefined, asText);

describe('an impossible date among D.M.YYYY dates', () => {
  it('keeps a date column, empties that cell and names its row, on both paths', async () => {
    for (const asText of [false, true]) {
      const { table, summary } = await read(file({ 6: '31.02.2024' }), asText);
      expect(summary.columns[1]).toMatchObject({ name: 'qeydiyyat', type: 'date', format: 'D.M.YYYY', empty: 1 });
      expect(summary.warnings).toEqual([
        { row: 8, key: 'import.warning.unparsed', params: { column: 'qeydiyyat', count: 1, type: 'date', row: 8 } },
      ]);
      const dates = column(table, 'qeydiyyat');
      expect(dates[6]).toBeNull();
      expect([dates[0], dates[5], dates[7], dates[29]]).toEqual(['2024-01-01', '2024-06-06', '2024-08-08', '2024-06-02']);
      expect(countRows(table, { column: 'qeydiyyat', op: 'before', value: '2024-03-01' })).toBe(6);
      expect(countRows(table, { column: 'qeydiyyat', op: 'isEmpty' })).toBe(1);
    }
  });

  it('shows the same in the preview', async () => {
    const { columns, warnings, rows } = await previewFile(new Blob([file({ 6: '31.02.2024' })]));
    expect([columns[1].type, columns[1].format]).toEqual(['date', 'D.M.YYYY']);
    expect(warnings.map((w) => w.row)).toEqual([8]);
    expect(rows[6]).toEqual(['7', '31.02.2024']);
  });

  it('takes the format from a cell that is a date, even when the first is not', async () => {
    const { summary } = await read(file({ 0: 'n/a' }));
    expect(summary.columns[1]).toMatchObject({ type: 'date', format: 'D.M.YYYY', empty: 1 });
  });

  it('stays text, every cell as written, when more than one cell in twenty is not a date', async () => {
    const { table, summary } = await read(file({ 3: '31.02.2024', 9: '30.02.2024' }));
    expect(summary.columns[1].type).toBe('text');
    expect(summary.warnings).toEqual([]);
    expect(column(table, 'qeydiyyat').slice(2, 5)).toEqual(['3.3.2024', '31.02.2024', '5.5.2024']);
  });
});

describe('the date order of a column', () => {
  it.each([
    // 19 dates and one impossible day: 95 % are dates.
    [[...Array.from({ length: 19 }, (_, i) => `${i + 1}.3.2024`), '31.02.2024'], undefined, 'dmy'],
    [['1.3.2024', '31.02.2024'], [19, 1], 'dmy'],
    [['1.3.2024', '31.02.2024'], [18, 1], null],
    [['2024-01-31', '2024-02-30'], [40, 1], 'ymd'],
    // Mostly day-first, one month-first typo: day-first wins.
    [['13/1/2024', '1/13/2024'], [30, 1], 'dmy'],
    [['13/1/2024', '1/13/2024'], [1, 1], null],
  ] as const)('of %j (counts %j) is %s', (values, counts, order) => {
    expect(detectDateOrder([...values], counts && [...counts])).toBe(order);
  });
});
