// Reads Parquet files with hyparquet (its compressors add gzip, zstd, brotli and lz4 to its own snappy): a row group
// at a time and, in it, a column at a time, straight into the typed column builders; a preview reads the first pages.

import { parquetScan, type ParquetScan, type RowGroup } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { ImportOptions } from '../../api';
import { abortError } from '../index';
import { ImportError } from '../import-error';
import type { FormatReader, Progress } from '../reader';
import { ValueTableSink } from '../table-sink';
import type { Cell } from '../value-column-builder';
import { bytesForRows, type CellTarget, readFlatColumn } from './flat-column';
import { fetchGroup, type GroupBytes } from './group-bytes';
import { parsers } from './parquet-cells';
import { guarded, openParquet, type Source, type SourceColumn } from './parquet-source';

/** The sink with its header set and the left-out columns warned about, and its column builders. */
function sinkOf(source: Source, keepRows: number): { sink: ValueTableSink; builders: CellTarget[] } {
  const sink = new ValueTableSink(keepRows);
  const builders = sink.columns(source.columns.map((c) => c.name));
  for (const s of source.skipped) sink.warn({ row: 0, key: 'import.warning.parquetColumn', params: s });
  return { sink, builders };
}

/** hyparquet's scan, for the nested columns only (lists, structs, maps need its assembly); none when all are flat. */
async function nestedScan(source: Source): Promise<ParquetScan | undefined> {
  const names = source.columns.filter((c) => !c.decoder).map((c) => c.name);
  return names.length ? parquetScan({ file: source.buffer, metadata: source.metadata, columns: names, compressors, parsers }) : undefined;
}

interface Group { rowGroup: RowGroup; rowStart: number; rows: number }

/** The row groups with rows, and the row each starts at. */
function groupsOf(source: Source): Group[] {
  const out: Group[] = [];
  let rowStart = 0;
  for (const rowGroup of source.metadata.row_groups) {
    const rows = Number(rowGroup.num_rows);
    if (rows > 0) out.push({ rowGroup, rowStart, rows });
    rowStart += rows;
  }
  return out;
}

const fetchOf = (source: Source, group: Group, whole = true) =>
  fetchGroup(source.file, group.rowGroup, new Set(source.columns.filter((c) => c.decoder).map((c) => c.name)), whole);

/** A preview reads this much of a column chunk first, then as much more as its page headers say it needs. */
const PREVIEW_BYTES = 64 * 1024;

/**
 * Adds the first `rows` cells of `column` in `group` to `target`; a column holding fewer is a damaged file. `preview`:
 * read no more of the chunk than its first pages holding those rows.
 */
async function readColumn(
  column: SourceColumn, group: Group, bytes: GroupBytes, scan: ParquetScan | undefined, rows: number, target: CellTarget, preview = false,
): Promise<void> {
  let found: number;
  if (column.decoder) {
    const meta = group.rowGroup.columns.find((c) => c.meta_data?.path_in_schema[0] === column.name)?.meta_data;
    const decoder = meta && { ...column.decoder, codec: meta.codec };
    let chunk = decoder && await bytes.chunk(column.name, 0, preview ? PREVIEW_BYTES : Infinity);
    // A preview reads on from the first bytes as far as the page headers say its rows need.
    for (let limit = PREVIEW_BYTES; preview && chunk && chunk.length === limit;) {
      const need = bytesForRows(chunk, rows) ?? 2 * limit;
      if (need <= chunk.length) { chunk = chunk.subarray(0, need); break; }
      const more = (await bytes.chunk(column.name, chunk.length, (limit = need)))!;
      const joined = new Uint8Array(chunk.length + more.length);
      joined.set(chunk);
      joined.set(more, chunk.length);
      chunk = joined;
    }
    found = decoder && chunk ? readFlatColumn(chunk, decoder, rows, target, column.convert) : 0;
  } else {
    const data = await scan!.readColumn({ column: column.name, rowStart: group.rowStart, rowEnd: group.rowStart + rows });
    found = data.length;
    const convert = column.convert!;
    for (let i = 0; i < Math.min(found, rows); i++) target.add(convert(data[i]));
  }
  if (found < rows) throw new ImportError('import.error.parquetRows', { column: column.name, row: group.rowStart + found + 1 });
}

export const parquetReader: FormatReader = {
  async preview(file: Blob, options: ImportOptions, rows: number) {
    return guarded(async () => {
      const source = await openParquet(file);
      const { sink, builders } = sinkOf(source, rows);
      const scan = await nestedScan(source);
      // The first rows, from as few row groups as hold them (usually the first alone).
      for (const group of groupsOf(source)) {
        const want = Math.min(sink.wantsRows, group.rows);
        if (want <= 0) break;
        const bytes = fetchOf(source, group, false);
        const cells: Cell[][] = [];
        for (const column of source.columns) {
          const list: Cell[] = [];
          await readColumn(column, group, bytes, scan, want, { add: (v) => list.push(v) }, true);
          cells.push(list);
        }
        cells.forEach((list, c) => list.forEach((v) => builders[c].add(v)));
        for (let r = 0; r < want; r++) sink.keep(cells.map((list) => list[r]));
      }
      return { sink, options, extra: { rowCount: Number(source.metadata.num_rows), rowsExact: true } };
    });
  },

  async read(file: Blob, _options: ImportOptions, onProgress: Progress, signal?: AbortSignal) {
    return guarded(async () => {
      const source = await openParquet(file);
      const { sink, builders } = sinkOf(source, 0);
      const scan = await nestedScan(source);
      const groups = groupsOf(source);
      const total = groups.reduce((n, g) => n + g.rows, 0) || 1;
      const width = source.columns.length;
      // A row group at a time, a column at a time; the next group's bytes are read while this one is decoded.
      let next = groups.length ? fetchOf(source, groups[0]) : undefined;
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g];
        const bytes = next!;
        next = g + 1 < groups.length ? fetchOf(source, groups[g + 1]) : undefined;
        for (let c = 0; c < width; c++) {
          if (signal?.aborted) throw abortError();
          await readColumn(source.columns[c], group, bytes, scan, group.rows, builders[c]);
          onProgress?.((group.rowStart + (group.rows * (c + 1)) / width) / total);
        }
      }
      return sink;
    });
  },
};
