// Arrow IPC files and streams (Feather v2) through the real previewFile / importFile: pandas' LZ4 Feather file,
// files and streams written here with flechette (uncompressed, LZ4 frame, ZSTD), damaged files and Feather v1.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, openAsBlob, readFileSync } from 'node:fs';
import {
  binary, bool, CompressionType, dateDay, dictionary, float32, float64, int32, int64, list, setCompressionCodec, struct,
  tableFromArrays, tableToIPC, timeMillisecond, timestamp, TimeUnit, utf8, type Table as ArrowTable,
} from '@uwdata/flechette';
import * as lz4 from 'lz4js';
import { describe, expect, it } from 'vitest';
import { registerCodecs } from '../../../../../src/engine/import/arrow/codecs';
import { ImportError, importFile, previewFile } from '../../../../../src/engine/import/index';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import { t } from '../../../../../src/i18n/index';
import { sharedFile } from '../../../../helpers/shared-data';

const TIMEOUT = 60_000;
const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);
const column = (table: Table, name: string) => Array.from({ length: table.rowCount }, (_, i) => cellValue(findColumn(table, name)!, i));
const LZ4_MAGIC = [0x04, 0x22, 0x4d, 0x18], ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the import to fail'); }, (e: unknown) => e);

describe('products_lz4.feather (pandas 2.2.2 / pyarrow 16, LZ4-frame buffers)', () => {
  // Expected cells read from the file's bytes without the reader: each buffer is an 8-byte length and an LZ4 frame
  // (magic 04 22 4D 18), decompressed with the reference `lz4 -d` and unpacked by hand (little-endian int64 /
  // float64, utf8 offsets, validity bitmaps 0x03 for warranty and 0x0C for energy_rating); the first test does it.
  const file = () => openAsBlob(sharedFile('products_lz4.feather'));

  it.runIf(existsSync('/usr/bin/lz4'))('holds the expected values in its bytes, decoded with the lz4 command', () => {
    const bytes = new Uint8Array(readFileSync(sharedFile('products_lz4.feather')));
    const starts = bytes.reduce<number[]>((at, _, i) => (LZ4_MAGIC.every((m, k) => bytes[i + k] === m) ? [...at, i] : at), []);
    // Each frame runs to the 8-byte length before the next; lz4 stops at the last one's end mark.
    const buffers = starts.map((s, k) => spawnSync('lz4', ['-d', '-c', '-q'], { input: bytes.subarray(s, (starts[k + 1] ?? bytes.length + 8) - 8) }).stdout as Buffer);
    const int64s = (b: Buffer) => Array.from({ length: b.length / 8 }, (_, i) => Number(b.readBigInt64LE(i * 8)));
    const float64s = (b: Buffer) => Array.from({ length: b.length / 8 }, (_, i) => b.readDoubleLE(i * 8));
    const strings = (offsets: Buffer, data: Buffer) => Array.from({ length: offsets.length / 4 - 1 }, (_, i) => data.toString('utf8', offsets.readInt32LE(i * 4), offsets.readInt32LE(i * 4 + 4)));
    expect(buffers.length).toBe(13);
    expect(int64s(buffers[0])).toEqual([101, 102, 201, 202]);
    expect(strings(buffers[1], buffers[2])).toEqual(['Laptop', 'Smartphone', 'Blender', 'Toaster']);
    expect(strings(buffers[3], buffers[4])).toEqual(['Electronics', 'Electronics', 'Kitchen', 'Kitchen']);
    expect(float64s(buffers[5])).toEqual([999.99, 599.99, 99.99, 49.99]);
    expect([int64s(buffers[6]), int64s(buffers[7])]).toEqual([[50, 150, 30, 50], [0, 0, 0, 0]]);
    expect([buffers[8][0], float64s(buffers[9]).slice(0, 2)]).toEqual([0b0011, [24, 12]]); // warranty: rows 3 and 4 null
    expect([buffers[10][0], strings(buffers[11], buffers[12])]).toEqual([0b1100, ['', '', 'A++', 'A+']]); // energy_rating: rows 1 and 2 null
  });

  it('previews 4 rows, counted exactly, with the cells as written', async () => {
    const preview = await previewFile(await file());
    expect(preview.options.format).toBe('arrow');
    expect([preview.rowCount, preview.rowsExact, preview.warnings]).toEqual([4, true, []]);
    expect(preview.columns.map((c) => c.name)).toEqual(['product_id', 'name', 'category', 'price', 'stock', 'sales', 'warranty', 'energy_rating']);
    expect(preview.rows).toEqual([
      ['101', 'Laptop', 'Electronics', '999.99', '50', '0', '24', ''],
      ['102', 'Smartphone', 'Electronics', '599.99', '150', '0', '12', ''],
      ['201', 'Blender', 'Kitchen', '99.99', '30', '0', '', 'A++'],
      ['202', 'Toaster', 'Kitchen', '49.99', '50', '0', '', 'A+'],
    ]);
  }, TIMEOUT);

  it('imports int64 and float64 as numbers, text as text, and None as empty', async () => {
    const { table, summary } = await importFile(await file(), 'p', 'products_lz4.feather');
    expect([table.rowCount, summary.warnings]).toEqual([4, []]);
    expect(summary.columns.map((c) => [c.name, c.type, c.empty])).toEqual([
      ['product_id', 'number', 0], ['name', 'text', 0], ['category', 'text', 0], ['price', 'number', 0],
      ['stock', 'number', 0], ['sales', 'number', 0], ['warranty', 'number', 2], ['energy_rating', 'text', 2],
    ]);
    expect(column(table, 'product_id')).toEqual([101, 102, 201, 202]);
    expect(column(table, 'name')).toEqual(['Laptop', 'Smartphone', 'Blender', 'Toaster']);
    expect(column(table, 'category')).toEqual(['Electronics', 'Electronics', 'Kitchen', 'Kitchen']);
    expect(column(table, 'price')).toEqual([999.99, 599.99, 99.99, 49.99]);
    expect(column(table, 'stock')).toEqual([50, 150, 30, 50]);
    expect(column(table, 'sales')).toEqual([0, 0, 0, 0]);
    expect(column(table, 'warranty')).toEqual([24, 12, null, null]);
    expect(column(table, 'energy_rating')).toEqual([null, null, 'A++', 'A+']);
  }, TIMEOUT);
});

/** 1,000 customers in record batches of 250; every value follows from the row number i. */
function customers(): ArrowTable {
  const n = 1000, of = <T>(f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
  return tableFromArrays({
    id: of((i) => BigInt(i + 1)),
    card: of((i) => (i === 3 ? 9_007_199_254_740_993n : i % 2 ? null : BigInt(1000 + i))),
    spend: of((i) => (i % 10 === 0 ? null : i * 0.25)),
    name: of((i) => (i % 7 === 0 ? null : ['Aysel', 'Bob', 'Cem'][i % 3])),
    tier: of((i) => (i % 5 === 0 ? null : ['gold', 'silver'][i % 2])),
    vip: of((i) => (i % 11 === 0 ? null : i % 3 === 0)),
    joined: of((i) => (i % 13 === 0 ? null : new Date(Date.UTC(2024, 0, 1 + (i % 28))))),
    seen: of((i) => new Date(Date.UTC(2024, 5, 1, i % 24, 30))),
  }, {
    types: {
      id: int64(), card: int64(), spend: float64(), name: utf8(), tier: dictionary(utf8()), vip: bool(),
      joined: dateDay(), seen: timestamp(TimeUnit.MILLISECOND),
    },
    maxBatchRows: 250,
  });
}

type Writer = { type: (typeof CompressionType)[keyof typeof CompressionType]; magic: number[]; encode: (b: Uint8Array) => Uint8Array };
/** Compresses with a command-line tool (the reference implementations, independent of the decoders under test). */
const command = (name: string) => (b: Uint8Array) => new Uint8Array(execFileSync(name, ['-c', '-q'], { input: b }));

/** IPC bytes of `table`; with a writer, its codec encodes the buffers (then the importer's codecs are put back). */
function ipc(table: ArrowTable, format: 'file' | 'stream', writer?: Writer): Uint8Array {
  if (!writer) return tableToIPC(table, { format })!;
  setCompressionCodec(writer.type, { encode: writer.encode, decode: () => { throw new Error('not for reading'); } });
  try { return tableToIPC(table, { format, codec: writer.type })!; } finally { registerCodecs(); }
}

const contains = (bytes: Uint8Array, magic: number[]) => bytes.some((_, i) => magic.every((m, k) => bytes[i + k] === m));

const writers: [string, Writer | undefined, boolean][] = [
  ['uncompressed', undefined, true],
  ['LZ4 frame (lz4js)', { type: CompressionType.LZ4_FRAME, magic: LZ4_MAGIC, encode: (b) => lz4.compress(b) }, true],
  ['LZ4 frame (lz4 command)', { type: CompressionType.LZ4_FRAME, magic: LZ4_MAGIC, encode: command('lz4') }, existsSync('/usr/bin/lz4')],
  ['ZSTD (zstd command)', { type: CompressionType.ZSTD, magic: ZSTD_MAGIC, encode: command('zstd') }, existsSync('/usr/bin/zstd')],
];

describe.each(['file', 'stream'] as const)('an Arrow IPC %s written by flechette', (format) => {
  describe.each(writers)('%s', (_name, writer, available) => {
    it.runIf(available)('imports every column with its type and its cells', async () => {
      const bytes = ipc(customers(), format, writer);
      if (writer) expect(contains(bytes, writer.magic)).toBe(true); // the buffers really are compressed
      const preview = await previewFile(blob(bytes));
      expect([preview.options.format, preview.rowCount, preview.rowsExact, preview.rows.length]).toEqual(['arrow', 1000, true, 50]);
      expect(preview.rows[3]).toEqual(['4', '9007199254740993', '0.75', 'Aysel', 'silver', 'true', '2024-01-04', '2024-06-01 03:30:00']);

      const { table, summary } = await importFile(blob(bytes), 'c', 'customers.arrow');
      expect([table.rowCount, summary.warnings]).toEqual([1000, []]);
      expect(summary.columns.map((c) => [c.name, c.type])).toEqual([
        ['id', 'number'], ['card', 'text'], ['spend', 'number'], ['name', 'text'], ['tier', 'text'], ['vip', 'boolean'],
        ['joined', 'date'], ['seen', 'date'],
      ]);
      const rows = [0, 3, 7, 10, 13, 250, 999];
      const at = (name: string) => rows.map((i) => cellValue(findColumn(table, name)!, i));
      expect(at('id')).toEqual([1, 4, 8, 11, 14, 251, 1000]);
      // One card past 2^53 makes the column text, every cell with its own digits.
      expect(at('card')).toEqual(['1000', '9007199254740993', null, '1010', null, '1250', null]);
      expect(at('spend')).toEqual([null, 0.75, 1.75, null, 3.25, null, 249.75]);
      expect(at('name')).toEqual([null, 'Aysel', null, 'Bob', 'Bob', 'Bob', 'Aysel']);
      expect(at('tier')).toEqual([null, 'silver', 'silver', null, 'silver', null, 'silver']);
      expect(at('vip')).toEqual([null, true, false, false, false, false, true]);
      expect(at('joined')).toEqual([null, '2024-01-04', '2024-01-08', '2024-01-11', null, '2024-01-27', '2024-01-20']);
      expect(at('seen')).toEqual(['2024-06-01T00:30:00', '2024-06-01T03:30:00', '2024-06-01T07:30:00', '2024-06-01T10:30:00', '2024-06-01T13:30:00', '2024-06-01T10:30:00', '2024-06-01T15:30:00']);
      // Counted by hand from the formulas: i % 10 === 0 for 100 rows, i % 5 === 0 for 200, i % 7 === 0 for 143.
      const profile = (name: string) => summary.columns.find((c) => c.name === name)!;
      expect([profile('spend').empty, profile('tier').empty, profile('name').empty, profile('joined').empty, profile('vip').empty]).toEqual([100, 200, 143, 77, 91]);
      expect(profile('tier').top).toEqual([{ value: 'silver', count: 400 }, { value: 'gold', count: 400 }]); // a tie: first seen first
    }, TIMEOUT);
  });
});

describe('other shapes', () => {
  it('reads a file without rows: its columns, no row', async () => {
    const bytes = ipc(tableFromArrays({ email: [] as string[], n: [] as number[] }, { types: { email: utf8(), n: float64() } }), 'file');
    const seen: number[] = [];
    const { table } = await importFile(blob(bytes), 'e', 'empty.arrow', {}, (f) => seen.push(f));
    expect([table.rowCount, table.columns.map((c) => c.name), seen]).toEqual([0, ['email', 'n'], [1]]);
  }, TIMEOUT);

  it('reads lists of scalars as tag lists, structs as JSON, times of day, bytes and 32-bit floats as the Parquet reader does', async () => {
    const bytes = ipc(tableFromArrays({
      tags: [[1, 2], null, []],
      address: [{ city: 'Bakı', zip: 1000n }, { city: null, zip: 9_007_199_254_740_993n }, null],
      at: [3_723_004, null, 0],
      raw: [Uint8Array.of(0xde, 0xad), null, Uint8Array.of()],
      ratio: [0.1, null, 2.5],
    }, { types: { tags: list(int32()), address: struct({ city: utf8(), zip: int64() }), at: timeMillisecond(), raw: binary(), ratio: float32() } }), 'stream');
    const { table } = await importFile(blob(bytes), 'n', 'nested.arrow');
    expect(column(table, 'tags')).toEqual(['1;2', null, null]);
    expect(column(table, 'address')).toEqual(['{"city":"Bakı","zip":1000}', '{"city":null,"zip":"9007199254740993"}', null]);
    expect(column(table, 'at')).toEqual(['01:02:03.004', null, '00:00:00']);
    expect(column(table, 'raw')).toEqual(['dead', null, null]);
    expect(column(table, 'ratio')).toEqual([0.1, null, 2.5]);
  }, TIMEOUT);
});

describe('progress and cancel', () => {
  it('reports progress after each record batch', async () => {
    const seen: number[] = [];
    await importFile(blob(ipc(customers(), 'file')), 'c', 'c', {}, (f) => seen.push(f));
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
  }, TIMEOUT);

  it('stops at the next record batch once cancelled', async () => {
    const controller = new AbortController(), seen: number[] = [];
    const error = await failure(importFile(blob(ipc(customers(), 'stream')), 'c', 'c', {}, (f) => { seen.push(f); controller.abort(); }, controller.signal));
    expect([(error as DOMException).name, seen]).toEqual(['AbortError', [0.25]]);
  }, TIMEOUT);
});

describe('files that cannot be read', () => {
  const lz4File = () => ipc(customers(), 'file', writers[1][1]);

  it.each([
    ['an IPC file cut short', () => lz4File().slice(0, 3000)],
    ['an IPC stream cut short', () => ipc(customers(), 'stream').slice(0, 2000)],
    ['an LZ4 frame that ends before its data (block size zeroed)', () => {
      const bytes = lz4File();
      const at = bytes.findIndex((_, i) => LZ4_MAGIC.every((m, k) => bytes[i + k] === m));
      bytes.fill(0, at + 7, at + 11);
      return bytes;
    }],
    ['the Arrow magic and nothing else', () => new TextEncoder().encode('ARROW1\0\0ARROW1')],
  ])('%s: a message saying so, in preview and import', async (_name, make) => {
    for (const run of [() => previewFile(blob(make())), () => importFile(blob(make()), 'c', 'c')]) {
      const error = await failure(run());
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).key).toBe('import.arrow.error.corrupt');
    }
  }, TIMEOUT);

  it('names Feather v1 and how to convert it', async () => {
    const bytes = new Uint8Array(64);
    bytes.set(new TextEncoder().encode('FEA1'), 0);
    bytes.set(new TextEncoder().encode('FEA1'), 60);
    for (const run of [() => previewFile(blob(bytes)), () => importFile(blob(bytes), 'c', 'old.feather')]) {
      const error = (await failure(run())) as ImportError;
      expect([error.key, error.params]).toEqual(['import.error.feather1', { old: 'Feather v1', new: 'Feather v2' }]);
      expect(t(error.key, error.params)).toBe("This is a Feather v1 file (R's old format), which cannot be read; write it again as Feather v2 or Parquet (in R: arrow::write_feather or arrow::write_parquet)");
    }
  });
});
