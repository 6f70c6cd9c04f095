// Where a sheet's data is: its header row and the rows and columns below it, from the sheet's Excel table object
// when it has one, else from the header row found (or chosen) and the cells filled below it.

import { ImportError } from '../import-error';
import type { Cell } from '../value-column-builder';
import { filledCells, findHeader, isEmptyCell } from './find-header';
import type { TableObject } from './workbook-parts';

/** The block of a sheet that becomes the table; rows and columns 1-based, both ends included. */
export interface SheetRange {
  /** The header row; undefined for a table object without one (its column names come from the table). */
  headerRow?: number;
  /** The header row was found in (or chosen for) the sheet, not taken as its first filled row for want of one. */
  found: boolean;
  names: Cell[];
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
  /** The table object the range came from. */
  table?: string;
  /** Data rows with at least one filled cell (the rows the import gives). */
  rows: number;
}

/** The table object with the most cells: of several on one sheet, the likeliest to be the data. */
function largest(tables: TableObject[]): TableObject | undefined {
  const size = ({ range: { from, to } }: TableObject) => (to.row - from.row + 1) * (to.col - from.col + 1);
  return tables.reduce<TableObject | undefined>((best, t) => (!best || size(t) > size(best) ? t : best), undefined);
}

/** The range of `table`, the totals row left out. */
function tableRange(rows: readonly (readonly Cell[])[], table: TableObject): Omit<SheetRange, 'rows'> {
  const { from, to } = table.range;
  const headerRow = table.headerRows > 0 ? from.row : undefined;
  // The header cells as the sheet holds them; a blank one (or no header row) takes the table's own column name.
  const header = headerRow ? rows[headerRow - 1] ?? [] : [];
  const names = Array.from({ length: to.col - from.col + 1 }, (_, c) => {
    const cell = header[from.col - 1 + c];
    return isEmptyCell(cell) ? table.columns[c] ?? null : cell;
  });
  return {
    headerRow, found: true, names, table: table.name,
    firstRow: from.row + table.headerRows, lastRow: to.row - table.totalsRows, firstCol: from.col, lastCol: to.col,
  };
}

/** The columns filled in the header row or any row below it. */
function filledColumns(rows: readonly (readonly Cell[])[], headerRow: number): { firstCol: number; lastCol: number } {
  let first = Infinity, last = 0;
  for (let r = headerRow - 1; r < rows.length; r++) {
    const row = rows[r];
    let c = 0;
    while (c < row.length && c + 1 < first && isEmptyCell(row[c])) c++;
    if (c < row.length && !isEmptyCell(row[c])) first = Math.min(first, c + 1);
    let e = row.length - 1;
    while (e + 1 > last && isEmptyCell(row[e])) e--;
    last = Math.max(last, e + 1);
  }
  return { firstCol: first === Infinity ? 1 : first, lastCol: last };
}

/**
 * The range of sheet `sheet` given its rows (from row 1) and table objects: the largest table object unless
 * `headerRow` names another row; else below `headerRow`, the header row found, or the first filled row.
 * Undefined for a sheet with no filled cell; throws when `headerRow` is below the sheet's last row.
 */
export function sheetRange(sheet: string, rows: readonly (readonly Cell[])[], tables: TableObject[], headerRow?: number): SheetRange | undefined {
  const table = largest(tables);
  let range: Omit<SheetRange, 'rows'>;
  if (table && (headerRow === undefined || (table.headerRows > 0 && headerRow === table.range.from.row))) {
    range = tableRange(rows, table);
  } else {
    if (headerRow !== undefined && (headerRow < 1 || headerRow > rows.length)) {
      throw new ImportError('import.error.xlsxHeaderRow', { row: headerRow, sheet, last: rows.length });
    }
    const found = headerRow ?? findHeader(rows);
    const first = found ?? rows.findIndex((r) => filledCells(r) > 0) + 1;
    if (!first) return undefined;
    const cols = filledColumns(rows, first);
    range = { headerRow: first, found: found !== undefined, names: rows[first - 1].slice(cols.firstCol - 1, cols.lastCol), firstRow: first + 1, lastRow: rows.length, ...cols };
  }
  let count = 0;
  for (let r = range.firstRow; r <= Math.min(range.lastRow, rows.length); r++) if (filledCells(rows[r - 1], range.firstCol - 1, range.lastCol)) count++;
  return { ...range, rows: count };
}
