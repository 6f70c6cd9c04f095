// Receives JSON objects one by one: a column per key in the order keys are first seen (a key first seen late still
// becomes a column, empty in the rows before), each value as text.

import { ColumnBuilder } from './column-builder';
import { rawNumbers } from './json-raw-numbers';
import { cellText } from './read-records';
import { checkColumnCount, MAX_COLUMNS, Sink, type Builder } from './table-sink';

/** How the file counts its records in warnings: items of a list, or lines of NDJSON. */
export type JsonUnit = 'item' | 'line';

export class JsonSink extends Sink {
  /** The first `keepRows` rows as text cells, for the preview grid (padded when a column comes later). */
  firstRows: string[][] = [];
  /** Records that were objects, and those that were valid JSON but not objects. */
  objects = 0;
  others = 0;
  private readonly columnOf = new Map<string, number>();
  private readonly names = new Set<string>();
  /** For each column, the last object (1-based) that gave it a value. */
  private filled: number[] = [];
  /** Each row's item or line number in the file (items that were not objects are no rows). */
  private records = new Int32Array(1024);

  constructor(private readonly keepRows = 0) {
    super();
  }

  protected builder(name: string): Builder {
    return new ColumnBuilder(name);
  }

  /**
   * Adds a parsed record, `source` its text (for numbers as written: '' when it has none String would not give back,
   * `checked` when it surely has one); one that is not an object is skipped with a warning naming record `n`.
   */
  add(value: unknown, n: number, unit: JsonUnit, source = '', checked = false): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.others++;
      const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
      this.warn({ row: n, key: unit === 'item' ? 'import.json.itemNotObject' : 'import.json.lineNotObject', params: { row: n, kind } });
      return;
    }
    const row = ++this.objects, builders = this.builders as ColumnBuilder[], filled = this.filled;
    if (row > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    this.records[row - 1] = n;
    const kept = this.firstRows.length < this.keepRows ? [] as string[] : null;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // A record wider than the limit: counted (the columns so far and its new keys) and refused before they are built.
    if (builders.length + keys.length > MAX_COLUMNS) checkColumnCount(builders.length + keys.filter((k) => !this.columnOf.has(k)).length);
    const raw = source ? rawNumbers(source, checked) : null;
    for (const key of keys) {
      const v = record[key];
      const c = this.columnOf.get(key) ?? this.addColumn(key, typeof v === 'number');
      let text: string;
      try { text = (typeof v === 'number' && raw?.get(key)) || cellText(v); } catch (e) {
        // A value nested deeper than the stack reaches (JSON.parse itself reads it): said, and left empty.
        if (!(e instanceof RangeError)) throw e;
        text = '';
        this.warn({ row: n, key: unit === 'item' ? 'import.json.itemTooDeep' : 'import.json.lineTooDeep', params: { row: n, column: this.header![c] } });
      }
      builders[c].add(text);
      filled[c] = row;
      if (kept) kept[c] = text;
    }
    for (let c = 0; c < builders.length; c++) if (filled[c] !== row) builders[c].add('');
    if (kept) this.firstRows.push(Array.from({ length: builders.length }, (_, c) => kept[c] ?? ''));
  }

  /** The item or line number in the file of row `row` (0-based), for warnings about a column's cells. */
  recordOf(row: number): number {
    return this.records[row];
  }

  /**
   * A new column for `key`, empty in every earlier row; `numeric` when its first value is a number, so the column
   * starts on the builder's typed fast path (and leaves it, each cell as written, at its first text).
   */
  private addColumn(key: string, numeric: boolean): number {
    const c = this.builders.length;
    const base = key.trim() || `column ${c + 1}`;
    let name = base;
    for (let k = 2; this.names.has(name); k++) name = `${base} (${k})`;
    this.names.add(name);
    const builder = new ColumnBuilder(name, numeric);
    for (let i = 1; i < this.objects; i++) builder.add('');
    (this.header ??= []).push(name);
    this.builders.push(builder);
    this.filled.push(0);
    this.columnOf.set(key, c);
    for (const r of this.firstRows) r.push('');
    return c;
  }
}
