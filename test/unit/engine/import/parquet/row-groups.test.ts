// 10,000 rows in five row groups, with dictionary pages, nulls, both data page versions: every row group read, in
// order, with counts worked out by hand; progress, cancel, and a preview that reads the first row group only.

import { parquetMetadataAsync } from 'hyparquet';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import { duckConnection, tempDir, writeParquet } from './duck-parquet';

const dir = tempDir();
const ROWS = `SELECT range AS id, CASE WHEN range % 5 = 0 THEN NULL ELSE 'city ' || (range % 3) END AS city, range * 0.5 AS half,
  DATE '2020-01-01' + (range % 400)::INT AS day, range % 2 = 0 AS even FROM range(10000)`;
const at = (t: Table, name: string, i: number) => cellValue(findColumn(t, name)!, i);

describe.each(['V1', 'V2'] as const)('five row groups, data pages %s', (version) => {
  let blob: Blob;
  beforeAll(async () => {
    blob = await writeParquet(await duckConnection(), ROWS, join(dir, `groups-${version}.parquet`), { rowGroupSize: 2048, version });
  }, 60_000);

  it('the fixture has five row groups and a dictionary-encoded city', async () => {
    const meta = await parquetMetadataAsync(await blob.arrayBuffer());
    expect(meta.row_groups.map((g) => Number(g.num_rows))).toEqual([2048, 2048, 2048, 2048, 1808]);
    expect(meta.row_groups.every((g) => g.columns[1].meta_data?.encodings.some((e) => e.endsWith('DICTIONARY')))).toBe(true);
  });

  it('reads every row of every group in order', async () => {
    const progress: number[] = [];
    const { table, summary } = await importFile(blob, 't', 'groups', {}, (f) => progress.push(f));
    expect(table.rowCount).toBe(10000);
    expect(summary.columns.map((c) => c.type)).toEqual(['number', 'text', 'number', 'date', 'boolean']);
    for (const i of [0, 2047, 2048, 4095, 4096, 8191, 8192, 9999]) {
      expect([at(table, 'id', i), at(table, 'half', i), at(table, 'even', i)]).toEqual([i, i / 2, i % 2 === 0]);
      expect(at(table, 'city', i)).toBe(i % 5 === 0 ? null : `city ${i % 3}`);
      expect(at(table, 'day', i)).toBe(new Date(Date.UTC(2020, 0, 1 + (i % 400))).toISOString().slice(0, 10));
    }
    // i % 5 = 0 is empty (2,000); of the rest, i % 3 = 0: 3,334 − 667 (i % 15 = 0), 1: 3,333 − 666, 2: 3,333 − 667.
    const city = summary.columns[1];
    expect([city.empty, city.distinct, [...city.top].sort((a, b) => a.value.localeCompare(b.value))]).toEqual([2000, 3, [{ value: 'city 0', count: 2667 }, { value: 'city 1', count: 2667 }, { value: 'city 2', count: 2666 }]]);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= progress[i - 1]))).toBe(true);
    expect(progress.at(-1)).toBe(1);
  }, 60_000);

  it('stops with an AbortError when cancelled', async () => {
    const abort = new AbortController();
    const progress: number[] = [];
    const run = importFile(blob, 't', 'groups', {}, (f) => { progress.push(f); if (f > 0.3) abort.abort(); }, abort.signal);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress.at(-1)).toBeLessThan(1);
  }, 60_000);

  it('previews 50 rows from the first row group alone, with the exact count', async () => {
    const meta = await parquetMetadataAsync(await blob.arrayBuffer());
    const chunkEnd = (m: NonNullable<(typeof meta.row_groups)[0]['columns'][0]['meta_data']>) => Number(m.dictionary_page_offset || m.data_page_offset) + Number(m.total_compressed_size);
    const firstGroupEnd = Math.max(...meta.row_groups[0].columns.map((c) => chunkEnd(c.meta_data!)));
    const reads: [number, number][] = [];
    const watched = { size: blob.size, slice: (a = 0, b = blob.size) => { reads.push([a, b]); return blob.slice(a, b); } } as Blob;
    const preview = await previewFile(watched);
    expect([preview.rowCount, preview.rowsExact, preview.rows.length]).toEqual([10000, true, 50]);
    expect(preview.rows[5]).toEqual(['5', '', '2.5', '2020-01-06', 'false']);
    // Besides the sniffer's first 256 KiB and the reads of the file's end (footer), only the first row group is read.
    const data = reads.filter(([a, b]) => !(a === 0 && b === 256 * 1024) && b !== blob.size);
    expect(data.length).toBeGreaterThan(0);
    expect(data.filter(([, b]) => b > firstGroupEnd)).toEqual([]);
  }, 60_000);
});

describe('one big row group', () => {
  // DuckDB writes each column chunk as one page (it has no page size option), so a preview must read every chunk of
  // the group once; it must not read one twice (growing reads) nor the next group.
  it('previews from each column chunk read once', async () => {
    const sql = `SELECT range AS id, md5(range::VARCHAR) AS hash, random() AS x FROM range(300000)`;
    const blob = await writeParquet(await duckConnection(), sql, join(dir, 'one-group.parquet'), { codec: 'snappy', rowGroupSize: 1_000_000 });
    const meta = await parquetMetadataAsync(await blob.arrayBuffer());
    const chunks = meta.row_groups[0].columns.reduce((n, c) => n + Number(c.meta_data!.total_compressed_size), 0);
    expect([meta.row_groups.length, chunks > 8 * 2 ** 20]).toEqual([1, true]);
    let read = 0;
    const watched = { size: blob.size, slice: (a = 0, b = blob.size) => { if (a > 0 && b !== blob.size) read += b - a; return blob.slice(a, b); } } as Blob;
    const preview = await previewFile(watched);
    expect([preview.rowCount, preview.rows.length, preview.rows[49][0]]).toEqual([300000, 50, '49']);
    expect(read).toBeLessThanOrEqual(chunks);
  }, 60_000);
});
