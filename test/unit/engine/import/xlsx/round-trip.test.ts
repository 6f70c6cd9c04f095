// Random tables written by another library (write-excel-file, as Excel would store them: numbers, dates with a date
// format, booleans, shared strings, empty cells) and read back through importFile: every cell as written.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type Cell as XlsxCell } from 'write-excel-file/universal';
import { importFile } from '../../../../../src/engine/import/index';
import { cellValue, findColumn } from '../../../../../src/engine/table';

interface Row { id: number; amount: number | null; day: Date | null; flag: boolean | null; name: string | null }

const day = fc.integer({ min: -20_000, max: 60_000 }).map((d) => new Date(d * 86_400_000));
const record = fc.record({
  id: fc.integer({ min: -1e9, max: 1e9 }),
  amount: fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0))),
  day: fc.option(day),
  flag: fc.option(fc.boolean()),
  // Text that reads as text, with spaces and letters of the app's languages kept as written.
  name: fc.option(fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'Z', ' ', 'ə', 'ı', 'ş', 'ж', 'ա', 'ی', '-', '&', '<') }).map((s) => `n${s}`)),
});

async function written(rows: Row[]): Promise<Blob> {
  const header: XlsxCell[] = ['id', 'amount', 'day', 'flag', 'name'].map((value) => ({ value, type: String }));
  const body: XlsxCell[][] = rows.map((r) => [
    { value: r.id, type: Number },
    r.amount === null ? null : { value: r.amount, type: Number },
    r.day === null ? null : { value: r.day, type: Date, format: 'yyyy-mm-dd' },
    r.flag === null ? null : { value: r.flag, type: Boolean },
    r.name === null ? null : { value: r.name, type: String },
  ]);
  return writeXlsxFile([header, ...body], { sheet: 'Data' }).toBlob();
}

describe('a workbook written by write-excel-file', () => {
  it('reads back cell for cell', async () => {
    await fc.assert(fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 40 }), async (rows) => {
      const { table } = await importFile(await written(rows), 'customers', 'random.xlsx');
      const col = (name: string) => Array.from({ length: table.rowCount }, (_, i) => cellValue(findColumn(table, name)!, i));
      expect(table.rowCount).toBe(rows.length);
      expect(col('id')).toEqual(rows.map((r) => r.id));
      // Excel's precision: a fraction reads to 15 significant digits, as Excel shows it.
      const excel = (x: number | null) => (x === null || Number.isInteger(x) ? x : Number(x.toPrecision(15)));
      if (rows.some((r) => r.amount !== null)) expect(col('amount')).toEqual(rows.map((r) => excel(r.amount)));
      if (rows.some((r) => r.day !== null)) expect(col('day')).toEqual(rows.map((r) => r.day?.toISOString().slice(0, 10) ?? null));
      if (rows.some((r) => r.flag !== null)) expect(col('flag')).toEqual(rows.map((r) => r.flag));
      if (rows.some((r) => r.name !== null)) expect(col('name')).toEqual(rows.map((r) => r.name));
    }), { numRuns: 40 });
  }, 120_000);
});
