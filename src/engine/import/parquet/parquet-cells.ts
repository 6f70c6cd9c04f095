// Turns the values hyparquet decodes for one top-level column into the cells our builders take: scalars as they
// are, times of day and binary as text, lists and structs as text (see `nestedText`).

import type { ParquetParsers, SchemaTree } from 'hyparquet';
import { type Cell, cellText } from '../value-column-builder';

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

const two = (n: bigint) => n.toString().padStart(2, '0');

/** A time of day as HH:MM:SS, with its fraction of a second to the unit's last non-zero digit. */
export function timeText(v: number | bigint, digits: number): string {
  const per = 10n ** BigInt(digits), t = BigInt(v);
  const s = t / per, frac = (t % per).toString().padStart(digits, '0').replace(/0+$/, '');
  return `${two(s / 3600n)}:${two((s / 60n) % 60n)}:${two(s % 60n)}${frac ? `.${frac}` : ''}`;
}

/**
 * A 32-bit float as the shortest decimal that is the same float (0.1f is 0.100000001490116… as a double, but was
 * written as 0.1), so it reads and filters as the writer saw it.
 */
export function float32(v: number): number {
  if (!Number.isFinite(v)) return v;
  for (let digits = 1; digits < 9; digits++) {
    const x = +v.toPrecision(digits);
    if (Math.fround(x) === v) return x;
  }
  return v;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

const isScalar = (v: unknown): v is string | number | bigint | boolean | Date =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Date;

/** JSON with bigints as numbers (digits kept), dates as we show them, bytes as hex. */
function json(v: unknown): string {
  return JSON.stringify(v, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    if (raw instanceof Date) return cellText(raw);
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    if (raw instanceof Uint8Array) return hex(raw);
    return value;
  });
}

/**
 * A list, struct or map as one text cell. A list of scalars reads like our tag lists (`travel;pets`), so a Parquet
 * list of tags filters as one; an empty list is empty; anything else (structs, maps, nulls in a list, items holding
 * `;`) is JSON, which keeps every field and its name.
 */
export function nestedText(v: unknown): string {
  if (Array.isArray(v)) {
    if (v.length === 0) return '';
    const items: string[] = [];
    for (const item of v) {
      if (!isScalar(item)) return json(v);
      const text = cellText(item);
      if (text === '' || text.includes(';')) return json(v);
      items.push(text);
    }
    return items.join(';');
  }
  return json(v);
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
