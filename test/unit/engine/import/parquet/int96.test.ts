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
