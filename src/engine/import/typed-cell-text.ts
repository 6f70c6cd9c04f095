// Typed cells that have no column type of their own, as text both the Parquet and the Arrow readers give: times of
// day, 32-bit floats as written, lists (as tag lists) and structs (as JSON), bytes as hex.

import { cellText } from './value-column-builder';

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

/** Bytes as lower-case hex. */
export const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

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

