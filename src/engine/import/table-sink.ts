// Receives the records of a file, feeds each column's builder, collects row-numbered warnings.

import type { ColumnSpec } from '../../model/types';
import type { ImportWarning } from '../api';
import type { Column } from '../table';
import { ByteColumnBuilder } from './byte-column-builder';
import type { ByteRecordSink } from './byte-csv-parser';
import { ColumnBuilder } from './column-builder';
import { type Cell, cellText, ValueColumnBuilder } from './value-column-builder';
import type { CsvSink } from './csv-parser';
import type { Distinct } from './infer-type';

const MAX_WARNINGS = 100;

/** What the sink needs of a column builder (ColumnBuilder for text cells, ByteColumnBuilder for bytes). */
export interface Builder {
  readonly name: string;
  readonly rows: number;
  readonly isNumeric: boolean;
  /** The built text column's dictionary entries all differ (see profileColumn). */
  readonly distinctDict: boolean;
  distinct(): Distinct[];
  /** The type the cells themselves give (typed formats); undefined: inferred from `distinct()`. */
  inferred?(): (ColumnSpec & { type: NonNullable<ColumnSpec['type']> }) | undefined;
  build(spec: ColumnSpec, bad: { cells: number; firstRow: number }): Column;
}

/** Column names from a header row: blanks become "column N", repeats get " (2)". */
function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const base = raw.trim() || `column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** The columns being built and the warnings; the subclasses take records as text or as bytes. */
export abstract class Sink {
  header: string[] | null = null;
  builders: Builder[] = [];
  warnings: ImportWarning[] = [];
  private dropped = 0;

  /** `numeric`: columns the first rows show to be plain numbers (read without a dictionary). */
  constructor(protected readonly numeric = new Set<string>()) {}

  warn(w: ImportWarning): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(w);
    else this.dropped++;
  }

  protected abstract builder(name: string): Builder;

  /** Takes the header; false for a data row. */
  protected takeHeader(fields: string[], count: number): boolean {
    if (this.header) return false;
    this.header = headerNames(fields.slice(0, count));
    this.builders = this.header.map((h) => this.builder(h));
    return true;
  }

  protected checkWidth(count: number, record: number): void {
    const width = this.builders.length;
    if (count !== width) this.warn({ row: record, key: 'import.warning.fieldCount', params: { row: record, expected: width, found: count } });
  }

  finish(): ImportWarning[] {
    if (this.dropped) this.warnings.push({ row: 0, key: 'import.warning.more', params: { count: this.dropped } });
    return this.warnings;
  }
}

/** Records as text (CsvParser, JSON): cells go to ColumnBuilders; keeps the first `keepRows` rows for a preview. */
export class TableSink extends Sink implements CsvSink {
  firstRows: string[][] = [];

  constructor(private readonly keepRows = 0, numeric?: Set<string>) {
    super(numeric);
  }

  protected builder(name: string): Builder {
    return new ColumnBuilder(name, this.numeric.has(name));
  }

  record(fields: string[], count: number, record: number): void {
    if (this.takeHeader(fields, count)) return;
    this.checkWidth(count, record);
    const builders = this.builders as ColumnBuilder[], width = builders.length;
    for (let c = 0; c < width; c++) builders[c].add(c < count ? fields[c] : '');
    if (this.firstRows.length < this.keepRows) this.firstRows.push(fields.slice(0, width));
  }
}

/** The same for records given as bytes (ByteCsvParser): cells go to ByteColumnBuilders without becoming strings. */
export class ByteTableSink extends Sink implements ByteRecordSink {
  constructor(numeric: Set<string>, private readonly decode: (buf: Uint8Array, s: number, e: number) => string) {
    super(numeric);
  }

  protected builder(name: string): Builder {
    return new ByteColumnBuilder(name, this.numeric.has(name), this.decode);
  }

  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, record: number): void {
    if (!this.header) {
      const fields: string[] = [];
      for (let f = 0; f < count; f++) fields.push(this.decode(buf, starts[f], ends[f]));
      this.takeHeader(fields, count);
      return;
    }
    this.checkWidth(count, record);
    const builders = this.builders as ByteColumnBuilder[], width = builders.length;
    for (let c = 0; c < width; c++) {
      if (c < count) builders[c].add(buf, starts[c], ends[c]);
      else builders[c].add(buf, 0, 0);
    }
  }
}

/**
 * Typed cells (Excel, Parquet, Arrow): a reader gives the header with `columns`, then adds cells to each column's
 * builder, by row or a column at a time; `keep` holds the first `keepRows` rows for a preview.
 */
export class ValueTableSink extends Sink {
  firstRows: string[][] = [];

  constructor(private readonly keepRows = 0) {
    super();
  }

  protected builder(name: string): Builder {
    return new ValueColumnBuilder(name);
  }

  /** Sets the header (blank names become "column N", repeats get " (2)") and returns the column builders. */
  columns(names: string[]): ValueColumnBuilder[] {
    this.takeHeader(names, names.length);
    return this.builders as ValueColumnBuilder[];
  }

  /** Adds one row of cells (missing cells are empty); `record` is its 1-based row in the file, for warnings. */
  row(cells: readonly Cell[], record: number): void {
    const builders = this.builders as ValueColumnBuilder[], width = builders.length;
    if (cells.length > width) this.checkWidth(cells.length, record);
    for (let c = 0; c < width; c++) builders[c].add(cells[c]);
    this.keep(cells);
  }

  /** Keeps a row for the preview grid while it has fewer than `keepRows`. */
  keep(cells: readonly Cell[]): void {
    if (this.firstRows.length < this.keepRows) this.firstRows.push(this.builders.map((_, c) => cellText(cells[c])));
  }

  get wantsRows(): number {
    return this.keepRows - this.firstRows.length;
  }
}
