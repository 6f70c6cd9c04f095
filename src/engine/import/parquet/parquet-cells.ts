// Turns the values hyparquet decodes for one top-level column into the cells our builders take: scalars as they
// are, times of day and binary as text, lists and structs as text (see `nestedText` in typed-cell-text.ts).

import type { ParquetParsers, SchemaTree } from 'hyparquet';
import { float32, hex, nestedText, timeText } from '../typed-cell-text';
import type { Cell } from '../value-column-builder';

/** How a column's values become cells; `unreadable` columns are left out with a warning (hyparquet cannot decode them). */
export type CellKind = 'scalar' | 'float' | 'time' | 'binary' | 'nested' | 'unreadable';

/** Floor division of a bigint, so an instant before 1970 keeps its own millisecond (bigint `/` truncates toward 0). */
function floorDiv(x: bigint, d: bigint): number {
  const n = Number(x);
  if (Number.isSafeInteger(n)) return Math.floor(n / Number(d));
  const q = x / d;
  return Number(x % d < 0n ? q - 1n : q);
}

/**
 * hyparquet's parsers with timestamps rounded down to the millisecond (its own truncate toward zero, which moves
 * 1969-12-31 23:59:59.9995 to the next day). INT96 timestamps come through `timestampFromNanoseconds`.
 */
export const parsers: Partial<ParquetParsers> = {
  timestampFromMicroseconds: (us: bigint) => new Date(floorDiv(us, 1000n)),
  timestampFromNanoseconds: (ns: bigint) => new Date(floorDiv(ns, 1_000_000n)),
};

/** The kind of a top-level column from its schema. */
export function cellKind(column: SchemaTree): CellKind {
  const { element } = column;
  if (column.children.length || element.repetition_type === 'REPEATED') return 'nested';
  const ctype = element.converted_type, ltype = element.logical_type?.type;
  if (ctype === 'INTERVAL' || ctype === 'BSON') return 'unreadable';
  if (ltype === 'TIME' || ctype === 'TIME_MILLIS' || ctype === 'TIME_MICROS') return 'time';
  if (element.type === 'FIXED_LEN_BYTE_ARRAY' && !ctype && !ltype) return 'binary';
  if (element.type === 'FLOAT') return 'float';
  return 'scalar';
}

/** The type a person would name, for the warning about a column left out. */
export function typeName(column: SchemaTree): string {
  const { element } = column;
  return element.logical_type?.type ?? element.converted_type ?? element.type ?? 'GROUP';
}

/** The digits after the second of a TIME column's unit: 3 for milliseconds, 6 for micro-, 9 for nanoseconds. */
function timeDigits(column: SchemaTree): number {
  const { element } = column;
  const unit = element.logical_type?.type === 'TIME' ? element.logical_type.unit : element.converted_type === 'TIME_MILLIS' ? 'MILLIS' : 'MICROS';
  return unit === 'MILLIS' ? 3 : unit === 'MICROS' ? 6 : 9;
}

/** The cell converter of a column kind; undefined for scalars, which go to the builder as hyparquet gives them. */
export function converter(kind: CellKind, column: SchemaTree): ((v: unknown) => Cell) | undefined {
  switch (kind) {
    case 'time': {
      const digits = timeDigits(column);
      return (v) => (typeof v === 'number' || typeof v === 'bigint' ? timeText(v, digits) : null);
    }
    case 'float': return (v) => (typeof v === 'number' ? float32(v) : null);
    case 'binary': return (v) => (v instanceof Uint8Array ? hex(v) : (v as Cell));
    case 'nested': return (v) => (v === null || v === undefined ? null : nestedText(v));
    default: return undefined;
  }
}
