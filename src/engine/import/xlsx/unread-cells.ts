// Finds the cells read-excel-file gives as empty though they hold something: a formula error (#DIV/0!, #N/A …) or a
// formula saved without its result (files written by programs that do not calculate), so the import can say so.
// It scans the sheet's XML bytes for the rare letters of `<f` and ` t="e"`, so a sheet without them costs one pass.

import { unzip } from 'fflate';
import type { ImportWarning } from '../../api';
import { parseCellRef } from './cell-ref';
import type { SheetRange } from './sheet-range';

interface Found { count: number; cell?: string; row?: number; value?: string }

const LT = 0x3c, GT = 0x3e, SLASH = 0x2f, QUOTE = 0x22, SPACE = 0x20;

/** Whether `bytes` hold the ASCII `text` at `at`. */
function at(bytes: Uint8Array, i: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** The ASCII text of bytes [from, to). */
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.max(from, to)));

/** The start of the `<c ` tag before `i`, or -1. */
function cellStart(bytes: Uint8Array, i: number): number {
  for (let k = i; k >= 0; k = k > 0 ? bytes.lastIndexOf(LT, k - 1) : -1) if (at(bytes, k, '<c ')) return k;
  return -1;
}

/** The `r` reference of the cell whose start tag precedes `i`, when that cell is in the data rows of `range`. */
function cellAt(bytes: Uint8Array, i: number, range: SheetRange): string | undefined {
  const start = cellStart(bytes, i);
  if (start < 0) return undefined;
  const end = bytes.indexOf(GT, start);
  let ref: string | undefined;
  for (let k = start; k < end; k++) {
    if ((bytes[k] === SPACE || bytes[k] === 0x09 || bytes[k] === 0x0a || bytes[k] === 0x0d) && at(bytes, k + 1, 'r="')) { ref = ascii(bytes, k + 4, bytes.indexOf(QUOTE, k + 4)); break; }
  }
  const cell = ref ? parseCellRef(ref) : undefined;
  if (!cell || cell.row < range.firstRow || cell.row > range.lastRow || cell.col < range.firstCol || cell.col > range.lastCol) return undefined;
  return ref;
}

/** Where the cell holding byte `i` ends (its `</c>`), or -1. */
function cellEnd(bytes: Uint8Array, i: number): number {
  for (let k = bytes.indexOf(LT, i + 1); k >= 0; k = bytes.indexOf(LT, k + 1)) if (at(bytes, k, '</c>')) return k;
  return -1;
}

/** Where a `<v` tag starts between `from` and `to`, or -1. */
function valueAt(bytes: Uint8Array, from: number, to: number): number {
  for (let k = bytes.indexOf(LT, from); k >= 0 && k < to; k = bytes.indexOf(LT, k + 1)) if (bytes[k + 1] === 0x76 /* v */) return k;
  return -1;
}

/**
 * Error cells and formulas without a cached value in the data rows of `range`, in sheet XML `bytes`, and the rows
 * holding them (a record, though every cell in it reads as empty).
 */
export function unreadCells(bytes: Uint8Array, range: SheetRange): { errors: Found; uncached: Found; rows: Set<number> } {
  const errors: Found = { count: 0 }, uncached: Found = { count: 0 }, rows = new Set<number>();
  const note = (found: Found, ref: string, value?: string) => {
    const row = parseCellRef(ref)!.row;
    rows.add(row);
    if (!found.count++) Object.assign(found, { cell: ref, row, value });
  };
  // ` t="e"`: the cell type of an error, its value the error's name.
  for (let i = bytes.indexOf(0x65 /* e */); i >= 0; i = bytes.indexOf(0x65, i + 1)) {
    if (!at(bytes, i - 4, ' t="') || bytes[i + 1] !== QUOTE) continue;
    const ref = cellAt(bytes, i, range);
    if (!ref) continue;
    // A cell `<c … t="e"/>` has no value; else its value is before its `</c>`.
    const end = bytes[bytes.indexOf(GT, i) - 1] === SLASH ? -1 : cellEnd(bytes, i);
    const v = end < 0 ? -1 : valueAt(bytes, i, end);
    note(errors, ref, v >= 0 && at(bytes, v, '<v>') ? ascii(bytes, v + 3, bytes.indexOf(LT, v + 3)) : undefined);
  }
  // `<f` (not `<filterColumn` or `<formula`): a formula; without a `<v>` before its cell ends, no saved result.
  for (let i = bytes.indexOf(0x66 /* f */); i >= 0; i = bytes.indexOf(0x66, i + 1)) {
    if (bytes[i - 1] !== LT || (bytes[i + 1] !== SPACE && bytes[i + 1] !== GT && bytes[i + 1] !== SLASH)) continue;
    const end = cellEnd(bytes, i);
    if (end < 0 || valueAt(bytes, i, end) >= 0) continue;
    const ref = cellAt(bytes, i, range);
    if (ref) note(uncached, ref);
  }
  return { errors, uncached, rows };
}

/**
 * The XML bytes of the sheet at `path` in `zip`, inflated by fflate in a worker of its own (a Web Worker, or a
 * worker thread in Node), so that it runs beside read-excel-file's parsing; undefined when it cannot be had.
 */
export function sheetBytes(zip: Uint8Array, path: string | undefined): Promise<Uint8Array | undefined> {
  if (!path) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    unzip(zip, { filter: (f) => f.name === path }, (error, files) => resolve(error ? undefined : files[path]));
  });
}

/** The warnings for the unread cells of a sheet given its XML bytes, and the rows holding them. */
export function unreadCellWarnings(part: Uint8Array | undefined, range: SheetRange): { warnings: ImportWarning[]; rows: Set<number> } {
  if (!part) return { warnings: [], rows: new Set() };
  const { errors, uncached, rows } = unreadCells(part, range);
  const out: ImportWarning[] = [];
  if (errors.count) out.push({ row: errors.row!, key: 'import.warning.xlsxFormulaError', params: { cell: errors.cell!, row: errors.row!, value: errors.value ?? '#', count: errors.count } });
  if (uncached.count) out.push({ row: uncached.row!, key: 'import.warning.xlsxUncachedFormula', params: { cell: uncached.cell!, row: uncached.row!, count: uncached.count } });
  return { warnings: out, rows };
}
