// Parquet files DuckDB writes from tables made in SQL, imported cell by cell: every value as the SQL wrote it.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { cellValue, type Column, findColumn, type Table } from '../../../../../src/engine/table';
import { duckConnection, tempDir, writeParquet } from './duck-parquet';

const dir = tempDir();
const col = (t: Table, name: string): Column => findColumn(t, name)!;
const cells = (t: Table, name: string) => Array.from({ length: t.rowCount }, (_, i) => cellValue(col(t, name), i));
const values = (t: Table, name: string) => Array.from((col(t, name) as { values: Float64Array }).values);

const LITERALS = `SELECT * FROM (VALUES
  (1, 42::BIGINT, 1.5::DOUBLE, 12.34::DECIMAL(10,2), DATE '2024-02-29', TIMESTAMP '2024-03-01 12:34:56.789', TIMESTAMP_MS '2024-03-01 12:34:56.789', true, 'Bakı', ['travel', 'pets'], {'city': 'Gəncə', 'n': 2}),
  (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (3, -7, -0.25, -0.05, DATE '1969-12-31', TIMESTAMP '1969-12-31 23:59:59.9995', TIMESTAMP_MS '1900-01-01 00:00:00', false, '', [], {'city': NULL, 'n': NULL}),
  (4, 9007199254740991, 1e300, 99999999.99, DATE '1970-01-01', TIMESTAMP '2024-03-01 00:00:00', TIMESTAMP_MS '2024-03-01 00:00:01', true, 'Bakı', ['x;y', 'z'], {'city': 'Şəki', 'n': -1})
) v(id, i64, dbl, dec, dt, ts, tsms, flag, txt, tags, place)`;

describe('a table of literal values (zstd)', () => {
  let table: Table;
  let blob: Blob;
  beforeAll(async () => {
    blob = await writeParquet(await duckConnection(), LITERALS, join(dir, 'literals.parquet'));
    ({ table } = await importFile(blob, 't', 'literals.parquet'));
  }, 60_000);

  it('keeps integers, doubles and decimals as numbers, NULL empty', () => {
    expect(table.rowCount).toBe(4);
    expect(table.columns.map((c) => c.type)).toEqual(['number', 'number', 'number', 'number', 'date', 'date', 'date', 'boolean', 'text', 'tags', 'text']);
    expect(values(table, 'i64')).toEqual([42, NaN, -7, 9007199254740991]);
    expect(values(table, 'dbl')).toEqual([1.5, NaN, -0.25, 1e300]);
    expect(values(table, 'dec')).toEqual([12.34, NaN, -0.05, 99999999.99]);
  });

  it('reads DATE, TIMESTAMP (microseconds) and TIMESTAMP_MS as UTC milliseconds, an instant before 1970 rounded down', () => {
    expect(values(table, 'dt')).toEqual([Date.UTC(2024, 1, 29), NaN, Date.UTC(1969, 11, 31), 0]);
    // 23:59:59.9995 on the last day of 1969 is -500 µs: still 1969 (truncating toward 0 would give 1970-01-01).
    expect(values(table, 'ts')).toEqual([Date.UTC(2024, 2, 1, 12, 34, 56, 789), NaN, -1, Date.UTC(2024, 2, 1)]);
    expect(values(table, 'tsms')).toEqual([Date.UTC(2024, 2, 1, 12, 34, 56, 789), NaN, Date.UTC(1900, 0, 1), Date.UTC(2024, 2, 1, 0, 0, 1)]);
  });

  it('reads booleans, and text with NULL and an empty string both empty', () => {
    expect(Array.from((col(table, 'flag') as { values: Uint8Array }).values)).toEqual([1, 2, 0, 1]);
    expect(cells(table, 'txt')).toEqual(['Bakı', null, null, 'Bakı']);
  });

  it('shows a list of scalars as a tag list and a struct as JSON; an empty list is empty', () => {
    expect(cells(table, 'tags')).toEqual(['travel;pets', null, null, '["x;y","z"]']);
    expect((col(table, 'tags') as { separator?: string }).separator).toBe(';');
    expect(cells(table, 'place')).toEqual(['{"city":"Gəncə","n":2}', null, '{"city":null,"n":null}', '{"city":"Şəki","n":-1}']);
  });

  it('previews every row as text, with the exact row count', async () => {
    const preview = await previewFile(blob);
    expect([preview.options.format, preview.rowCount, preview.rowsExact, preview.warnings]).toEqual(['parquet', 4, true, []]);
    expect(preview.rows[0]).toEqual(['1', '42', '1.5', '12.34', '2024-02-29', '2024-03-01 12:34:56.789', '2024-03-01 12:34:56.789', 'true', 'Bakı', 'travel;pets', '{"city":"Gəncə","n":2}']);
    expect(preview.rows[1]).toEqual(['2', '', '', '', '', '', '', '', '', '', '']);
    expect(preview.rows[2]).toEqual(['3', '-7', '-0.25', '-0.05', '1969-12-31', '1969-12-31 23:59:59.999', '1900-01-01', 'false', '', '', '{"city":null,"n":null}']);
    expect(preview.columns.map((c) => c.type)).toEqual(table.columns.map((c) => c.type));
  });
});

describe('integers beyond 2^53', () => {
  it('keep every digit, as text', async () => {
    const sql = `SELECT * FROM (VALUES (1, -9007199254740993::BIGINT), (2, 9007199254740993), (3, 12), (4, NULL)) v(id, big)`;
    const { table } = await importFile(await writeParquet(await duckConnection(), sql, join(dir, 'big.parquet')), 't', 'big');
    expect(cells(table, 'big')).toEqual(['-9007199254740993', '9007199254740993', '12', null]);
  }, 60_000);
});

describe('other Parquet types', () => {
  it('reads FLOAT as written, TIME, UUID and BLOB as text, and leaves an INTERVAL column out with a warning', async () => {
    const sql = `SELECT * FROM (VALUES
      (0.1::FLOAT, TIME '01:02:03', TIME '23:59:59.123456', 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'::UUID, 'abc'::BLOB, INTERVAL 3 DAY, 1),
      (NULL, NULL, NULL, NULL, NULL, NULL, 2)
    ) v(f, t, t_us, u, bl, iv, id)`;
    const { table, summary } = await importFile(await writeParquet(await duckConnection(), sql, join(dir, 'types.parquet')), 't', 'types');
    expect(table.columns.map((c) => c.name)).toEqual(['f', 't', 't_us', 'u', 'bl', 'id']);
    expect(values(table, 'f')).toEqual([0.1, NaN]);
    expect(cells(table, 't')).toEqual(['01:02:03', null]);
    expect(cells(table, 't_us')).toEqual(['23:59:59.123456', null]);
    expect(cells(table, 'u')).toEqual(['aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', null]);
    expect(cells(table, 'bl')).toEqual(['abc', null]);
    expect(summary.warnings).toEqual([{ row: 0, key: 'import.warning.parquetColumn', params: { column: 'iv', type: 'INTERVAL' } }]);
  }, 60_000);
});

describe('edge shapes', () => {
  it('a file with columns but no rows imports as an empty table with its columns', async () => {
    const sql = `SELECT 1::BIGINT AS id, 'x' AS name WHERE false`;
    const blob = await writeParquet(await duckConnection(), sql, join(dir, 'empty.parquet'));
    const { table } = await importFile(blob, 't', 'empty');
    expect([table.rowCount, table.columns.map((c) => c.name)]).toEqual([0, ['id', 'name']]);
    expect((await previewFile(blob)).rowCount).toBe(0);
  }, 60_000);

  it('names blank and repeated column names as the CSV importer does, each column keeping its own values', async () => {
    const sql = `SELECT 1 AS "a", 3 AS " ", 'x' AS "a "`; // DuckDB itself renames a repeated name (a, A → a, A_1)
    const { table } = await importFile(await writeParquet(await duckConnection(), sql, join(dir, 'names.parquet')), 't', 'names');
    expect(table.columns.map((c) => [c.name, cellValue(c, 0)])).toEqual([['a', 1], ['column 2', 3], ['a (2)', 'x']]);
  }, 60_000);
});
