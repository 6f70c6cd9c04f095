// Receives the records of a file, feeds each column's builder, collects row-numbered warnings.

import type { ColumnSpec } from '../../model/types';
import type { ImportWarning } from '../api';
import type { Column } from '../table';
import { ByteColumnBuilder } from './byte-column-builder';
import type { ByteRecordSink } from './byte-csv-parser';
import { ColumnBuilder } from './column-builder';
import { type Cell, cellText, ValueColumnBuilder } from './value-column-builder';
import type { CsvSink } from './csv-parser';
import { ImportError } from './import-error';
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

/**
 * The widest table an import takes. Every column costs a builder, a profile and an entry in each column list of
 * the app (about 25 KB while importing, measured): 5,000 columns are some 125 MB and seconds, wider than any CRM or
 * survey export we know of; the 500,000 of a hostile 4.9 MB line would need gigabytes and minutes.
 */
export const MAX_COLUMNS = 5000;

/**
 * Refuses a header of `found` columns when it is wider than MAX_COLUMNS, before any column is built; `cut`: only
 * the header's start was read, so it has more than `found`.
 */
export function checkColumnCount(found: number, cut = false): void {
  if (found > MAX_COLUMNS) throw new ImportError(cut ? 'import.error.tooManyColumnsCut' : 'import.error.tooManyColumns', { found, limit: MAX_COLUMNS });
}

/**
 * Column names from a header row: blanks become "column N", a repeat gets " (2)", " (3)" … with the first number
 * no other column is called, so every name differs (`a,a (2),a` gives `a`, `a (2)`, `a (3)`) and the first of each
 * name is kept as written (trimmed).
 */
export function headerNames(cells: string[]): string[] {
  const bases = cells.map((raw, i) => raw.trim() || `column ${i + 1}`);
  const taken = new Set(bases);
  const first = new Set<string>();
  const next = new Map<string, number>();
  return bases.map((base) => {
    if (!first.has(base)) { first.add(base); return base; }
    let k = next.get(base) ?? 2, name = `${base} (${k})`;
    while (taken.has(name)) name = `${base} (${++k})`;
    next.set(base, k + 1);
    taken.add(name);
    return name;
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
    checkColumnCount(count);
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
      checkColumnCount(count); // before a string is made of each name
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

  /**
   * Sets the header (see headerNames; more than MAX_COLUMNS names are refused) and returns the column builders.
   */
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
