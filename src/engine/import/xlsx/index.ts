// Reads Excel workbooks (.xlsx) in the worker: every sheet listed with its row count, the first sheet with a header
// row preselected, the header row found (or chosen), an Excel table object's range used when the sheet has one.

import type { ImportOptions, SheetInfo } from '../../api';
import { abortError } from '../index';
import { ImportError } from '../import-error';
import type { FormatReader } from '../reader';
import { ValueTableSink } from '../table-sink';
import { fillSink } from './fill-sink';
import { allSheetRows, type SheetRows, sheetRows } from './read-cells';
import { type SheetRange, sheetRange } from './sheet-range';
import { sheetBytes, unreadCellWarnings } from './unread-cells';
import { contentKey, forgetWorkbook, heldWorkbook, holdWorkbook } from './workbook-cache';
import { type SheetPart, workbookParts } from './workbook-parts';

interface Book { zip: Uint8Array; key: string; parts: SheetPart[] }

/** The workbook's bytes and its sheets; a zip that does not open is a damaged workbook. */
async function openBook(file: Blob): Promise<Book> {
  const zip = new Uint8Array(await file.arrayBuffer());
  let parts: SheetPart[];
  try { parts = workbookParts(zip); } catch (e) {
    throw new ImportError('import.error.xlsxDamaged', { detail: e instanceof Error ? e.message : String(e) });
  }
  if (!parts.length) throw new ImportError('import.error.xlsxDamaged', { detail: 'xl/workbook.xml lists no sheet' });
  return { zip, key: contentKey(zip), parts };
}

/** The 0-based index of the sheet named `name`; an unknown name is refused with the names there are. */
function sheetIndex(book: Book, name: string): number {
  const i = book.parts.findIndex((p) => p.name === name);
  if (i < 0) throw new ImportError('import.error.xlsxSheet', { sheet: name, sheets: book.parts.map((p) => p.name).join(', ') });
  return i;
}

/**
 * How the preview lists a sheet: its rows below the header, or all its filled rows when it has no header row; a
 * pivot's header is no clear header, so it is not offered as one.
 */
function sheetInfo(part: SheetPart, range: SheetRange | undefined): SheetInfo {
  const info: SheetInfo = { name: part.name, rows: range ? range.rows + (range.found ? 0 : 1) : 0 };
  if (range?.found && range.headerRow && !part.pivot) info.headerRow = range.headerRow;
  if (range?.table) info.table = range.table;
  return info;
}

/**
 * The first sheet with a header row and data below it, else with a header row, else the first with any cell; a
 * sheet shown in Excel before a hidden one.
 */
function preselect(parts: SheetPart[], infos: SheetInfo[], ranges: (SheetRange | undefined)[]): number {
  const tests = [(i: number) => !!infos[i].headerRow && infos[i].rows > 0, (i: number) => !!infos[i].headerRow, (i: number) => !!ranges[i]];
  for (const hidden of [false, true]) {
    for (const test of tests) {
      const at = parts.findIndex((p, i) => p.hidden === hidden && test(i));
      if (at >= 0) return at;
    }
  }
  return 0;
}

interface Sheets { all: (SheetRows | ImportError)[]; ranges: (SheetRange | undefined)[]; infos: SheetInfo[]; preselected: number }

/**
 * Every sheet's rows (or why it does not read), its range as found, how the preview lists it, the one preselected;
 * held for the next preview or the import of the same workbook.
 */
function readSheets(book: Book, signal?: AbortSignal): Promise<Sheets> {
  return abortable(heldWorkbook<Sheets>(book.key) ?? holdWorkbook(book.key, readAll(book)), signal);
}

/** Reads every sheet of the workbook and finds each one's range. */
async function readAll(book: Book): Promise<Sheets> {
  const all = await allSheetRows(book.zip.buffer as ArrayBuffer, book.parts.map((p) => p.name));
  const ranges = book.parts.map((p, i) => (all[i] instanceof ImportError ? undefined : sheetRange(p.name, (all[i] as SheetRows | undefined) ?? [], p.tables)));
  const infos = book.parts.map((p, i) => sheetInfo(p, ranges[i]));
  return { all, ranges, infos, preselected: preselect(book.parts, infos, ranges) };
}

/** The chosen sheet's rows; a sheet that did not read is refused with its own message. */
function rowsOf(all: (SheetRows | ImportError)[], index: number): SheetRows {
  const rows = all[index];
  if (rows instanceof ImportError) throw rows;
  return rows ?? [];
}

/** The range read from the chosen sheet: the one found (`found`, when already known), or below `options.headerRow`. */
function rangeOf(book: Book, index: number, rows: SheetRows, options: ImportOptions, found?: SheetRange): SheetRange {
  const part = book.parts[index];
  const range = options.headerRow === undefined && found ? found : sheetRange(part.name, rows, part.tables, options.headerRow);
  if (!range) throw new ImportError('import.error.xlsxEmptySheet', { sheet: part.name });
  return range;
}

/** `promise`, or an AbortError as soon as `signal` aborts (read-excel-file cannot be stopped midway). */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const stop = () => reject(abortError());
    signal.addEventListener('abort', stop, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * The sheet's XML bytes (to find the cells read-excel-file reads as empty), inflated while read-excel-file parses:
 * at once for the sheet named in the options, else for the first worksheet; `of(index)` gives the chosen sheet's.
 */
function sheetXml(book: Book, options: ImportOptions) {
  const first = options.sheet !== undefined ? sheetIndex(book, options.sheet) : book.parts.findIndex((p) => p.path);
  const early = sheetBytes(book.zip, book.parts[first]?.path);
  return { of: (index: number) => (index === first ? early : sheetBytes(book.zip, book.parts[index].path)) };
}

/** Reads the range into a sink, the unread cells warned about first; returns it and the rows it took. */
async function readRange(
  xml: Uint8Array | undefined, rows: SheetRows, range: SheetRange, keepRows: number, progress?: (done: number) => void, signal?: AbortSignal,
): Promise<{ sink: ValueTableSink; added: number }> {
  const sink = new ValueTableSink(keepRows);
  const unread = unreadCellWarnings(xml, range);
  for (const w of unread.warnings) sink.warn(w);
  const added = await fillSink(sink, rows, range, unread.rows, progress, signal);
  return { sink, added };
}

export const xlsxReader: FormatReader = {
  async preview(file, options, keepRows) {
    const book = await openBook(file);
    const xml = sheetXml(book, options);
    // Every sheet is read, to list its row count.
    const { all, ranges, infos, preselected } = await readSheets(book);
    const index = options.sheet === undefined ? preselected : sheetIndex(book, options.sheet);
    const rows = rowsOf(all, index);
    const range = rangeOf(book, index, rows, options, ranges[index]);
    // All rows go to the builders, so the preview shows the column types the import will give.
    const { sink, added } = await readRange(await xml.of(index), rows, range, keepRows);
    return {
      sink,
      options: { ...options, sheet: book.parts[index].name, headerRow: range.headerRow },
      extra: { sheets: infos, rowCount: added, rowsExact: true },
    };
  },

  async read(file, options, onProgress, signal) {
    const book = await openBook(file);
    const xml = sheetXml(book, options);
    onProgress?.(0.05);
    let index: number, rows: SheetRows, found: SheetRange | undefined;
    const held = heldWorkbook<Sheets>(book.key);
    if (options.sheet !== undefined && !held) {
      // Only the sheet named is parsed.
      index = sheetIndex(book, options.sheet);
      rows = await abortable(sheetRows(book.zip.buffer as ArrayBuffer, index + 1, options.sheet), signal);
    } else {
      const sheets = await readSheets(book, signal);
      index = options.sheet === undefined ? sheets.preselected : sheetIndex(book, options.sheet);
      [rows, found] = [rowsOf(sheets.all, index), sheets.ranges[index]];
    }
    onProgress?.(0.8);
    const range = rangeOf(book, index, rows, options, found);
    const { sink } = await readRange(await xml.of(index), rows, range, 0, (done) => onProgress?.(0.8 + 0.2 * done), signal);
    // The import ends the preview's story: the rows held for it are let go.
    forgetWorkbook();
    onProgress?.(1);
    return sink;
  },
};
