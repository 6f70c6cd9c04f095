// What a reader of a binary format (Excel, Parquet, Arrow, zip) gives the importer: a preview and a full read.

import type { ImportOptions, ImportPreview } from '../api';
import type { Sink } from './table-sink';

export type Progress = ((fraction: number) => void) | undefined;

export interface FormatReader {
  /**
   * Reads enough of `file` for a preview: the first `rows` rows into a sink (its `firstRows`, when it keeps them, feed
   * the grid), the options as completed by the reader (the sheet chosen …), and what only this format lists.
   */
  preview(file: Blob, options: ImportOptions, rows: number): Promise<{
    sink: Sink & { firstRows: string[][] };
    options: ImportOptions;
    extra: Pick<ImportPreview, 'rowCount' | 'rowsExact' | 'sheets' | 'entries'>;
  }>;
  /** Reads every row; reports progress 0..1; throws an AbortError (DOMException) once `signal` is aborted. */
  read(file: Blob, options: ImportOptions, onProgress: Progress, signal?: AbortSignal): Promise<Sink>;
}
