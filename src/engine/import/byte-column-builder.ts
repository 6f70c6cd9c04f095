// ColumnBuilder for cells given as bytes (see ByteCsvParser): plain numbers are read straight from the bytes, other
// cells are looked up in a hash table of the column's distinct byte strings, and only those distinct values become
// strings, at the end. No string per cell, so no garbage per cell.

import type { ColumnSpec } from '../../model/types';
import type { Column } from '../table';
import { blankBytes } from './byte-csv-parser';
import { columnFromDict, plainNumber } from './column-builder';
import type { Distinct } from './infer-type';

type Decode = (buf: Uint8Array, s: number, e: number) => string;

/** Powers of ten that are exact doubles. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * flag[0], set by each plainNumberBytes that reads a number: 1 when `String` of it gives back the bytes as written
 * (the rules of `canonicalNumber`, from what the scan already counted). 0 may be wrong (the text is then kept), 1
 * never is. A typed array, not a module `let`: cheaper to write once per cell.
 */
const flag = new Uint8Array(1);

/**
 * A cell written as a plain number, as `plainNumber` reads its text: optional minus, digits with an optional point,
 * optional exponent, no leading zero before a digit (an id such as 007). NaN otherwise.
 */
export function plainNumberBytes(buf: Uint8Array, s: number, e: number): number {
  if (e - s > 1 && buf[s] === 48 && buf[s + 1] >= 48 && buf[s + 1] <= 57) return NaN;
  let i = s, m = 0, digits = 0, scale = 0, point = false;
  const negative = i < e && buf[i] === 45;
  if (negative) i++;
  for (let b = buf[i]; i < e && b >= 48 && b <= 57; b = buf[++i]) { m = m * 10 + (b - 48); digits++; }
  if (i < e && buf[i] === 46) {
    i++;
    point = true;
    for (let b = buf[i]; i < e && b >= 48 && b <= 57; b = buf[++i]) { m = m * 10 + (b - 48); digits++; scale++; }
  }
  if (digits === 0) return NaN;
  let exp = 0, written = false;
  if (i < e && (buf[i] === 101 || buf[i] === 69)) {
    i++;
    written = true;
    const minus = i < e && buf[i] === 45;
    if (i < e && (buf[i] === 45 || buf[i] === 43)) i++;
    const from = i;
    for (let b = buf[i]; i < e && b >= 48 && b <= 57; b = buf[++i]) exp = exp * 10 + (b - 48);
    if (i === from) return NaN;
    if (i - from > 4) exp = Infinity;
    if (minus) exp = -exp;
  }
  if (i !== e) return NaN;
  // Exact mantissa and an exact power of ten: one correctly rounded operation (Clinger's fast path).
  const p = exp - scale;
  if (digits <= 15 && p >= -22 && p <= 22) {
    const v = p < 0 ? m / POW10[-p] : m * POW10[p];
    const start = negative ? s + 1 : s;
    flag[0] = !written && (m === 0
      ? e - s === 1
      : (v >= 1e-6 && (!point || (scale > 0 && scale < digits && buf[e - 1] !== 48))) && (buf[start] !== 48 || buf[start + 1] === 46)) ? 1 : 0;
    return negative ? -v : v;
  }
  flag[0] = 0;
  // A whole number past 2^53 (an ICCID) has no exact double: not a number to keep, as plainNumber says.
  if (!point && !written && m > Number.MAX_SAFE_INTEGER) return NaN;
  let text = '';
  for (let k = s; k < e; k++) text += String.fromCharCode(buf[k]);
  return +text;
}

const grow = <T extends Uint32Array | Int32Array | Uint8Array | Float64Array>(a: T, size: number): T => {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
};

export class ByteColumnBuilder {
  rows = 0;
  /** Number mode: while every cell is a plain number or blank, values go straight here. */
  private numbers: Float64Array | null = null;
  private numbersSeen = 0;
  /** Number mode: the rows (ascending) whose bytes are not `String` of their number, and those bytes, for a replay. */
  private rawRows = new Int32Array(0);
  private rawEnds = new Int32Array(0);
  private rawBytes = new Uint8Array(0);
  private rawCount = 0;
  /** Dictionary mode: each row's code; code 0 is the empty value. */
  private codes = new Uint32Array(1024);
  private counts = new Uint32Array(64);
  private codeCount = 1;
  /** Distinct cells ("keys") as bytes in `arena`, their hashes, codes and whether they are ASCII. */
  private arena = new Uint8Array(4096);
  private arenaEnd = 0;
  private keyStart = new Int32Array(64);
  private keyHash = new Int32Array(64);
  private keyCode = new Uint32Array(64);
  private keyAscii = new Uint8Array(64);
  private keys = 0;
  /** Open addressing: key index + 1, 0 for a free slot. */
  private slots = new Int32Array(128);
  private dict: string[] | null = null;
  /** False when bytes that are not valid text were decoded, as U+FFFD, so two entries may read the same. */
  distinctDict = true;

  /** `numeric`: the file's first rows say this column holds plain numbers. */
  constructor(readonly name: string, numeric: boolean, private readonly decode: Decode) {
    if (numeric) this.numbers = new Float64Array(1024);
  }

  /** True while the column has held only plain numbers and blanks. */
  get isNumeric(): boolean {
    return this.numbers !== null && this.numbersSeen > 0;
  }

  add(buf: Uint8Array, s: number, e: number): void {
    if (this.numbers !== null) {
      const x = plainNumberBytes(buf, s, e);
      // Finite numbers only (1e309 is not a number to keep as Infinity), or blank by the text rules (a no-break
      // space alone is blank).
      if (x - x === 0 || (x !== x && blankBytes(buf, s, e, this.decode))) {
        if (this.rows === this.numbers.length) this.numbers = grow(this.numbers, this.rows * 2);
        this.numbers[this.rows++] = x;
        if (x === x) {
          this.numbersSeen++;
          if (flag[0] === 0) this.keepRaw(buf, s, e);
        }
        return;
      }
      this.leaveNumbers();
    }
    if (this.rows === this.codes.length) this.codes = grow(this.codes, this.rows * 2);
    const code = this.codeOf(buf, s, e);
    this.codes[this.rows++] = code;
    this.counts[code]++;
  }

  /** The code of the cell [s, e), adding it to the dictionary when new. */
  private codeOf(buf: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5, high = 0;
    for (let i = s; i < e; i++) { const b = buf[i]; high |= b; h = Math.imul(h ^ b, 16777619); }
    // FNV's low bits (the table's slot) mix poorly: finish with MurmurHash3's avalanche.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    const slots = this.slots, mask = slots.length - 1, len = e - s, arena = this.arena;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const k = slots[slot] - 1;
      if (k < 0) break;
      if (this.keyHash[k] !== h) continue;
      const at = this.keyStart[k];
      if (this.keyStart[k + 1] - at !== len) continue;
      let i = 0;
      while (i < len && arena[at + i] === buf[s + i]) i++;
      if (i === len) return this.keyCode[k];
    }
    return this.addKey(buf, s, e, h, high < 0x80);
  }

  private addKey(buf: Uint8Array, s: number, e: number, h: number, ascii: boolean): number {
    const k = this.keys++, len = e - s;
    if (this.keys + 1 >= this.keyStart.length) {
      const size = this.keyStart.length * 2;
      this.keyStart = grow(this.keyStart, size);
      this.keyHash = grow(this.keyHash, size);
      this.keyCode = grow(this.keyCode, size);
      this.keyAscii = grow(this.keyAscii, size);
    }
    if (this.arenaEnd + len > this.arena.length) this.arena = grow(this.arena, Math.max(this.arena.length * 2, this.arenaEnd + len));
    this.arena.set(buf.subarray(s, e), this.arenaEnd);
    this.keyStart[k] = this.arenaEnd;
    this.arenaEnd += len;
    this.keyStart[k + 1] = this.arenaEnd;
    this.keyHash[k] = h;
    this.keyAscii[k] = ascii ? 1 : 0;
    const code = blankBytes(buf, s, e, this.decode) ? 0 : this.codeCount++;
    if (code === this.counts.length) this.counts = grow(this.counts, code * 2);
    this.keyCode[k] = code;
    if (this.keys * 2 > this.slots.length) this.rehash();
    else this.place(k);
    return code;
  }

  private place(k: number): void {
    const slots = this.slots, mask = slots.length - 1;
    let slot = this.keyHash[k] & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = k + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < this.keys; k++) this.place(k);
  }

  /** Keeps the bytes of the last row, a number not written as `String` writes it. */
  private keepRaw(buf: Uint8Array, s: number, e: number): void {
    const k = this.rawCount++, at = k ? this.rawEnds[k - 1] : 0;
    if (k === this.rawRows.length) {
      this.rawRows = grow(this.rawRows, Math.max(64, k * 2));
      this.rawEnds = grow(this.rawEnds, this.rawRows.length);
    }
    if (at + e - s > this.rawBytes.length) this.rawBytes = grow(this.rawBytes, Math.max(1024, (at + e - s) * 2));
    this.rawBytes.set(buf.subarray(s, e), at);
    this.rawRows[k] = this.rows - 1;
    this.rawEnds[k] = at + e - s;
  }

  /** A cell that is not a plain number: replay what was read, each cell as written, then go on as usual. */
  private leaveNumbers(): void {
    const numbers = this.numbers!.subarray(0, this.rows);
    const { rawRows, rawEnds, rawBytes, rawCount } = this;
    this.numbers = null;
    this.rows = 0;
    this.rawRows = this.rawEnds = new Int32Array(0);
    this.rawBytes = new Uint8Array(0);
    this.rawCount = 0;
    const text = new Uint8Array(32);
    for (let i = 0, r = 0; i < numbers.length; i++) {
      if (r < rawCount && rawRows[r] === i) {
        this.add(rawBytes, r ? rawEnds[r - 1] : 0, rawEnds[r]);
        r++;
        continue;
      }
      const x = numbers[i];
      const s = Number.isNaN(x) ? '' : String(x);
      for (let k = 0; k < s.length; k++) text[k] = s.charCodeAt(k);
      this.add(text, 0, s.length);
    }
  }

  /** The dictionary as strings (dict[0] is the empty value); the bytes are let go. */
  private strings(): string[] {
    if (this.dict) return this.dict;
    const dict = new Array<string>(this.codeCount);
    dict[0] = '';
    // A run of ASCII keys is decoded as one string and sliced; other keys one by one.
    const BLOCK = 1 << 20, start = this.keyStart, codes = this.keyCode;
    for (let k = 0; k < this.keys;) {
      if (!this.keyAscii[k]) {
        if (codes[k]) {
          const text = this.decode(this.arena, start[k], start[k + 1]);
          if (text.includes('\uFFFD')) this.distinctDict = false;
          dict[codes[k]] = text;
        }
        k++;
        continue;
      }
      let j = k + 1;
      while (j < this.keys && this.keyAscii[j] && start[j + 1] - start[k] <= BLOCK) j++;
      const block = this.decode(this.arena, start[k], start[j]);
      for (let q = k; q < j; q++) if (codes[q]) dict[codes[q]] = block.slice(start[q] - start[k], start[q + 1] - start[k]);
      k = j;
    }
    this.dict = dict;
    this.arena = new Uint8Array(0);
    this.slots = new Int32Array(0);
    return dict;
  }

  /** Distinct non-empty values with their counts, for type inference. */
  distinct(): Distinct[] {
    if (this.numbers !== null) this.leaveNumbers();
    const dict = this.strings();
    const out: Distinct[] = [];
    for (let k = 1; k < dict.length; k++) out.push({ value: dict[k], count: this.counts[k] });
    return out;
  }

  /** The typed column; `bad` as for ColumnBuilder.build. */
  build(spec: ColumnSpec, bad: { cells: number; firstRow: number }): Column {
    if (this.numbers !== null) {
      if (this.isNumeric && (spec.type ?? 'number') === 'number') return { name: this.name, type: 'number', values: this.numbers.slice(0, this.rows), decimal: '.' };
      this.leaveNumbers();
    }
    return columnFromDict(this.name, this.strings(), this.codes.subarray(0, this.rows), spec, bad, true);
  }
}
