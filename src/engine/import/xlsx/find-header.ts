// Finds the header row of a sheet that may start with title rows, notes or blank rows above its columns.

import type { Cell } from '../value-column-builder';

/** Rows looked at: the header of a real sheet is among its first rows with content. */
const SAMPLE = 50;

/** A cell with nothing in it (what the column builders read as empty). */
export const isEmptyCell = (v: Cell): boolean =>
  v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) || (typeof v === 'string' && v.trim() === '');

/** Non-empty cells of a row between columns `from` and `to` (0-based, `to` excluded). */
export function filledCells(row: readonly Cell[] | undefined, from = 0, to = row?.length ?? 0): number {
  let n = 0;
  if (row) for (let c = from; c < Math.min(to, row.length); c++) if (!isEmptyCell(row[c])) n++;
  return n;
}

/** The most common count of filled cells, the larger on a tie. */
function usualWidth(sample: { filled: number }[]): number {
  const counts = new Map<number, number>();
  for (const s of sample) counts.set(s.filled, (counts.get(s.filled) ?? 0) + 1);
  let best = 0, times = 0;
  for (const [width, n] of counts) if (n > times || (n === times && width > best)) [best, times] = [width, n];
  return best;
}

/**
 * The 1-based header row of `rows` (a sheet's rows from row 1), or undefined when it has none: the first row that
 * fills at least three quarters as many cells as rows with content usually do (the most common count in the later
 * half of the first ones, the larger on a tie), when every filled cell in it is text. Narrower rows above it are titles and
 * notes. A first wide row holding numbers, dates or booleans is data without a header; a sheet whose only content
 * is one cell (a title over a chart) has none.
 */
export function findHeader(rows: readonly (readonly Cell[])[]): number | undefined {
  const sample: { row: number; filled: number }[] = [];
  for (let r = 0; r < rows.length && sample.length < SAMPLE; r++) {
    const filled = filledCells(rows[r]);
    if (filled) sample.push({ row: r, filled });
  }
  // The usual width from the later half of the rows read: data fills those, while titles and notes sit at the top (four
  // one-cell title rows over a header and two rows of data made the titles' width the usual one).
  const usual = usualWidth(sample.slice(Math.floor(sample.length / 2)));
  const at = sample.findIndex((s) => s.filled >= 0.75 * usual);
  if (at < 0) return undefined;
  const { row, filled } = sample[at];
  if (filled === 1 && at === sample.length - 1) return undefined;
  return rows[row].every((v) => isEmptyCell(v) || typeof v === 'string') ? row + 1 : undefined;
}
