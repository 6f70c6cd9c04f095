// Opens a Parquet file: its footer, and how each top-level column is read (flat columns page by page, nested ones
// through hyparquet's scan), which columns cannot be read at all, and hyparquet's errors as ImportErrors.

import { type AsyncBuffer, type FileMetaData, parquetMetadataAsync, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { getTreePath, isFlatColumn } from 'hyparquet/src/schema.js';
import { ImportError } from '../import-error';
import type { Cell } from '../value-column-builder';
import { blobBuffer } from './blob-buffer';
import type { ColumnDecoder } from './flat-column';
import { cellKind, converter, parsers, typeName } from './parquet-cells';

/** A readable top-level column: `decoder` for a flat one (its codec is set per row group), none for a nested one. */
export interface SourceColumn { name: string; decoder?: Omit<ColumnDecoder, 'codec'>; convert?: (v: unknown) => Cell }

export interface Source {
  file: Blob;
  buffer: AsyncBuffer;
  metadata: FileMetaData;
  columns: SourceColumn[];
  /** Columns left out, with their Parquet type, for the warning. */
  skipped: { column: string; type: string }[];
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** Runs `read`, turning whatever hyparquet throws on a damaged file into an ImportError that says so. */
export async function guarded<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ImportError || isAbort(e)) throw e;
    throw new ImportError('import.error.parquetCorrupt', { detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Reads the footer and sorts the columns; a file cut short (no closing `PAR1`) is refused before anything else. */
export async function openParquet(file: Blob): Promise<Source> {
  const tail = new Uint8Array(await file.slice(Math.max(0, file.size - 4)).arrayBuffer());
  if (file.size < 12 || String.fromCharCode(...tail) !== 'PAR1') throw new ImportError('import.error.parquetTruncated');
  const buffer = blobBuffer(file);
  const metadata = await parquetMetadataAsync(buffer, { parsers });
  const tree = parquetSchema(metadata);
  const source: Source = { file, buffer, metadata, columns: [], skipped: [] };
  for (const column of tree.children) {
    const kind = cellKind(column), name = column.element.name;
    if (kind === 'unreadable') { source.skipped.push({ column: name, type: typeName(column) }); continue; }
    const schemaPath = getTreePath(tree, [name]);
    const flat = isFlatColumn(schemaPath) && column.element.type !== undefined;
    const decoder = flat ? {
      pathInSchema: [name], type: column.element.type!, element: column.element, schemaPath,
      parsers: { ...DEFAULT_PARSERS, ...parsers }, compressors, utf8: true,
    } : undefined;
    source.columns.push({ name, decoder, convert: converter(kind, column) });
  }
  if (!source.columns.length) throw new ImportError('import.error.parquetNoColumns', { columns: source.skipped.map((s) => s.column).join(', ') });
  return source;
}
