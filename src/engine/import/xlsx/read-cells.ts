// The cells of a workbook's sheets through read-excel-file (its `universal` entry reads an ArrayBuffer the same way
// in a Web Worker and in Node): dates by the cell's number format (1900 or 1904 date system), formulas by their
// cached values, numbers as numbers, booleans, empty cells as null.

import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import { ImportError } from '../import-error';
import type { Cell } from '../value-column-builder';

/** A sheet's rows from row 1, each from column A (read-excel-file keeps leading blank rows and columns). */
export type SheetRows = Cell[][];

/**
 * A number cell's text as a value: a number, or a bigint for an integer beyond 2^53 (its digits kept), or the text
 * as written when it is no finite number ("1e309"), so no cell changes on the way in.
 */
export function numberCell(text: string): number | bigint | string {
  const n = Number(text);
  if (!Number.isFinite(n) || text.trim() === '') return text;
  if (!Number.isSafeInteger(n) && /^-?\d+$/.test(text)) return BigInt(text);
  return n;
}

// Text cells as written: no trimming (read-excel-file trims by default).
const OPTIONS = { trim: false, parseNumber: numberCell };

/** What read-excel-file (or the unzip under it) throws on a damaged workbook, as an ImportError saying so. */
function damaged(e: unknown): never {
  if (e instanceof ImportError) throw e;
  throw new ImportError('import.error.xlsxDamaged', { detail: e instanceof Error ? e.message : String(e) });
}

/** Every sheet's rows, in the workbook's order (a chart sheet has none). */
export async function allSheetRows(zip: ArrayBuffer): Promise<SheetRows[]> {
  const sheets = await readXlsxFile(zip, OPTIONS).catch(damaged);
  return sheets.map((s) => (s.data ?? []) as SheetRows);
}

/** The rows of the `index`-th sheet (1-based). */
export async function sheetRows(zip: ArrayBuffer, index: number): Promise<SheetRows> {
  return ((await readSheet(zip, index, OPTIONS).catch(damaged)) ?? []) as SheetRows;
}
