// Collects one column's cells while parsing — dictionary-encoded while values repeat, as a plain list once
// they do not (ids, emails, amounts) — then turns them into a typed Column.

import type { ColumnSpec } from '../../model/types';
import type { Column } from '../table';
import type { Distinct } from './infer-type';
import { orderOfFormat, parseDate } from './parse-date';
import { parseNumber } from './parse-number';

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

  constructor(readonly name: string) {}

  add(value: string): void {
    if (this.index === null) {
      this.dict.push(own(value));
      this.rows++;
      return;
    }
    let code = this.index.get(value);
    if (code === undefined) {
      code = value.trim() === '' ? 0 : this.dict.length;
      if (code) { this.dict.push(own(value)); this.counts.push(0); }
      this.index.set(value, code);
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
    const codes = this.codesOf();
    const n = this.rows;
    const type = spec.type ?? 'text';
    const parse = (convert: (k: number) => number, emptyValue: number, isBad: (v: number) => boolean) => {
      const parsed = new Float64Array(this.dict.length);
      parsed[0] = emptyValue;
      for (let k = 1; k < this.dict.length; k++) parsed[k] = convert(k);
      for (let i = 0; i < n; i++) {
        if (codes[i] !== 0 && isBad(parsed[codes[i]])) {
          if (bad.cells++ === 0) bad.firstRow = i;
        }
      }
      return parsed;
    };
    if (type === 'number' || type === 'date') {
      const order = orderOfFormat(spec.format ?? 'YYYY-MM-DD');
      const parsed = parse((k) => (type === 'number' ? parseNumber(this.dict[k], spec.decimal ?? '.') : parseDate(this.dict[k], order)), NaN, Number.isNaN);
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = parsed[codes[i]];
      return { name: this.name, type, values };
    }
    if (type === 'boolean') {
      const parsed = parse((k) => {
        const v = this.dict[k].trim().toLowerCase();
        return v === 'yes' || v === 'true' || v === '1' ? 1 : v === 'no' || v === 'false' || v === '0' ? 0 : 2;
      }, 2, (v) => v === 2);
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) values[i] = parsed[codes[i]];
      return { name: this.name, type, values };
    }
    const dict: (string | null)[] = this.dict.slice();
    dict[0] = null;
    return { name: this.name, type, codes: codes.slice(), dict, ...(type === 'tags' ? { separator: spec.separator ?? ';' } : {}) };
  }
}
