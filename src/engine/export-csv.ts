// Members as CSV text: RFC-4180 quoting, and cells that a spreadsheet would run as a formula neutralised.

type Cell = string | number | boolean | null;

/** OWASP CSV injection: a text cell starting with = + - @ TAB or CR gets a leading apostrophe. Numbers stay numbers. */
export function neutralise(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: string[], rows: Cell[][]): string {
  const lines = [columns.map((c) => quote(neutralise(c))).join(',')];
  for (const r of rows) lines.push(r.map((c) => quote(neutralise(c))).join(','));
  return lines.join('\r\n') + '\r\n';
}
