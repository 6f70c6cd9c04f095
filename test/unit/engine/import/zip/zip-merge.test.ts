// Random archives of CSV files with random subsets of columns, imported as one table: every row is its file's row,
// each cell as written, empty where its file lacks the column, and the file named on each row.

import fc from 'fast-check';
import { zipSync } from 'fflate';
import { expect, it } from 'vitest';
import { importFile } from '../../../../../src/engine/import/index';
import { cellValue, findColumn } from '../../../../../src/engine/table';

const COLUMNS = ['email', 'name', 'city', 'note'];
/** Text that stays text (a leading v: never a number, date or boolean), with commas and quotes to be quoted. */
const cell = fc.oneof(fc.constant(''), fc.stringMatching(/^v[a-zəıöü",]{0,6}$/));
const quote = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A file: some of the columns in some order, and rows of cells (a row with every cell empty is no record, so none). */
const file = fc.subarray(COLUMNS, { minLength: 1 }).chain((cols) => fc.record({
  cols: fc.shuffledSubarray(cols, { minLength: cols.length }),
  rows: fc.array(fc.array(cell, { minLength: cols.length, maxLength: cols.length }).filter((r) => r.some((c) => c !== '')), { maxLength: 12 }),
}));

it('puts every file\'s rows in one table by column name', async () => {
  await fc.assert(fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 4 }), async (files) => {
    fc.pre(files.some((f) => f.rows.length > 0));
    const names = files.map((_, i) => `part_${i}.csv`);
    const zip = zipSync(Object.fromEntries(files.map((f, i) => [names[i], new TextEncoder().encode(
      [f.cols.join(','), ...f.rows.map((r) => r.map(quote).join(','))].join('\n') + '\n')])));
    const { table } = await importFile(new Blob([zip as BlobPart]), 't', 't.zip', { entry: '*' });

    const expected = files.flatMap((f, i) => f.rows.map((r) => ({ file: names[i], ...Object.fromEntries(f.cols.map((c, k) => [c, r[k]])) })));
    const present = COLUMNS.filter((c) => files.some((f) => f.cols.includes(c)));
    expect(table.columns.map((c) => c.name).sort()).toEqual(['file', ...present].sort());
    const actual = Array.from({ length: table.rowCount }, (_, r) => Object.fromEntries(['file', ...present].map((c) => [c, cellValue(findColumn(table, c)!, r)])));
    expect(actual).toEqual(expected.map((row) => Object.fromEntries(['file', ...present].map((c) => [c, (row as Record<string, string>)[c] || null]))));
  }), { numRuns: 40 });
}, 120_000);
