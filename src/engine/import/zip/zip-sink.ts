// Gathers the files of a zip into one table: columns matched by name (a column a file lacks is empty for its rows),
// each cell as the file wrote it, and a column naming the file each row came from.

import type { ImportWarning } from '../../api';
import { ColumnBuilder } from '../column-builder';
import { inferType } from '../infer-type';
import { Sink, type Builder } from '../table-sink';

/** One file's rows as text cells, and the delimiter it was read with. */
export interface FileRows {
  file: string;
  delimiter: string;
  names: string[];
  rows: number;
  cell(column: number, row: number): string;
}

/** A merged column's type is inferred from all its cells, with the delimiter of the files it came from (decimal commas). */
class MergedColumn extends ColumnBuilder {
  readonly delimiters = new Set<string>();

  inferred() {
    const [first, ...more] = this.delimiters;
    return inferType(this.distinct(), more.length || !first ? ',' : first);
  }
}

/** The file names are text, whatever they look like. */
class FileColumn extends ColumnBuilder {
  inferred() { return { type: 'text' as const }; }
}

export class ZipSink extends Sink {
  /** The first `keepRows` rows, for the preview grid. */
  firstRows: string[][] = [];
  private readonly firstFiles: string[] = [];
  private readonly columnOf = new Map<string, number>();
  /** Each file and the merged row its rows start at. */
  private readonly files: { file: string; start: number }[] = [];
  private total = 0;

  /** `fileColumn`: add the column naming each row's file (all files as one table). */
  constructor(private readonly keepRows: number, private readonly fileColumn: boolean) {
    super();
    this.header = [];
  }

  protected builder(name: string): Builder {
    return new MergedColumn(name);
  }

  /** Appends one file's rows. */
  add(part: FileRows): void {
    this.files.push({ file: part.file, start: this.total });
    const targets = part.names.map((name) => this.column(name, part.delimiter));
    targets.forEach((t, c) => {
      const b = this.builders[t] as MergedColumn;
      for (let r = 0; r < part.rows; r++) b.add(part.cell(c, r));
    });
    this.total += part.rows;
    for (const b of this.builders as MergedColumn[]) while (b.rows < this.total) b.add('');
    for (let r = 0; r < part.rows && this.firstRows.length < this.keepRows; r++) {
      const row: string[] = [];
      targets.forEach((t, c) => { row[t] = part.cell(c, r); });
      this.firstRows.push(row);
      this.firstFiles.push(part.file);
    }
  }

  /** The builder of column `name`, made (empty for the rows so far) when no earlier file had it. */
  private column(name: string, delimiter: string): number {
    let at = this.columnOf.get(name);
    if (at === undefined) {
      at = this.builders.length;
      this.columnOf.set(name, at);
      const b = new MergedColumn(name);
      for (let r = 0; r < this.total; r++) b.add('');
      this.builders.push(b);
      this.header!.push(name);
    }
    (this.builders[at] as MergedColumn).delimiters.add(delimiter);
    return at;
  }

  /** A file's own warnings, after one naming the file (their row numbers are the file's). */
  warnFile(file: string, warnings: ImportWarning[]): void {
    if (!warnings.length) return;
    super.warn({ row: 0, key: 'import.zip.warning.file', params: { file, count: warnings.length } });
    for (const w of warnings) super.warn({ ...w, params: { ...w.params, file } });
  }

  /**
   * Ends the table: the file column goes first, named `file` unless a data column is (then `file (2)` …); the preview
   * rows get every column.
   */
  close(): void {
    const width = this.builders.length;
    this.firstRows = this.firstRows.map((row, i) => {
      const full = Array.from({ length: width }, (_, c) => row[c] ?? '');
      return this.fileColumn ? [this.firstFiles[i], ...full] : full;
    });
    if (!this.fileColumn) return;
    let name = 'file';
    for (let n = 2; this.columnOf.has(name); n++) name = `file (${n})`;
    const files = new FileColumn(name);
    this.files.forEach(({ file, start }, i) => {
      const end = this.files[i + 1]?.start ?? this.total;
      for (let r = start; r < end; r++) files.add(file);
    });
    this.builders.unshift(files);
    this.header!.unshift(name);
  }

  /** A cell that does not read as its merged column's type is named by its file and its row there. */
  override warn(w: ImportWarning): void {
    if (!this.fileColumn || w.key !== 'import.warning.unparsed') return super.warn(w);
    const merged = w.row - 2;
    const at = this.files.findLast((f) => f.start <= merged) ?? this.files[0];
    const row = merged - at.start + 2;
    super.warn({ row, key: 'import.zip.warning.unparsed', params: { ...w.params, row, file: at.file } });
  }
}
