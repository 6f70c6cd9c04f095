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
 * as written when it is no finite number ("1e309"), so no cell changes on the way in. Excel saves 17 significant
 * digits (731.93999999999994) but shows, compares and exports 15 (731.94): fractions are read to those 15.
 */
export function numberCell(text: string): number | bigint | string {
  const n = Number(text);
  if (!Number.isFinite(n) || text.trim() === '') return text;
  if (!Number.isSafeInteger(n) && /^-?\d+$/.test(text)) return BigInt(text);
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}

// Text cells as written: no trimming (read-excel-file trims by default).
const OPTIONS = { trim: false, parseNumber: numberCell };

const detail = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Every sheet's rows, in the workbook's order (a chart sheet has none); `names` are the sheets' names. When one sheet
 * does not read, the others are read one by one and that sheet gets the ImportError naming it (the workbook is
 * refused only when no sheet reads).
 */
export async function allSheetRows(zip: ArrayBuffer, names: string[]): Promise<(SheetRows | ImportError)[]> {
  try {
    const sheets = await readXlsxFile(zip, OPTIONS);
    // By position, as both list the workbook's sheets in order; by name should the two lists differ.
    const same = sheets.length === names.length && sheets.every((s, i) => s.sheet === names[i]);
    return names.map((name, i) => {
      const data = same ? sheets[i].data : sheets.find((s) => s.sheet === name)?.data;
      return (data ?? []) as SheetRows;
    });
  } catch (e) {
    const each: (SheetRows | ImportError)[] = [];
    for (let i = 0; i < names.length; i++) each.push(await sheetRows(zip, i + 1, names[i]).catch((error: ImportError) => error));
    if (each.every((s) => s instanceof ImportError)) throw new ImportError('import.error.xlsxDamaged', { detail: detail(e) });
    return each;
  }
}

/** The rows of the `index`-th sheet (1-based), named `name`; a sheet that does not read is refused by name. */
export async function sheetRows(zip: ArrayBuffer, index: number, name: string): Promise<SheetRows> {
  try {
    return ((await readSheet(zip, index, OPTIONS)) ?? []) as SheetRows;
  } catch (e) {
    throw new ImportError('import.error.xlsxSheetDamaged', { sheet: name, detail: detail(e) });
  }
}
