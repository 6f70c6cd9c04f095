// Collects one column of typed cells (Excel, Parquet, Arrow): numbers, dates and booleans stay typed while the column
// holds only one kind; a column that mixes kinds or holds text becomes text, each cell as the file wrote it.

import type { ColumnSpec } from '../../model/types';
import type { Column } from '../table';
import { ColumnBuilder } from './column-builder';
import type { Distinct } from './infer-type';

/** A cell as a typed reader gives it; null, undefined and NaN are empty. */
export type Cell = string | number | bigint | boolean | Date | null | undefined;

const enum Kind { None, Number, Date, Boolean, Text }

/** Dates as text: the day alone at midnight UTC, else the time to the second (to the millisecond when it has one). */
export function dateCellText(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (ms % 86_400_000 === 0) return iso.slice(0, 10);
  return ms % 1000 === 0 ? iso.slice(0, 19).replace('T', ' ') : iso.slice(0, 23).replace('T', ' ');
}

/** The text of a typed cell, as a person reads it: numbers in full, dates ISO, booleans true / false; '' when empty. */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? '' : String(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const ms = v.getTime();
  return Number.isNaN(ms) ? '' : dateCellText(ms);
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export class ValueColumnBuilder {
  rows = 0;
  private kind = Kind.None;
  /** Numbers, dates (epoch ms) or booleans (0 / 1) while the column holds one kind; NaN is empty. */
  private values: Float64Array | null = new Float64Array(1024);
  /** Text mode: every cell so far as text. */
  private text: ColumnBuilder | null = null;
  /** An integer past 2^53 was seen: the column stays text (as a number it would lose digits). */
  private unsafe = false;

  constructor(readonly name: string) {}

  /** Typed columns are built from their values; `isNumeric` is for the text builders' fast path. */
  readonly isNumeric = false;

  get distinctDict(): boolean {
    return this.text ? this.text.distinctDict : true;
  }

  add(v: Cell): void {
    if (typeof v === 'bigint' && (v > SAFE || v < -SAFE)) this.unsafe = true;
    if (this.text) { this.text.add(cellText(v)); this.rows++; return; }
    let kind: Kind, x: number;
    if (v === null || v === undefined) { kind = Kind.None; x = NaN; }
    else if (typeof v === 'number') { kind = Number.isNaN(v) ? Kind.None : Number.isFinite(v) ? Kind.Number : Kind.Text; x = v; }
    else if (typeof v === 'bigint') { kind = v > SAFE || v < -SAFE ? Kind.Text : Kind.Number; x = Number(v); }
    else if (typeof v === 'boolean') { kind = Kind.Boolean; x = v ? 1 : 0; }
    else if (v instanceof Date) { x = v.getTime(); kind = Number.isNaN(x) ? Kind.None : Kind.Date; }
    else { kind = typeof v === 'string' && v.trim() === '' ? Kind.None : Kind.Text; x = NaN; }
    if (kind === Kind.Text || (kind !== Kind.None && this.kind !== Kind.None && kind !== this.kind)) {
      this.toText();
      this.text!.add(cellText(v));
      this.rows++;
      return;
    }
    if (kind !== Kind.None) this.kind = kind;
    let values = this.values!;
    if (this.rows === values.length) {
      values = new Float64Array(values.length * 2);
      values.set(this.values!);
      this.values = values;
    }
    values[this.rows++] = x;
  }

  /** The cells read so far become text cells; later ones are added as text. */
  private toText(): void {
    const text = new ColumnBuilder(this.name);
    const values = this.values!, kind = this.kind;
    for (let i = 0; i < this.rows; i++) {
      const x = values[i];
      text.add(Number.isNaN(x) ? '' : kind === Kind.Date ? dateCellText(x) : kind === Kind.Boolean ? (x ? 'true' : 'false') : String(x));
    }
    this.text = text;
    this.values = null;
    this.kind = Kind.Text;
  }

  /** The type the cells give, or undefined for text, whose type is inferred from its values as in a CSV. */
  inferred(): (ColumnSpec & { type: NonNullable<ColumnSpec['type']> }) | undefined {
    switch (this.kind) {
      case Kind.None: return { type: 'text' };
      case Kind.Number: return { type: 'number', decimal: '.' };
      case Kind.Date: return { type: 'date' };
      case Kind.Boolean: return { type: 'boolean' };
      default: return this.unsafe ? { type: 'text' } : undefined;
    }
  }

  distinct(): Distinct[] {
    if (!this.text) this.toText();
    return this.text!.distinct();
  }

  /** The typed column: its own kind when `spec` asks for it (or nothing), else its cells as text read by `spec`. */
  build(spec: ColumnSpec, bad: { cells: number; firstRow: number }): Column {
    const n = this.rows, values = this.values;
    const type = spec.type;
    if (values) {
      if (this.kind === Kind.Number && (type ?? 'number') === 'number') return { name: this.name, type: 'number', values: values.slice(0, n), decimal: '.' };
      if (this.kind === Kind.Date && (type ?? 'date') === 'date') return { name: this.name, type: 'date', values: values.slice(0, n) };
      if (this.kind === Kind.Boolean && (type ?? 'boolean') === 'boolean') {
        const out = new Uint8Array(n);
        for (let i = 0; i < n; i++) out[i] = Number.isNaN(values[i]) ? 2 : values[i];
        return { name: this.name, type: 'boolean', values: out };
      }
      this.toText();
    }
    return this.text!.build(spec, bad);
  }
}
