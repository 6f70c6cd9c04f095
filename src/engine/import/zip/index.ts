// Reads a zip of text tables (a Mailchimp audience export: subscribed, unsubscribed, cleaned): lists them, imports
// one, or all as one table with a column naming each row's file. Each file goes through the text importer itself
// (its own encoding, delimiter and format sniffed, its own warnings), its cells taken as written.

import type { ColumnSpec } from '../../../model/types';
import type { ImportPreview } from '../../api';
import { cellValue, isDict, type Table } from '../../table';
import { ImportError } from '../import-error';
import { abortError, importFile, previewFile } from '../index';
import type { FormatReader } from '../reader';
import { sniffBinary } from '../sniff-binary';
import { extract, extractHead, isTable, listZip, type ZipFile } from './zip-files';
import { type FileRows, ZipSink } from './zip-sink';

/** `options.entry` for every table of the archive as one. */
const ALL = '*';

async function open(file: Blob): Promise<{ zip: Uint8Array; tables: ZipFile[] }> {
  const zip = new Uint8Array(await file.arrayBuffer());
  const tables = listZip(zip).filter((f) => isTable(f.name));
  if (!tables.length) throw new ImportError('import.zip.error.noTables');
  return { zip, tables };
}

/** The files to read: all, the one named, or else the largest (the subscribed list of a Mailchimp export). */
function chosen(tables: ZipFile[], entry: string | undefined): ZipFile[] {
  if (entry === ALL) return tables;
  if (entry === undefined) return [tables.reduce((a, b) => (b.size > a.size ? b : a))];
  const named = tables.find((f) => f.name === entry);
  if (!named) throw new ImportError('import.zip.error.noEntry', { file: entry });
  return [named];
}

/** How much of each file a preview inflates: more than the text importer's sample, so it reads as part of a file. */
const PREVIEW_BYTES = 1024 * 1024;

/**
 * A file of the archive (its first PREVIEW_BYTES for a preview) for the text importer; a binary one (a zip in the zip,
 * a workbook named .txt) is refused.
 */
function textFile(zip: Uint8Array, file: ZipFile, head = false): Blob {
  const bytes = head ? extractHead(zip, file, PREVIEW_BYTES) : extract(zip, file);
  if (sniffBinary(bytes.subarray(0, 256 * 1024), bytes.subarray(Math.max(0, bytes.length - 64 * 1024)))) {
    throw new ImportError('import.zip.error.notText', { file: file.name });
  }
  return new Blob([bytes as BlobPart]);
}

/** A file's imported table as text cells: text columns as written, others (a JSON key seen late) as shown. */
function tableRows(file: string, delimiter: string, table: Table): FileRows {
  return {
    file, delimiter, names: table.columns.map((c) => c.name), rows: table.rowCount,
    cell(c, r) {
      const column = table.columns[c];
      if (isDict(column)) return column.dict[column.codes[r]] ?? '';
      const v = cellValue(column, r);
      return v === null ? '' : String(v);
    },
  };
}

/** The file's preview rows (raw text cells) as the sink takes them. */
function previewRows(file: string, p: ImportPreview): FileRows {
  return { file, delimiter: p.options.delimiter, names: p.columns.map((c) => c.name), rows: p.rows.length, cell: (c, r) => p.rows[r][c] ?? '' };
}

/**
 * Reads each file with `read`; with all files as one table, one that is not a table is left out with a warning
 * (and if none is, the first one's error is the answer).
 */
async function each(files: ZipFile[], all: boolean, sink: ZipSink, read: (f: ZipFile) => Promise<void>): Promise<void> {
  let first: unknown, read1 = false;
  for (const f of files) {
    try {
      await read(f);
      read1 = true;
    } catch (e) {
      if (!all || !(e instanceof ImportError)) throw e;
      first ??= e;
      sink.warn({ row: 0, key: 'import.zip.warning.skipped', params: { file: f.name } });
    }
  }
  if (!read1) throw first;
  sink.close();
}

export const zipReader: FormatReader = {
  async preview(file, options, keep) {
    const { zip, tables } = await open(file);
    const files = chosen(tables, options.entry), all = options.entry === ALL;
    const sink = new ZipSink(keep, all);
    let rowCount = 0, rowsExact = true;
    await each(files, all, sink, async (f) => {
      const blob = textFile(zip, f, true), whole = blob.size >= f.size;
      const p = await previewFile(blob);
      sink.add(previewRows(f.name, p));
      sink.warnFile(f.name, p.warnings);
      // A file read in part: the estimate for its first bytes, scaled to its whole size.
      const rows = p.rowCount ?? p.rows.length;
      rowCount += whole ? rows : Math.round((rows * f.size) / blob.size);
      rowsExact &&= whole && (p.rowsExact ?? false);
    });
    return {
      sink, options: { ...options, entry: all ? ALL : files[0].name },
      extra: { entries: tables.map(({ name, size }) => ({ name, size })), rowCount, rowsExact },
    };
  },

  async read(file, options, onProgress, signal) {
    const { zip, tables } = await open(file);
    const files = chosen(tables, options.entry), all = options.entry === ALL;
    const sink = new ZipSink(0, all);
    const total = files.reduce((n, f) => n + f.size, 0) || 1;
    let done = 0;
    await each(files, all, sink, async (f) => {
      if (signal?.aborted) throw abortError();
      const blob = textFile(zip, f);
      // Every column as text, so each cell reaches the merged table as written; its type is inferred there.
      const { options: found, columns } = await previewFile(blob);
      const text = Object.fromEntries(columns.map((c): [string, ColumnSpec] => [c.name, { type: 'text' }]));
      const { table, summary } = await importFile(blob, 'zip', f.name, { columns: text }, (x) => onProgress?.((done + x * f.size) / total), signal);
      sink.add(tableRows(f.name, found.delimiter, table));
      sink.warnFile(f.name, summary.warnings);
      onProgress?.((done += f.size) / total);
    });
    if (signal?.aborted) throw abortError();
    return sink;
  },
};
