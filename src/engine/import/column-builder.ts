// Collects one column's cells as dictionary codes while parsing, then turns them into a typed Column.

import type { ColumnSpec } from '../../model/types';
import type { Column } from '../table';
import type { Distinct } from './infer-type';
import { orderOfFormat, parseDate } from './parse-date';
import { parseNumber } from './parse-number';

export class ColumnBuilder {
  private codes = new Uint32Array(1024);
  private index = new Map<string, number>([['', 0]]);
  /** dict[0] is the empty value. */
  readonly dict: string[] = [''];
  private counts: number[] = [0];
  rows = 0;

  constructor(readonly name: string) {}

  add(value: string): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = value.trim() === '' ? 0 : this.dict.length;
      if (code) { this.dict.push(value); this.counts.push(0); }
      this.index.set(value, code);
    }
    if (this.rows === this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.rows++] = code;
    this.counts[code]++;
  }

  /** Distinct non-empty values with their counts, for type inference. */
  distinct(): Distinct[] {
    const out: Distinct[] = [];
    for (let k = 1; k < this.dict.length; k++) out.push({ value: this.dict[k], count: this.counts[k] });
    return out;
  }

  /**
   * The typed column. `bad` gets the number of non-empty cells that did not parse for the type
   * (they become empty) and the first such row (0-based).
   */
  build(spec: ColumnSpec, bad: { cells: number; firstRow: number }): Column {
    const codes = this.codes.subarray(0, this.rows);
    const n = this.rows;
    const type = spec.type ?? 'text';
    const markBad = (parsed: ArrayLike<number>, isBad: (k: number) => boolean) => {
      for (let k = 1; k < parsed.length; k++) if (isBad(k)) bad.cells += this.counts[k];
      if (bad.cells) for (let i = 0; i < n; i++) if (isBad(codes[i]) && codes[i] !== 0) { bad.firstRow = i; break; }
    };
    if (type === 'number' || type === 'date') {
      const order = orderOfFormat(spec.format ?? 'YYYY-MM-DD');
      const parsed = new Float64Array(this.dict.length);
      parsed[0] = NaN;
      for (let k = 1; k < this.dict.length; k++) {
        parsed[k] = type === 'number' ? parseNumber(this.dict[k], spec.decimal ?? '.') : parseDate(this.dict[k], order);
      }
      markBad(parsed, (k) => Number.isNaN(parsed[k]));
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = parsed[codes[i]];
      return { name: this.name, type, values };
    }
    if (type === 'boolean') {
      const parsed = new Uint8Array(this.dict.length);
      parsed[0] = 2;
      for (let k = 1; k < this.dict.length; k++) {
        const v = this.dict[k].trim().toLowerCase();
        parsed[k] = v === 'yes' || v === 'true' || v === '1' ? 1 : v === 'no' || v === 'false' || v === '0' ? 0 : 2;
      }
      markBad(parsed, (k) => parsed[k] === 2);
      const values = new Uint8Array(n);
      for (let i = 0; i < n; i++) values[i] = parsed[codes[i]];
      return { name: this.name, type, values };
    }
    const dict: (string | null)[] = [null, ...this.dict.slice(1)];
    return { name: this.name, type, codes: codes.slice(), dict, ...(type === 'tags' ? { separator: spec.separator ?? ';' } : {}) };
  }
}
