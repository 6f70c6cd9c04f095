// The bytes of one row group's column chunks, fetched with one read of the file (not one per column), so reading
// the next group can start while this one is decoded.

import type { RowGroup } from 'hyparquet';

/** One row group's bytes: `chunk(name)` is the column chunk of top-level flat column `name`. */
export interface GroupBytes { chunk(name: string): Uint8Array | undefined }

/** Reads the chunks of the flat columns `names` of `group` from `file` in one slice. */
export async function fetchGroup(file: Blob, group: RowGroup, names: ReadonlySet<string>): Promise<GroupBytes> {
  const ranges = new Map<string, [number, number]>();
  let from = Infinity, to = 0;
  for (const chunk of group.columns) {
    const meta = chunk.meta_data;
    if (!meta || meta.path_in_schema.length !== 1 || !names.has(meta.path_in_schema[0])) continue;
    // Some writers (polars) leave dictionary_page_offset 0: the chunk then starts at its first data page.
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset), end = start + Number(meta.total_compressed_size);
    ranges.set(meta.path_in_schema[0], [start, end]);
    from = Math.min(from, start);
    to = Math.max(to, end);
  }
  if (!ranges.size) return { chunk: () => undefined };
  if (to > file.size) throw new Error(`parquet column chunk ends at byte ${to}, past the end of the file (${file.size} bytes)`);
  const bytes = new Uint8Array(await file.slice(from, to).arrayBuffer());
  return {
    chunk(name) {
      const range = ranges.get(name);
      return range && bytes.subarray(range[0] - from, range[1] - from);
    },
  };
}
