// Parquet files cut short or damaged: an ImportError that says so, from the preview and the import alike, never a
// crash or a table with rows missing.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { duckConnection, tempDir, writeParquet } from './duck-parquet';

const ROWS = `SELECT range AS id, 'name ' || range AS name, range * 1.5 AS amount FROM range(5000)`;

/** Both doors: the preview and the import. */
async function bothRefuse(bytes: Uint8Array<ArrayBuffer>, key: string) {
  const blob = new Blob([bytes]);
  await expect(previewFile(blob)).rejects.toMatchObject({ name: 'ImportError', key });
  await expect(importFile(blob, 't', 'bad.parquet')).rejects.toMatchObject({ name: 'ImportError', key });
}

describe('damaged Parquet files', () => {
  let good: Uint8Array<ArrayBuffer>;
  beforeAll(async () => {
    const blob = await writeParquet(await duckConnection(), ROWS, join(tempDir(), 'good.parquet'), { codec: 'zstd', rowGroupSize: 2048 });
    good = new Uint8Array(await blob.arrayBuffer());
  }, 60_000);

  it('the intact file imports (the cases below start from it)', async () => {
    expect((await importFile(new Blob([good]), 't', 'good')).table.rowCount).toBe(5000);
  });

  it('cut off anywhere: says the end is missing', async () => {
    for (const keep of [0.5, 0.99]) await bothRefuse(good.slice(0, Math.floor(good.length * keep)), 'import.error.parquetTruncated');
    await bothRefuse(good.slice(0, 6), 'import.error.parquetTruncated');
  });

  it('a footer length beyond the file, or a footer overwritten: says the file is damaged', async () => {
    const long = good.slice();
    new DataView(long.buffer).setUint32(long.length - 8, long.length * 2, true);
    await bothRefuse(long, 'import.error.parquetCorrupt');
    const wiped = good.slice();
    const length = new DataView(wiped.buffer).getUint32(wiped.length - 8, true);
    wiped.fill(0xff, wiped.length - 8 - length, wiped.length - 8);
    await bothRefuse(wiped, 'import.error.parquetCorrupt');
  });

  it('compressed pages overwritten: says the file is damaged', async () => {
    const bad = good.slice();
    bad.fill(0x5a, 64, Math.floor(good.length * 0.6));
    await expect(importFile(new Blob([bad]), 't', 'bad.parquet')).rejects.toMatchObject({ name: 'ImportError', key: 'import.error.parquetCorrupt' });
  });

  it('gives the reason as a detail in the message params', async () => {
    const long = good.slice();
    new DataView(long.buffer).setUint32(long.length - 8, long.length * 2, true);
    const error = await importFile(new Blob([long]), 't', 'bad.parquet').catch((e) => e);
    expect(error.params.detail).toMatch(/metadata length/);
  });
});
