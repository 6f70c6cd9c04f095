// INT96 timestamps (Spark, Impala, old Hive) in a Parquet file built byte by byte; DuckDB reads the same bytes.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { findColumn } from '../../../../../src/engine/table';
import { duckConnection, tempDir } from './duck-parquet';
import { int96Parquet } from './int96-file';

// Julian day 2440588 is 1970-01-01.
const STAMPS: ([number, bigint] | null)[] = [
  [2460371, 45_296_789_000_000n], // 2024-03-01 (day 19,783 after 1970) 12:34:56.789
  null,
  [2440587, 86_399_999_500_000n], // 1969-12-31 23:59:59.9995: 500 ns before 1970
  [2415021, 0n], // 1900-01-01 (25,567 days before 1970)
];

describe('INT96 timestamps', () => {
  const path = join(tempDir(), 'int96.parquet');
  writeFileSync(path, int96Parquet(STAMPS));
  const blob = new Blob([int96Parquet(STAMPS)]);

  it('DuckDB reads the hand-built file as the same timestamps (the bytes are sound Parquet)', async () => {
    const con = await duckConnection();
    const rows = (await con.runAndReadAll(`SELECT id, strftime(ts, '%Y-%m-%d %H:%M:%S.%g'), ts::DATE::VARCHAR FROM read_parquet('${path}') ORDER BY id`)).getRows();
    expect(rows).toEqual([[1, '2024-03-01 12:34:56.789', '2024-03-01'], [2, null, null], [3, expect.any(String), '1969-12-31'], [4, '1900-01-01 00:00:00.000', '1900-01-01']]);
  }, 60_000);

  it('imports them as dates to the millisecond, rounded down', async () => {
    const { table, summary } = await importFile(blob, 't', 'int96.parquet');
    expect(summary.columns.map((c) => [c.name, c.type])).toEqual([['id', 'number'], ['ts', 'date']]);
    expect(Array.from((findColumn(table, 'id') as { values: Float64Array }).values)).toEqual([1, 2, 3, 4]);
    expect(Array.from((findColumn(table, 'ts') as { values: Float64Array }).values)).toEqual([Date.UTC(2024, 2, 1, 12, 34, 56, 789), NaN, -1, Date.UTC(1900, 0, 1)]);
  });

  it('previews them as text', async () => {
    const preview = await previewFile(blob);
    expect(preview.rows).toEqual([['1', '2024-03-01 12:34:56.789'], ['2', ''], ['3', '1969-12-31 23:59:59.999'], ['4', '1900-01-01']]);
  });

  it('refuses a file whose footer claims more rows than its pages hold, naming the column and the row', async () => {
    const damaged = new Blob([int96Parquet(STAMPS, 6)]);
    await expect(importFile(damaged, 't', 'int96.parquet')).rejects.toMatchObject({ key: 'import.error.parquetRows', params: { column: 'id', row: 5 } });
  });
});

describe('a column chunk of many pages', () => {
  // 20,000 rows in pages of 8,000: an INT96 page is about 96 KB, more than a preview reads at first. Row i is day i
  // after 1970 (row 49: 1970-02-19, January having 31 days) and i milliseconds; every 7th from row 3 empty.
  const stamps = Array.from({ length: 20000 }, (_, i): [number, bigint] | null => (i % 7 === 3 ? null : [2440588 + i, BigInt(i) * 1_000_000n]));
  const bytes = int96Parquet(stamps, stamps.length, 8000);
  const blob = new Blob([bytes]);

  it('imports every page', async () => {
    const { table } = await importFile(blob, 't', 'pages.parquet');
    const ts = (findColumn(table, 'ts') as { values: Float64Array }).values;
    expect([table.rowCount, ts[0], ts[3], ts[19999]]).toEqual([20000, 0, NaN, 19999 * 86_400_000 + 19999]);
  });

  it('previews from the first page of each column alone', async () => {
    let read = 0;
    const watched = { size: blob.size, slice: (a = 0, b = blob.size) => { if (a > 0 && b !== blob.size) read += b - a; return blob.slice(a, b); } } as Blob;
    const preview = await previewFile(watched);
    expect([preview.rows.length, preview.rows[49]]).toEqual([50, ['50', '1970-02-19 00:00:00.049']]);
    // The id page (8,000 × 4 bytes) lies within the first 64 KiB read; the ts page (about 96 KB) needs one more read.
    expect(read).toBeGreaterThan(8000 * 12);
    expect(read).toBeLessThan(64 * 1024 + 8000 * 12 + 1024);
  });
});
