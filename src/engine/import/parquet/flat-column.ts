// Reads one flat (not nested) column chunk page by page with hyparquet's page decoders, handing each row's value
// straight to a target: no array of the whole chunk, no row objects (hyparquet's own readColumn assembles every
// optional column value by value into one array first, which was most of an import's time).

import { parquetHeader } from 'hyparquet/src/column.js';
import { convert } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import type { Cell } from '../value-column-builder';

/** What hyparquet's decoders need to know of a column (its ColumnDecoder). */
export type ColumnDecoder = Parameters<typeof readDataPageV2>[2];

/** Where a column's cells go: a column builder, or the preview's list. */
export interface CellTarget { add(v: Cell): void }

const DICTIONARY = /_DICTIONARY$/;

/**
 * Values as cells, once per page or dictionary (not once per row of a dictionary-encoded page): converted by `cell`
 * when given, 64-bit integers as numbers while they are exact (beyond 2^53 they stay bigints, kept as digits).
 */
function cellsOf(values: ArrayLike<unknown>, cell: ((v: unknown) => Cell) | undefined): ArrayLike<Cell> {
  if (cell) return Array.from(values, cell);
  if (!(values instanceof BigInt64Array) && !(values instanceof BigUint64Array) && typeof values[0] !== 'bigint') return values as ArrayLike<Cell>;
  return Array.from(values as ArrayLike<bigint>, (b) => {
    const n = Number(b);
    return Number.isSafeInteger(n) ? n : b;
  });
}

/**
 * Decodes the pages of a column chunk (`bytes`, starting at its first page) and adds the first `rows` values to
 * `target`, converted by `cell` when given; null for an empty cell. Returns how many rows the pages held, which
 * for a sound file is at least `rows`.
 */
export function readFlatColumn(
  bytes: Uint8Array, decoder: ColumnDecoder, rows: number, target: CellTarget, cell?: (v: unknown) => Cell,
): number {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const maxDefinition = getMaxDefinitionLevel(decoder.schemaPath);
  let dictionary: ArrayLike<Cell> | undefined;
  let done = 0;
  while (done < rows && reader.offset < bytes.length) {
    const header = parquetHeader(reader);
    const page = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (page.length !== header.compressed_page_size) throw new Error('parquet page runs past the end of its column chunk');
    let levels: ArrayLike<number>, values: ArrayLike<unknown>, encoding: string;
    if (header.type === 'DICTIONARY_PAGE') {
      const plain = decompressPage(page, header.uncompressed_page_size, decoder.codec, decoder.compressors);
      const view = { view: new DataView(plain.buffer, plain.byteOffset, plain.byteLength), offset: 0 };
      dictionary = cellsOf(convert(readPlain(view, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length), decoder), cell);
      continue;
    } else if (header.type === 'DATA_PAGE') {
      const plain = decompressPage(page, header.uncompressed_page_size, decoder.codec, decoder.compressors);
      const data = readDataPage(plain, header.data_page_header!, decoder);
      levels = data.definitionLevels ?? []; values = data.dataPage; encoding = header.data_page_header!.encoding;
    } else if (header.type === 'DATA_PAGE_V2') {
      const data = readDataPageV2(page, header, decoder);
      levels = data.definitionLevels ?? []; values = data.dataPage; encoding = header.data_page_header_v2!.encoding;
    } else {
      continue; // an index page: nothing to read
    }
    const count = levels.length || values.length;
    const take = Math.min(count, rows - done);
    if (dictionary && DICTIONARY.test(encoding)) addCells(target, levels, maxDefinition, take, dictionary, values as ArrayLike<number>);
    else addCells(target, levels, maxDefinition, take, cellsOf(convert(values as never, decoder), cell));
    done += count;
  }
  return done;
}

/**
 * Adds `take` rows: a row whose definition level is below the column's maximum is null, the others take the next
 * value (through `codes` into `values` for a dictionary-encoded page). No levels: every row has a value.
 */
function addCells(
  target: CellTarget, levels: ArrayLike<number>, max: number, take: number, values: ArrayLike<Cell>, codes?: ArrayLike<number>,
): void {
  let v = 0;
  if (!levels.length) {
    if (codes) for (let i = 0; i < take; i++) target.add(values[codes[i]]);
    else for (let i = 0; i < take; i++) target.add(values[i]);
    return;
  }
  for (let i = 0; i < take; i++) {
    if (levels[i] !== max) target.add(null);
    else target.add(codes ? values[codes[v++]] : values[v++]);
  }
}

/**
 * How many bytes from the start of a column chunk hold its first `rows` rows, from the page headers within `head`
 * (the chunk's first bytes): the end of the page that reaches `rows`, or of the first page `head` cuts off (read
 * that much and ask again); undefined when `head` ends inside a page header.
 */
export function bytesForRows(head: Uint8Array, rows: number): number | undefined {
  const reader = { view: new DataView(head.buffer, head.byteOffset, head.byteLength), offset: 0 };
  let seen = 0;
  while (reader.offset < head.length) {
    let header;
    try { header = parquetHeader(reader); } catch { return undefined; }
    const end = reader.offset + header.compressed_page_size;
    if (end > head.length) return end;
    seen += header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
    if (seen >= rows) return end;
    reader.offset = end;
  }
  return undefined;
}
