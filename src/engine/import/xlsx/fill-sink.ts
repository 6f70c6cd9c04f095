// Puts the rows of a sheet's range into a sink for typed cells, a batch at a time (progress, cancel).

import { abortError } from '../index';
import type { ValueTableSink } from '../table-sink';
import { cellText } from '../value-column-builder';
import { filledCells } from './find-header';
import type { SheetRows } from './read-cells';
import type { SheetRange } from './sheet-range';

const BATCH = 10_000;

/** Lets the worker take its messages (a cancel) between batches. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Names the sink's columns from the range's header and adds every data row with a filled cell (a blank row is no
 * record) or in `kept` (cells read as empty that held something), each with its row number in the sheet for
 * warnings. `progress` gets the share of rows added. Returns the count of rows added.
 */
export async function fillSink(
  sink: ValueTableSink, rows: SheetRows, range: SheetRange, kept: Set<number>, progress?: (done: number) => void, signal?: AbortSignal,
): Promise<number> {
  const from = range.firstCol - 1, to = range.lastCol, width = to - from;
  sink.columns(Array.from({ length: width }, (_, c) => cellText(range.names[c])));
  const last = Math.min(range.lastRow, rows.length), total = Math.max(1, last - range.firstRow + 1);
  let added = 0;
  for (let r = range.firstRow; r <= last; r++) {
    if (progress && (r - range.firstRow) % BATCH === BATCH - 1) {
      if (signal?.aborted) throw abortError();
      progress((r - range.firstRow) / total);
      await breathe();
    }
    const row = rows[r - 1];
    if (!filledCells(row, from, to) && !kept.has(r)) continue;
    sink.row(from === 0 && row.length === width ? row : row.slice(from, to), r);
    added++;
  }
  if (signal?.aborted) throw abortError();
  return added;
}
