// The importer: sniff a file, preview it, then stream it into a typed, dictionary-encoded Table.

import type { ColumnSpec } from '../../model/types';
import type { ColumnProfile, FileFormat, ImportOptions, ImportPreview, TableSummary } from '../api';
import { profileTable } from '../profile';
import type { Column, Table } from '../table';
import { ByteCsvParser } from './byte-csv-parser';
import { CsvParser } from './csv-parser';
import { chunkDecoder } from './decode-text';
import { isIdentifierName } from './identifier-names';
import { ImportError } from './import-error';
import { inferType } from './infer-type';
import type { FormatReader, Progress } from './reader';
import { JsonSink } from './json-sink';
import { previewJson, readJson } from './json-stream';
import { sniffFormat } from './read-records';
import { sniffDelimiter } from './sniff-delimiter';
import { sniffBinary } from './sniff-binary';
import { sniffEncoding } from './sniff-encoding';
import { ByteTableSink, checkColumnCount, type Sink, TableSink } from './table-sink';
import { Utf8Checker } from './utf8-errors';

export { ImportError } from './import-error';

const SAMPLE_BYTES = 256 * 1024;
const TAIL_BYTES = 64 * 1024;
const CHUNK_BYTES = 4 * 1024 * 1024;

type BinaryFormat = 'xlsx' | 'parquet' | 'arrow' | 'zip';
const isBinary = (f: FileFormat): f is BinaryFormat => f === 'xlsx' || f === 'parquet' || f === 'arrow' || f === 'zip';

/** The reader of a binary format, loaded when first needed (a CSV import never loads them). */
const READERS: Record<BinaryFormat, () => Promise<FormatReader>> = {
  xlsx: () => import('./xlsx/index').then((m) => m.xlsxReader),
  parquet: () => import('./parquet/index').then((m) => m.parquetReader),
  arrow: () => import('./arrow/index').then((m) => m.arrowReader),
  zip: () => import('./zip/index').then((m) => m.zipReader),
};

/** `bad`: offsets in `sample` of U+FFFD standing for bytes that are not text. */
type Sniffed = { options: ImportOptions; sample: string; whole: boolean; bad?: number[] };

/** Sniffs format, encoding and delimiter from the start of the file; explicit options win. */
async function sniff(file: Blob, options: Partial<ImportOptions> = {}): Promise<Sniffed> {
  if (file.size === 0) throw new ImportError('import.error.empty');
  const bytes = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  const tail = file.size <= SAMPLE_BYTES ? bytes : new Uint8Array(await file.slice(Math.max(0, file.size - TAIL_BYTES)).arrayBuffer());
  const kind = sniffBinary(bytes, tail);
  if (kind === 'ole' || kind === 'xls' || kind === 'encrypted') throw new ImportError(`import.error.${kind}`);
  if (kind === 'feather1') throw new ImportError('import.error.feather1', { old: 'Feather v1', new: 'Feather v2' });
  if (kind) {
    const format = options.format && isBinary(options.format) ? options.format : kind;
    return { options: { delimiter: ',', encoding: 'utf-8', columns: {}, ...options, format }, sample: '', whole: false };
  }
  const encoding = options.encoding ?? sniffEncoding(bytes);
  const whole = file.size <= SAMPLE_BYTES;
  let sample: string, bad: number[];
  try { ({ text: sample, bad } = firstText(chunkDecoder(encoding).decode(bytes, whole))); } catch {
    throw new ImportError('import.error.encoding', { encoding });
  }
  if (sample.trim() === '') throw new ImportError('import.error.empty');
  if (/\u0000/.test(sample.slice(0, 4096))) throw new ImportError('import.error.binary');
  const format = options.format ?? sniffFormat(sample);
  const delimiter = options.delimiter ?? sniffDelimiter(sample);
  return { options: { format, delimiter, encoding, columns: options.columns ?? {} }, sample, whole, bad };
}

/** The first decoded text of a file, without its BOM. */
function firstText(d: { text: string; bad: number[] }): { text: string; bad: number[] } {
  return d.text.charCodeAt(0) === 0xfeff ? { text: d.text.slice(1), bad: d.bad.map((o) => o - 1) } : d;
}

/** Builds the typed columns; inferred specs are overridden by the user's. */
function buildColumns(sink: Sink, options: ImportOptions): Column[] {
  return sink.builders.map((b) => {
    let inferred: ColumnSpec = b.inferred?.() ?? (b.isNumeric ? { type: 'number', decimal: '.' } : inferType(b.distinct(), options.delimiter));
    // Postal codes and phone numbers are identifiers: text, even when every one is a number.
    if (inferred.type === 'number' && isIdentifierName(b.name)) inferred = { type: 'text' };
    const spec: ColumnSpec = { ...inferred, ...options.columns[b.name] };
    const bad = { cells: 0, firstRow: -1 };
    const column = b.build(spec, bad);
    if (bad.cells) {
      // A JSON row is numbered by its item or line in the file; a delimited one by its line after the header.
      const row = sink instanceof JsonSink ? sink.recordOf(bad.firstRow) : bad.firstRow + 2;
      sink.warn({ row, key: 'import.warning.unparsed', params: { column: b.name, count: bad.cells, type: spec.type ?? 'text', row } });
    }
    if (column.type === 'date') column.format = spec.format;
    if (column.type === 'number') column.decimal = spec.decimal;
    return column;
  });
}

/** The table the sink's records make, and its column profiles; a file without a header row is refused. */
function tableOf(sink: Sink, options: ImportOptions, id: string): { table: Table; profiles: ColumnProfile[] } {
  if (!sink.header) throw new ImportError('import.error.empty');
  const table: Table = { id, rowCount: sink.builders[0]?.rows ?? 0, columns: buildColumns(sink, options) };
  return { table, profiles: profileTable(table, sink.builders.map((b) => b.distinctDict)) };
}

/** The length of `sample` up to its last line break (LF, CRLF or a lone CR, as old Mac files end their lines). */
const lastBreak = (sample: string) => Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r')) + 1;

/**
 * Parses the sniffed start of a delimited file into `sink`; without the whole file, the last (possibly cut) line is
 * dropped. `preview`: a header longer than the sample is refused when its start already has too many columns, else
 * read as far as the sample goes.
 */
function parseSample(sink: TableSink, sample: string, whole: boolean, options: ImportOptions, bad?: number[], preview = false): void {
  const lines = whole ? sample.length : lastBreak(sample);
  if (!lines && preview) {
    const probe = new CsvParser(options.delimiter, { record: (_, count) => checkColumnCount(count - 1, true) });
    probe.push(sample);
    probe.end();
  }
  const parser = new CsvParser(options.delimiter, sink);
  // A preview of a header longer than the sample shows the names it holds (the last one cut) rather than none.
  parser.push(!lines && preview ? sample : sample.slice(0, lines), bad);
  parser.end();
}

/** Columns whose values in the sample are plain numbers with a decimal point, unless the user chose otherwise. */
function numericColumns(sample: string, whole: boolean, options: ImportOptions): Set<string> {
  const sink = new TableSink();
  parseSample(sink, sample, whole, options);
  const out = new Set<string>();
  for (const b of sink.builders) {
    const own = options.columns[b.name];
    if (own?.type && own.type !== 'number') continue;
    if (own?.decimal === ',') continue;
    const spec = inferType(b.distinct(), options.delimiter);
    if (spec.type === 'number' && spec.decimal === '.') out.add(b.name);
  }
  return out;
}

/** Reads the start of a file: the options found, the columns as they would import, the first rows. */
export async function previewFile(file: Blob, options?: Partial<ImportOptions>): Promise<ImportPreview> {
  const { options: opts, sample, whole, bad } = await sniff(file, options);
  if (isBinary(opts.format)) {
    const reader = await READERS[opts.format]();
    const { sink, options: read, extra } = await reader.preview(file, opts, 50);
    const { profiles } = tableOf(sink, read, 'preview');
    return { options: read, columns: profiles, rows: sink.firstRows, warnings: sink.finish(), ...extra };
  }
  let all = whole;
  let sink: Sink & { firstRows: string[][] }, read: number | undefined;
  if (opts.format === 'csv') {
    parseSample((sink = new TableSink(50)) as TableSink, sample, whole, opts, bad, true);
  } else {
    // JSON is read from the sample too, to its last whole record (the whole file when its first record is longer).
    ({ sink, consumed: read, whole: all } = await previewJson(file, sample, whole, opts.format, opts.encoding, 50, bad));
  }
  const { profiles, table } = tableOf(sink, opts, 'preview');
  const rows = all ? { rowCount: table.rowCount, rowsExact: true } : { rowCount: estimateRows(table.rowCount, sample, file.size, read), rowsExact: false };
  return { options: opts, columns: profiles, rows: sink.firstRows, warnings: sink.finish(), ...rows };
}

/**
 * Rows in a text file read only in part: the rows per byte of the characters read (up to the last line break, or
 * `chars`) × the file's size.
 */
function estimateRows(rows: number, sample: string, size: number, chars = lastBreak(sample)): number {
  const read = Math.min(size, SAMPLE_BYTES) * (chars / sample.length);
  return read > 0 ? Math.round((rows * size) / read) : rows;
}

export function abortError(): DOMException {
  return new DOMException('The import was cancelled', 'AbortError');
}

/**
 * Encodings in which every byte below 0x80 is that ASCII character, so delimiters, quotes and line breaks can be
 * found in the bytes: UTF-8 and the single-byte code pages (by the decoder's canonical name).
 */
export function asciiCompatible(encoding: string): boolean {
  let name: string;
  try { name = new TextDecoder(encoding).encoding; } catch { return false; }
  return /^(utf-8|windows-\d+|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/.test(name);
}


/**
 * How much to read next: a chunk, or as much as the parser holds back when more (a record, e.g. a quote that
 * never closes, running over many chunks is rescanned from its start on every push: reading geometrically more
 * keeps that linear in the file's size).
 */
const chunkSize = (pending: number) => Math.max(CHUNK_BYTES, pending);

/** Reads a delimited file as text, chunk by chunk. */
async function readText(file: Blob, opts: ImportOptions, numeric: Set<string>, onProgress: Progress, signal?: AbortSignal): Promise<TableSink> {
  const sink = new TableSink(0, numeric);
  const parser = new CsvParser(opts.delimiter, sink);
  const decoder = chunkDecoder(opts.encoding);
  let first = true;
  for (let at = 0; at < file.size;) {
    if (signal?.aborted) throw abortError();
    const bytes = new Uint8Array(await file.slice(at, (at += chunkSize(parser.pending))).arrayBuffer());
    let decoded = decoder.decode(bytes, false);
    if (first && decoded.text) { decoded = firstText(decoded); first = false; }
    parser.push(decoded.text, decoded.bad);
    onProgress?.(Math.min(1, at / file.size));
  }
  const rest = decoder.decode(new Uint8Array(0), true);
  const last = first ? firstText(rest) : rest;
  parser.push(last.text, last.bad);
  parser.end();
  if (parser.unterminated) sink.warn({ row: 0, key: 'import.warning.unterminated' });
  return sink;
}

/** Reads a delimited file in an ASCII-compatible encoding as bytes: only distinct values are decoded. */
async function readBytes(file: Blob, opts: ImportOptions, numeric: Set<string>, onProgress: Progress, signal?: AbortSignal): Promise<ByteTableSink> {
  const decoder = new TextDecoder(opts.encoding, { ignoreBOM: true });
  const decode = (buf: Uint8Array, s: number, e: number) => decoder.decode(buf.subarray(s, e));
  const sink = new ByteTableSink(numeric, decode);
  const parser = new ByteCsvParser(opts.delimiter.charCodeAt(0), sink, decode);
  // UTF-8 is checked as it streams, so rows with bytes that are not UTF-8 (read as U+FFFD) are named in a warning.
  const checker = decoder.encoding === 'utf-8' ? new Utf8Checker() : null;
  for (let at = 0; at < file.size;) {
    if (signal?.aborted) throw abortError();
    const from = at;
    let bytes = new Uint8Array(await file.slice(from, (at += chunkSize(parser.pending))).arrayBuffer());
    if (from === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && decoder.encoding === 'utf-8') bytes = bytes.subarray(3);
    parser.push(bytes, checker?.check(bytes, false));
    onProgress?.(Math.min(1, at / file.size));
  }
  parser.end(checker?.check(new Uint8Array(0), true));
  if (parser.unterminated) sink.warn({ row: 0, key: 'import.warning.unterminated' });
  return sink;
}

/**
 * Streams the whole file into a table. Throws ImportError when the file cannot be read, AbortError when cancelled.
 * `text`: read a delimited file as text even when its bytes could be read directly (for tests: both give one table).
 */
export async function importFile(
  file: Blob, tableId: string, name: string, options?: Partial<ImportOptions>,
  onProgress?: (fraction: number) => void, signal?: AbortSignal, text = false,
): Promise<{ table: Table; summary: TableSummary }> {
  const { options: opts, sample, whole } = await sniff(file, options);
  let sink: Sink;
  if (isBinary(opts.format)) {
    sink = await (await READERS[opts.format]()).read(file, opts, onProgress, signal);
  } else if (opts.format === 'csv') {
    const numeric = numericColumns(sample, whole, opts);
    const bytes = !text && asciiCompatible(opts.encoding) && opts.delimiter.charCodeAt(0) < 0x80;
    sink = await (bytes ? readBytes : readText)(file, opts, numeric, onProgress, signal);
  } else {
    sink = await readJson(file, opts.format, opts.encoding, onProgress, signal);
  }
  if (signal?.aborted) throw abortError();
  const { table, profiles } = tableOf(sink, opts, tableId);
  return { table, summary: { id: tableId, name, rowCount: table.rowCount, columns: profiles, warnings: sink.finish() } };
}
