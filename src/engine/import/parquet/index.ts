// Reads Parquet files with hyparquet (its compressors add gzip, zstd, brotli and lz4 to its own snappy): a row group
// at a time and, in it, a column at a time, straight into the typed column builders.

import { type AsyncBuffer, type FileMetaData, parquetMetadataAsync, parquetScan, parquetSchema, type ParquetScan } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { ImportOptions } from '../../api';
import { abortError } from '../index';
import { ImportError } from '../import-error';
import type { FormatReader, Progress } from '../reader';
import { ValueTableSink } from '../table-sink';
import type { Cell, ValueColumnBuilder } from '../value-column-builder';
import { blobBuffer } from './blob-buffer';
import { cellKind, converter, parsers, typeName } from './parquet-cells';

interface Source { buffer: AsyncBuffer; metadata: FileMetaData; names: string[]; convert: (((v: unknown) => Cell) | undefined)[]; skipped: { column: string; type: string }[] }

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** Runs `read`, turning whatever hyparquet throws on a damaged file into an ImportError that says so. */
async function guarded<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ImportError || isAbort(e)) throw e;
    throw new ImportError('import.error.parquetCorrupt', { detail: e instanceof Error ? e.message : String(e) });
  }
}

/** The footer and the columns that can be read; a file cut short (no closing `PAR1`) is refused at once. */
async function open(file: Blob): Promise<Source> {
  const buffer = blobBuffer(file);
  const tail = new Uint8Array(await file.slice(Math.max(0, file.size - 4)).arrayBuffer());
  if (file.size < 12 || String.fromCharCode(...tail) !== 'PAR1') throw new ImportError('import.error.parquetTruncated');
  const metadata = await parquetMetadataAsync(buffer, { parsers });
  const source: Source = { buffer, metadata, names: [], convert: [], skipped: [] };
  for (const column of parquetSchema(metadata).children) {
    const kind = cellKind(column), name = column.element.name;
    if (kind === 'unreadable') { source.skipped.push({ column: name, type: typeName(column) }); continue; }
    source.names.push(name);
    source.convert.push(converter(kind, column));
  }
  if (!source.names.length) throw new ImportError('import.error.parquetNoColumns', { columns: source.skipped.map((s) => s.column).join(', ') });
  return source;
}

/** The sink with its header set and the left-out columns warned about. */
function sinkOf(source: Source, keepRows: number): { sink: ValueTableSink; builders: ValueColumnBuilder[] } {
  const sink = new ValueTableSink(keepRows);
  const builders = sink.columns(source.names);
  for (const s of source.skipped) sink.warn({ row: 0, key: 'import.warning.parquetColumn', params: s });
  return { sink, builders };
}

const scanOf = (source: Source): Promise<ParquetScan> =>
  parquetScan({ file: source.buffer, metadata: source.metadata, columns: source.names, compressors, parsers });

/** One column's values over rows [rowStart, rowEnd), checked to be one per row (a damaged page gives fewer). */
async function columnValues(scan: ParquetScan, column: string, rowStart: number, rowEnd: number): Promise<ArrayLike<unknown>> {
  const data = await scan.readColumn({ column, rowStart, rowEnd });
  if (data.length !== rowEnd - rowStart) {
    throw new ImportError('import.error.parquetRows', { column, expected: rowEnd - rowStart, found: data.length, row: rowStart + 1 });
  }
  return data;
}

/** Adds a column's values to its builder, converted when the column's kind needs it. */
function addAll(builder: ValueColumnBuilder, data: ArrayLike<unknown>, convert: ((v: unknown) => Cell) | undefined): void {
  const n = data.length;
  if (convert) for (let i = 0; i < n; i++) builder.add(convert(data[i]));
  else for (let i = 0; i < n; i++) builder.add(data[i] as Cell);
}

export const parquetReader: FormatReader = {
  async preview(file: Blob, options: ImportOptions, rows: number) {
    return guarded(async () => {
      const source = await open(file);
      const { sink, builders } = sinkOf(source, rows);
      const scan = await scanOf(source);
      // The first rows, from as few row groups as hold them (usually the first alone, and only its first pages).
      for (const range of scan.ranges) {
        const want = sink.wantsRows;
        if (want <= 0) break;
        const rowEnd = Math.min(range.rowEnd, range.rowStart + want);
        const cells: Cell[][] = [];
        for (let c = 0; c < source.names.length; c++) {
          const data = await columnValues(scan, source.names[c], range.rowStart, rowEnd);
          const convert = source.convert[c];
          cells.push(Array.from(data, (v) => (convert ? convert(v) : v as Cell)));
          addAll(builders[c], cells[c], undefined);
        }
        for (let r = 0; r < rowEnd - range.rowStart; r++) sink.keep(cells.map((col) => col[r]));
      }
      return { sink, options, extra: { rowCount: Number(source.metadata.num_rows), rowsExact: true } };
    });
  },

  async read(file: Blob, _options: ImportOptions, onProgress: Progress, signal?: AbortSignal) {
    return guarded(async () => {
      const source = await open(file);
      const { sink, builders } = sinkOf(source, 0);
      const scan = await scanOf(source);
      const total = scan.ranges.reduce((n, r) => n + r.rowEnd - r.rowStart, 0) || 1;
      const width = source.names.length;
      let done = 0;
      // A row group at a time, a column at a time: in memory, one row group's column chunks and what is built.
      for (const { rowStart, rowEnd } of scan.ranges) {
        for (let c = 0; c < width; c++) {
          if (signal?.aborted) throw abortError();
          addAll(builders[c], await columnValues(scan, source.names[c], rowStart, rowEnd), source.convert[c]);
          onProgress?.((done + ((rowEnd - rowStart) * (c + 1)) / width) / total);
        }
        done += rowEnd - rowStart;
      }
      return sink;
    });
  },
};
