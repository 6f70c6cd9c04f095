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
 * Decodes the pages of a column chunk (`bytes`, starting at its first page) and adds the first `rows` values to
 * `target`, converted by `convert` when given; null for an empty cell. Returns how many rows the pages held, which
 * for a sound file is at least `rows`.
 */
export function readFlatColumn(
  bytes: Uint8Array, decoder: ColumnDecoder, rows: number, target: CellTarget, cell?: (v: unknown) => Cell,
): number {
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const maxDefinition = getMaxDefinitionLevel(decoder.schemaPath);
  let dictionary: ArrayLike<unknown> | undefined;
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
      dictionary = convert(readPlain(view, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length), decoder);
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
    const codes = dictionary && DICTIONARY.test(encoding) ? values as ArrayLike<number> : undefined;
    if (!codes) values = convert(values as never, decoder);
    const count = levels.length || values.length;
    const take = Math.min(count, rows - done);
    let v = 0;
    for (let i = 0; i < take; i++) {
      if (levels.length && levels[i] !== maxDefinition) { target.add(null); continue; }
      const raw = codes ? dictionary![codes[v++]] : values[v++];
      target.add(cell ? cell(raw) : raw as Cell);
    }
    done += count;
  }
  return done;
}
