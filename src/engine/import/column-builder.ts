// Collects one column's cells while parsing — dictionary-encoded while values repeat, as a plain list once
// they do not (ids, emails, amounts) — then turns them into a typed Column.

import type { ColumnSpec } from '../../model/types';
import type { Column } from '../table';
import type { Distinct } from './infer-type';
import { orderOfFormat, parseDate } from './parse-date';
import { inexactWhole, looksLikeId, parseNumber } from './parse-number';

const PLAIN_NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell written as a plain number (no spaces, no separators, not an id like 007, no whole number past 2^53); NaN otherwise. */
export function plainNumber(s: string): number {
  if (!PLAIN_NUMBER.test(s) || looksLikeId(s)) return NaN;
  const x = +s;
  return inexactWhole(s, x, '.') ? NaN : x;
}

/**
 * Whether `String(x)` gives back the cell `s` that plainNumber read as `x`, decided from its characters without
 * formatting `x`: no exponent, at most 15 digits (so the shortest text of the double is the one written), no
 * trailing zero or point, no leading point or zero, not -0, and not so small that String would write an exponent.
 * It may say false for a canonical cell (whose text is then kept: a little memory), never true for another.
 */
export function canonicalNumber(s: string, x: number): boolean {
  if (x === 0) return s === '0';
  const n = s.length;
  if (n > 17 || (x < 1e-6 && x > -1e-6)) return false;
  const from = s.charCodeAt(0) === 45 ? 1 : 0;
  if (s.charCodeAt(from) === 48 && s.charCodeAt(from + 1) !== 46 && n - from > 1) return false;
  let digits = 0, point = -1;
  for (let k = from; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c === 46) point = k;
    else if (c >= 48 && c <= 57) digits++;
    else return false;
  }
  return digits <= 15 && (point < 0 || (point > from && s.charCodeAt(n - 1) !== 48 && point < n - 1));
}

/** After this many rows, a column whose values are mostly distinct stops using a dictionary. */
const PROBE_ROWS = 20_000;

/**
 * A private copy of a cell's text: a slice of a big chunk of the file would keep the whole chunk alive
 * for as long as the value is stored.
 */
const own = (s: string): string => (s.length > 12 ? (s + ' ').slice(0, -1) : s);

export class ColumnBuilder {
  private codes = new Uint32Array(1024);
  private index: Map<string, number> | null = new Map([['', 0]]);
  /** dict[0] is the empty value. In list mode, dict[i + 1] is row i's value and codes are implicit. */
  readonly dict: string[] = [''];
  private counts: number[] = [0];
  rows = 0;
  /** Number mode: while every cell is a plain number or blank, values go straight here. */
  private numbers: Float64Array | null = null;
  private numbersSeen = 0;
  /** Number mode: the rows (ascending) whose text is not `String` of their number, and that text, for a replay. */
  private rawRows: number[] = [];
  private rawText: string[] = [];

  /** `numeric`: the file's first rows say this column holds plain numbers. */
  constructor(readonly name: string, numeric = false) {
    if (numeric) this.numbers = new Float64Array(1024);
  }

  /** False once the column went to list mode, where a value repeats in the dictionary. */
  get distinctDict(): boolean {
    return this.index !== null;
  }

  /** True while the column has held only plain numbers and blanks. */
  get isNumeric(): boolean {
    return this.numbers !== null && this.numbersSeen > 0;
  }

  add(value: string): void {
    if (this.numbers !== null) {
      const x = plainNumber(value);
      // Finite numbers only: 1e309 is not a number to keep as Infinity.
      const finite = x - x === 0;
      if (finite || (x !== x && value.trim() === '')) {
        if (this.rows === this.numbers.length) {
          const grown = new Float64Array(this.numbers.length * 2);
          grown.set(this.numbers);
          this.numbers = grown;
        }
        if (finite) {
          this.numbersSeen++;
          if (!canonicalNumber(value, x)) { this.rawRows.push(this.rows); this.rawText.push(own(value)); }
        }
        this.numbers[this.rows++] = x;
        return;
      }
      this.leaveNumbers();
    }
    if (this.index === null) {
      this.dict.push(own(value));
      this.rows++;
      return;
    }
    let code = this.index.get(value);
    if (code === undefined) {
      // The map keeps its key: a private copy, not a slice that would pin a whole chunk of the file.
      const key = own(value);
      code = key.trim() === '' ? 0 : this.dict.length;
      if (code) { this.dict.push(key); this.counts.push(0); }
      this.index.set(key, code);
    }
    if (this.rows === this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.rows++] = code;
    this.counts[code]++;
    if (this.rows === PROBE_ROWS && this.dict.length > PROBE_ROWS / 2) this.toList();
  }

  /** A cell that is not a plain number: replay what was read, each cell as written, then go on as usual. */
  private leaveNumbers(): void {
    const numbers = this.numbers!.subarray(0, this.rows), rawRows = this.rawRows, rawText = this.rawText;
    this.numbers = null;
    this.rows = 0;
    this.rawRows = [];
    this.rawText = [];
    let r = 0;
    for (let i = 0; i < numbers.length; i++) {
      const x = numbers[i];
      if (rawRows[r] === i) this.add(rawText[r++]);
      else this.add(Number.isNaN(x) ? '' : String(x));
    }
  }

  /** Switches to list mode: one entry per row, no lookups. */
  private toList(): void {
    const list = [''];
    for (let i = 0; i < this.rows; i++) list.push(this.dict[this.codes[i]]);
    this.dict.length = 0;
    this.dict.push(...list);
    this.index = null;
    this.counts = [];
    this.codes = new Uint32Array(0);
  }

  /** Row i's dictionary code (list mode: i + 1, or 0 when empty). */
  private codesOf(): Uint32Array {
    if (this.index !== null) return this.codes.subarray(0, this.rows);
    const codes = new Uint32Array(this.rows);
    for (let i = 0; i < this.rows; i++) codes[i] = this.dict[i + 1].trim() === '' ? 0 : i + 1;
    return codes;
  }

  /** Distinct non-empty values with their counts, for type inference. */
  distinct(): Distinct[] {
    if (this.numbers !== null) this.leaveNumbers();
    const out: Distinct[] = [];
    if (this.index === null) {
      // Mostly distinct already: repeats are simply listed again (inference sums the counts).
      for (let k = 1; k < this.dict.length; k++) if (this.dict[k].trim() !== '') out.push({ value: this.dict[k], count: 1 });
      return out;
    }
    for (let k = 1; k < this.dict.length; k++) out.push({ value: this.dict[k], count: this.counts[k] });
    return out;
  }

  /**
   * The typed column. `bad` gets the number of non-empty cells that did not parse for the type
   * (they become empty) and the first such row (0-based).
   */
  build(spec: ColumnSpec, bad: { cells: number; firstRow: number }): Column {
    if (this.numbers !== null) {
      if (this.isNumeric && (spec.type ?? 'number') === 'number') return { name: this.name, type: 'number', values: this.numbers.slice(0, this.rows), decimal: '.' };
      this.leaveNumbers();
    }
    return columnFromDict(this.name, this.dict, this.codesOf(), spec, bad, this.index !== null);
  }
}

/**
 * The typed column of a dictionary-encoded one: row i holds `dict[codes[i]]`, code 0 the empty value. `bad` gets the
 * number of non-empty cells that did not parse for the type (they become empty) and the first such row (0-based).
 * `copyCodes`: `codes` is the builder's own buffer, so the column gets a copy.
 */
export function columnFromDict(
  name: string, dict: readonly string[], codes: Uint32Array, spec: ColumnSpec, bad: { cells: number; firstRow: number }, copyCodes: boolean,
): Column {
  const n = codes.length;
  const type = spec.type ?? 'text';
  const parse = (convert: (k: number) => number, emptyValue: number, isBad: (v: number) => boolean) => {
    const parsed = new Float64Array(dict.length);
    parsed[0] = emptyValue;
    for (let k = 1; k < dict.length; k++) parsed[k] = convert(k);
    for (let i = 0; i < n; i++) {
      if (codes[i] !== 0 && isBad(parsed[codes[i]])) {
        if (bad.cells++ === 0) bad.firstRow = i;
      }
    }
    return parsed;
  };
  if (type === 'number' || type === 'date') {
    const order = orderOfFormat(spec.format ?? 'YYYY-MM-DD');
    // A number too big for a double (1e309) is not a number: empty, and counted as not parsed.
    const finite = (v: number) => (v - v === 0 ? v : NaN);
    const parsed = parse((k) => (type === 'number' ? finite(parseNumber(dict[k], spec.decimal ?? '.')) : parseDate(dict[k], order)), NaN, Number.isNaN);
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = parsed[codes[i]];
    return { name, type, values };
  }
  if (type === 'boolean') {
    const parsed = parse((k) => {
      const v = dict[k].trim().toLowerCase();
      return v === 'yes' || v === 'true' || v === '1' ? 1 : v === 'no' || v === 'false' || v === '0' ? 0 : 2;
    }, 2, (v) => v === 2);
    const values = new Uint8Array(n);
    for (let i = 0; i < n; i++) values[i] = parsed[codes[i]];
    return { name, type, values };
  }
  const out: (string | null)[] = dict.slice();
  out[0] = null;
  return { name, type, codes: copyCodes ? codes.slice() : codes, dict: out, ...(type === 'tags' ? { separator: spec.separator ?? ';' } : {}) };
}
