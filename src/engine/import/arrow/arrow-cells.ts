// Turns the values flechette decodes for one Arrow column into the cells our builders take, as the Parquet reader
// gives the same values: scalars as they are, a 32-bit float as written, times of day, bytes, lists and structs as text.

import { type DataType, Precision, TimeUnit, Type } from '@uwdata/flechette';
import { float32, nestedText, timeText } from '../typed-cell-text';
import type { Cell } from '../value-column-builder';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Digits after the second of each time unit. */
const TIME_DIGITS: Record<number, number> = { [TimeUnit.SECOND]: 0, [TimeUnit.MILLISECOND]: 3, [TimeUnit.MICROSECOND]: 6, [TimeUnit.NANOSECOND]: 9 };

const BINARY = new Set<number>([Type.Binary, Type.LargeBinary, Type.FixedSizeBinary, Type.BinaryView]);

/** Typed arrays (flechette's lists of numbers) as arrays, deeply, so a list reads as a list; bytes stay bytes. */
function plain(v: unknown): unknown {
  if (v instanceof Uint8Array || v instanceof Date || v === null || typeof v !== 'object') return v;
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<unknown>);
  if (Array.isArray(v)) return v.map(plain);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
}

/** Any value: a scalar as it is, anything else (a list, struct, map, interval, union member) as text. */
function anyCell(v: unknown): Cell {
  if (v === null || v === undefined || typeof v !== 'object' || v instanceof Date) return v as Cell;
  return v instanceof Uint8Array ? hex(v) : nestedText(plain(v));
}

/** The cell converter of a column of `type`. */
export function converter(type: DataType): (v: unknown) => Cell {
  if (type.typeId === Type.Time) {
    const digits = TIME_DIGITS[type.unit];
    return (v) => (typeof v === 'number' || typeof v === 'bigint' ? timeText(v, digits) : null);
  }
  if (type.typeId === Type.Float && type.precision === Precision.SINGLE) return (v) => (typeof v === 'number' ? float32(v) : null);
  if (BINARY.has(type.typeId)) return (v) => (v instanceof Uint8Array ? hex(v) : null);
  return anyCell;
}
