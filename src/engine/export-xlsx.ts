// Members as an .xlsx workbook (write-excel-file, zipped by fflate; no Node built-ins, so it runs in the worker too).
// Numbers and booleans stay typed cells, dates are real dates shown as ISO, text that a spreadsheet would run as a
// formula is neutralised exactly like the CSV (neutraliseFormula).

import writeXlsxFile, { type Cell as XlsxCell } from 'write-excel-file/universal';
import { neutraliseFormula } from './neutralise-formula';
import type { Cell, MemberGrid } from './member-grid';

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (UTC, as the table keeps dates) as a date cell shown the same way. */
function dateCell(iso: string): XlsxCell {
  const day = iso.length === 10;
  return { value: new Date(`${iso}${day ? 'T00:00:00' : ''}Z`), type: Date, format: day ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss' };
}

function cell(value: Cell, date: boolean): XlsxCell {
  if (value === null) return null;
  if (typeof value === 'number') return { value, type: Number };
  if (typeof value === 'boolean') return { value, type: Boolean };
  return date ? dateCell(value) : { value: neutraliseFormula(value), type: String };
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Members';
}

/** The grid as one sheet named `sheet`, header row frozen; `rightToLeft` for Persian and other RTL projects. */
export async function toXlsx(grid: MemberGrid, sheet: string, rightToLeft = false): Promise<Uint8Array> {
  const header = grid.columns.map((c): XlsxCell => ({ value: neutraliseFormula(c), type: String, fontWeight: 'bold' }));
  const body = grid.rows.map((r) => r.map((v, k) => cell(v, grid.kinds[k] === 'date')));
  const blob = await writeXlsxFile([header, ...body], { sheet: sheetName(sheet), stickyRowsCount: 1, rightToLeft }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
