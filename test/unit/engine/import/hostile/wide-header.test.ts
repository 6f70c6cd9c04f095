// Issue 15, item 7: a header wider than MAX_COLUMNS is refused with the limit and the number found, on every path
// (bytes, text, JSON, Excel, Parquet, Arrow), before a builder is made for each column.
import { tableFromArrays, tableToIPC } from '@uwdata/flechette';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { ImportError, importFile, previewFile } from '../../../../../src/engine/import/index';
import { t } from '../../../../../src/i18n/index';
import { duckConnection, tempDir, writeParquet } from '../parquet/duck-parquet';

const TIMEOUT = 120_000;
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the import to fail'); }, (e: unknown) => e);
const names = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
/** The 4.9 MB one-line file of the report: 500,000 column names and nothing else. */
const hostile = () => new Blob([names(500_000, 'col').join(',') + '\n']);

describe('a header of 500,000 columns', () => {
  it('is refused naming the limit and the count, read as bytes and as text', async () => {
    expect(hostile().size).toBeGreaterThan(4.8e6);
    for (const text of [false, true]) {
      const e = await failure(importFile(hostile(), 't', 'wide', {}, undefined, undefined, text));
      expect(e).toBeInstanceOf(ImportError);
      expect([(e as ImportError).key, (e as ImportError).params]).toEqual(['import.error.tooManyColumns', { found: 500_000, limit: 5000 }]);
    }
    expect(t('import.error.tooManyColumns', { found: 500_000, limit: 5000 })).toBe('Too many columns: the header row has 500,000, and an import takes at most 5,000');
  }, TIMEOUT);

  it('is refused in the preview from the sample alone, which holds more than the limit', async () => {
    const e = await failure(previewFile(hostile())) as ImportError;
    expect(e.key).toBe('import.error.tooManyColumnsCut');
    // The names the first 256 KiB hold in full: split on its commas (the last, cut one not counted).
    const sample = new TextDecoder().decode(new Uint8Array(await hostile().slice(0, 256 * 1024).arrayBuffer()));
    expect(e.params).toEqual({ found: sample.split(',').length - 1, limit: 5000 });
    expect(e.params.found).toBeGreaterThan(5000);
  }, TIMEOUT);

  it('makes the command line exit 2 with the message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ac-wide-'));
    writeFileSync(join(dir, 'wide.csv'), new Uint8Array(await hostile().arrayBuffer()));
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ format: 'audience-canvas', version: 1, name: 't', tables: [{ id: 't', role: 'customers', key: 'col0' }], nodes: [{ id: 'all', type: 'source', table: 't' }], edges: [] }));
    const out = spawnSync('node_modules/.bin/tsx', ['src/engine/cli.ts', 'count', join(dir, 'p.json'), '--data', `t=${join(dir, 'wide.csv')}`], { encoding: 'utf8' });
    expect([out.status, out.stderr.trim()]).toEqual([2, `${join(dir, 'wide.csv')}: Too many columns: the header row has 500,000, and an import takes at most 5,000`]);
  }, TIMEOUT);

  it('as one JSON object, or an NDJSON line, is refused the same way', async () => {
    const wide = JSON.stringify(Object.fromEntries(names(20_000).map((n, i) => [n, i])));
    // The NDJSON file's first line adds a column of its own: 20,001.
    for (const [text, found] of [[`[${wide}]`, 20_000], [`{"a":1}\n${wide}\n`, 20_001]] as const) {
      const e = await failure(importFile(new Blob([text]), 't', 'wide')) as ImportError;
      expect([e.key, e.params]).toEqual(['import.error.tooManyColumns', { found, limit: 5000 }]);
    }
  }, TIMEOUT);
});

describe('the limit itself', () => {
  const csv = (n: number) => new Blob([`${names(n).join(',')}\n${names(n).map((_, i) => i).join(',')}\n`]);

  it('takes 5,000 columns and refuses 5,001', async () => {
    const { table } = await importFile(csv(5000), 't', 'ok');
    expect([table.columns.length, table.rowCount, table.columns[4999].name]).toEqual([5000, 1, 'c4999']);
    const e = await failure(importFile(csv(5001), 't', 'wide')) as ImportError;
    expect([e.key, e.params]).toEqual(['import.error.tooManyColumns', { found: 5001, limit: 5000 }]);
    const p = await failure(previewFile(csv(5001))) as ImportError;
    expect([p.key, p.params]).toEqual(['import.error.tooManyColumns', { found: 5001, limit: 5000 }]);
  }, TIMEOUT);

  it('holds for keys first seen in later JSON records', async () => {
    const lines = [JSON.stringify(Object.fromEntries(names(3000).map((n) => [n, 1]))), JSON.stringify(Object.fromEntries(names(6000).slice(2000).map((n) => [n, 2])))];
    const e = await failure(importFile(new Blob([lines.join('\n') + '\n']), 't', 'wide')) as ImportError;
    // 3,000 columns from the first line, 3,000 new ones (c3000 … c5999) in the second.
    expect([e.key, e.params]).toEqual(['import.error.tooManyColumns', { found: 6000, limit: 5000 }]);
  }, TIMEOUT);

  it('holds for typed formats: Excel, Parquet and Arrow headers go through the same check', async () => {
    const n = 5001;
    const xlsx = await writeXlsxFile([names(n).map((v) => ({ value: v, type: String })), names(n).map((_, i) => ({ value: i, type: Number }))]).toBlob();
    const arrow = new Blob([tableToIPC(tableFromArrays(Object.fromEntries(names(n).map((c, i) => [c, [i]]))), { format: 'file' }) as BlobPart]);
    const con = await duckConnection();
    const parquet = await writeParquet(con, `SELECT ${names(n).map((c, i) => `${i} AS ${c}`).join(', ')}`, join(tempDir(), 'wide.parquet'));
    for (const [format, file] of [['xlsx', xlsx], ['arrow', arrow], ['parquet', parquet]] as const) {
      const e = await failure(importFile(file, 't', 'wide')) as ImportError;
      expect([format, e.key, e.params]).toEqual([format, 'import.error.tooManyColumns', { found: n, limit: 5000 }]);
      const p = await failure(previewFile(file)) as ImportError;
      expect([format, p.key, p.params]).toEqual([format, 'import.error.tooManyColumns', { found: n, limit: 5000 }]);
    }
  }, TIMEOUT);
});

describe('a header longer than the preview reads (256 KiB)', () => {
  it('previews the names the sample holds, the last one cut, and imports every column', async () => {
    const long = names(3000).map((n) => n.padEnd(100, 'x'));
    const file = new Blob([`${long.join(',')}\n${long.map((_, i) => i).join(',')}\n`]);
    const preview = await previewFile(file);
    // 256 KiB of 101-byte names (with their commas): 2,595 whole ones and the first 61 bytes of the next.
    expect(preview.columns.length).toBe(2596);
    expect(preview.columns[2594].name).toBe(long[2594]);
    expect(preview.columns[2595].name).toBe(long[2595].slice(0, 256 * 1024 - 2595 * 101));
    const { table } = await importFile(file, 't', 'long');
    expect([table.columns.length, table.columns[2999].name, table.rowCount]).toEqual([3000, long[2999], 1]);
  }, TIMEOUT);
});
