// Excel cell references: "B3" and ranges "A1:U9995" as 1-based row and column numbers.

/** A cell's 1-based row and column. */
export interface CellRef { row: number; col: number }

/** A rectangle of cells, both corners included. */
export interface CellRange { from: CellRef; to: CellRef }

/** "B3" (or "$B$3") → { row: 3, col: 2 }; undefined when it is not a cell reference. */
export function parseCellRef(ref: string): CellRef | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** "A1:U9995" → its corners; a single cell "C4" is a range of one. */
export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.split(':');
  const from = parseCellRef(a), to = parseCellRef(b);
  if (!from || !to) return undefined;
  return {
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  };
}

/** Column number → letters: 1 → A, 27 → AA. */
export function columnName(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
