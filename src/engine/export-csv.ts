// Members as CSV text: RFC-4180 quoting, and cells that a spreadsheet would run as a formula neutralised.

import { neutraliseFormula } from './neutralise-formula';

type Cell = string | number | boolean | null;

/** A cell as CSV text: text neutralised (see neutraliseFormula); numbers and booleans as they are. */
export function neutralise(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? neutraliseFormula(cell) : String(cell);
}

/**
 * Quoted when the cell holds a comma, a semicolon or a TAB (Excel in tr, ru, az and other locales splits on `;`,
 * and a TAB-separated reading on TAB, so `a;=1+1` would start a cell with `=`), a line break or a quote.
 */
function quote(s: string): string {
  return /[",;\t\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: string[], rows: Cell[][]): string {
  const lines = [columns.map((c) => quote(neutralise(c))).join(',')];
  for (const r of rows) lines.push(r.map((c) => quote(neutralise(c))).join(','));
  return lines.join('\r\n') + '\r\n';
}
