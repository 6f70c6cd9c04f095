// Finds the cells read-excel-file gives as empty though they hold something: a formula error (#DIV/0!, #N/A …) or a
// formula saved without its result (files written by programs that do not calculate), so the import can say so.

import { strFromU8, unzipSync } from 'fflate';
import type { ImportWarning } from '../../api';
import { parseCellRef } from './cell-ref';
import type { SheetRange } from './sheet-range';

interface Found { count: number; cell?: string; row?: number; value?: string }

/** The `r` reference of the cell whose start tag precedes `at`, when that cell is inside `range`. */
function cellAt(xml: string, at: number, range: SheetRange): string | undefined {
  const start = xml.lastIndexOf('<c ', at);
  const end = xml.indexOf('>', start);
  const ref = /\sr="([^"]+)"/.exec(xml.slice(start, end))?.[1];
  const cell = ref ? parseCellRef(ref) : undefined;
  if (!cell || cell.row < range.firstRow || cell.row > range.lastRow || cell.col < range.firstCol || cell.col > range.lastCol) return undefined;
  return ref;
}

/**
 * Error cells and formulas without a cached value in the data rows of `range`, in sheet XML `xml`, and the rows
 * holding them (a record, though every cell in it reads as empty).
 */
export function unreadCells(xml: string, range: SheetRange): { errors: Found; uncached: Found; rows: Set<number> } {
  const errors: Found = { count: 0 }, uncached: Found = { count: 0 }, rows = new Set<number>();
  const note = (found: Found, ref: string, value?: string) => {
    const at = parseCellRef(ref)!.row;
    rows.add(at);
    if (!found.count++) Object.assign(found, { cell: ref, row: at, value });
  };
  for (let at = xml.indexOf(' t="e"'); at >= 0; at = xml.indexOf(' t="e"', at + 6)) {
    const ref = cellAt(xml, at, range);
    if (ref) note(errors, ref, /<v>([^<]*)<\/v>/.exec(xml.slice(at, xml.indexOf('</c>', at)))?.[1]);
  }
  for (let at = xml.indexOf('<f'); at >= 0; at = xml.indexOf('<f', at + 2)) {
    if (!/[\s/>]/.test(xml[at + 2])) continue; // <filterColumn>, <formula> …
    const end = xml.indexOf('</c>', at);
    if (end < 0 || xml.slice(at, end).includes('<v')) continue;
    const ref = cellAt(xml, at, range);
    if (ref) note(uncached, ref);
  }
  return { errors, uncached, rows };
}

/** The warnings for the unread cells of the sheet at `path` in `zip`, and the rows holding them. */
export function unreadCellWarnings(zip: Uint8Array, path: string | undefined, range: SheetRange): { warnings: ImportWarning[]; rows: Set<number> } {
  const part = path ? unzipSync(zip, { filter: (f) => f.name === path })[path] : undefined;
  if (!part) return { warnings: [], rows: new Set() };
  const { errors, uncached, rows } = unreadCells(strFromU8(part), range);
  const out: ImportWarning[] = [];
  if (errors.count) out.push({ row: errors.row!, key: 'import.warning.xlsxFormulaError', params: { cell: errors.cell!, row: errors.row!, value: errors.value ?? '#', count: errors.count } });
  if (uncached.count) out.push({ row: uncached.row!, key: 'import.warning.xlsxUncachedFormula', params: { cell: uncached.cell!, row: uncached.row!, count: uncached.count } });
  return { warnings: out, rows };
}
