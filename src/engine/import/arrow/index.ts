// Reads Apache Arrow IPC files and streams (Feather v2 is the IPC file) with flechette, the Arrow library Arquero
// reads Arrow with, and moves their columns into the typed sink one record batch at a time (cells: arrow-cells.ts).

import { type Table as ArrowTable, tableFromIPC } from '@uwdata/flechette';
import { ImportError } from '../import-error';
import { abortError } from '../index';
import type { FormatReader } from '../reader';
import { ValueTableSink } from '../table-sink';
import { converter } from './arrow-cells';
import { registerCodecs } from './codecs';

registerCodecs();

/**
 * Decodes the whole file. `fromArrow` in Arquero is this same call (tableFromIPC) wrapped in a ColumnTable, which
 * hides the record batches that progress and cancel go by, so the reader takes flechette's table itself. Dates and
 * timestamps come as Date; 64-bit integers as bigint, so those past 2^53 keep their digits (as text).
 */
async function decode(file: Blob): Promise<ArrowTable> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return tableFromIPC(bytes, { useDate: true, useBigInt: true });
}

/** Runs `read`; any failure other than a cancel means the bytes are not a readable Arrow file. */
async function readable<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ImportError || (e instanceof DOMException && e.name === 'AbortError')) throw e;
    throw new ImportError('import.arrow.error.corrupt');
  }
}

/** Lets the worker take a cancel message between record batches (at most every 50 ms, so small batches stay fast). */
function pauser(): () => Promise<void> {
  let last = Date.now();
  return async () => {
    if (Date.now() - last < 50) return;
    await new Promise((r) => setTimeout(r, 0));
    last = Date.now();
  };
}

export const arrowReader: FormatReader = {
  preview: (file, options, rows) => readable(async () => {
    const table = await decode(file);
    const sink = new ValueTableSink(rows);
    sink.columns(table.schema.fields.map((f) => f.name));
    const cells = table.schema.fields.map((f) => converter(f.type));
    for (let r = 0; r < Math.min(rows, table.numRows); r++) sink.row(table.children.map((c, k) => cells[k](c.at(r))), r + 1);
    return { sink, options, extra: { rowCount: table.numRows, rowsExact: true } };
  }),

  read: (file, _options, onProgress, signal) => readable(async () => {
    const table = await decode(file);
    const sink = new ValueTableSink();
    const builders = sink.columns(table.schema.fields.map((f) => f.name));
    const cells = table.schema.fields.map((f) => converter(f.type));
    // Each column holds one batch per record batch of the file, so batch b of every column is record batch b.
    const batches = table.children[0]?.data.length ?? 0;
    const pause = pauser();
    for (let b = 0; b < batches; b++) {
      if (signal?.aborted) throw abortError();
      table.children.forEach((column, c) => {
        const batch = column.data[b], builder = builders[c], cell = cells[c];
        for (let i = 0; i < batch.length; i++) builder.add(cell(batch.at(i)));
      });
      onProgress?.((b + 1) / batches);
      await pause();
    }
    if (signal?.aborted) throw abortError();
    if (!batches) onProgress?.(1);
    return sink;
  }),
};
