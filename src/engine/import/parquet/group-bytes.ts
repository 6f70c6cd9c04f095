// The bytes of one row group's column chunks: read with one read of the file when the group is of a usual size (so
// reading the next group can start while this one is decoded), a column chunk at a time when it is huge (pyarrow
// writes a million rows to a group), or only their first bytes for a preview.

import type { RowGroup } from 'hyparquet';

/** One read covers a whole row group up to this size; a bigger group is read a column chunk at a time. */
const GROUP_READ = 64 * 2 ** 20;

/** One row group's bytes: `chunk(name, from, to)` is bytes [from, to) of the chunk of flat column `name` (or to its end). */
export interface GroupBytes { chunk(name: string, from?: number, to?: number): Promise<Uint8Array | undefined> }

/** The byte range of each flat column's chunk in `group`. */
function chunkRanges(group: RowGroup, names: ReadonlySet<string>, size: number): Map<string, [number, number]> {
  const ranges = new Map<string, [number, number]>();
  for (const chunk of group.columns) {
    const meta = chunk.meta_data;
    if (!meta || meta.path_in_schema.length !== 1 || !names.has(meta.path_in_schema[0])) continue;
    // Some writers (polars) leave dictionary_page_offset 0: the chunk then starts at its first data page.
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset), end = start + Number(meta.total_compressed_size);
    if (end > size) throw new Error(`parquet column chunk ends at byte ${end}, past the end of the file (${size} bytes)`);
    ranges.set(meta.path_in_schema[0], [start, end]);
  }
  return ranges;
}

const read = async (file: Blob, from: number, to: number) => new Uint8Array(await file.slice(from, to).arrayBuffer());

/**
 * Starts reading the chunks of the flat columns `names` of `group` from `file`; `whole`: read each chunk in full
 * when asked (a preview asks for the first bytes only and reads no more than asked).
 */
export function fetchGroup(file: Blob, group: RowGroup, names: ReadonlySet<string>, whole = true): GroupBytes {
  const ranges = chunkRanges(group, names, file.size);
  let from = Infinity, to = 0;
  for (const [a, b] of ranges.values()) { from = Math.min(from, a); to = Math.max(to, b); }
  const all = whole && ranges.size && to - from <= GROUP_READ ? read(file, from, to) : undefined;
  all?.catch(() => {}); // surfaced when a chunk is asked for, not as an unhandled rejection
  return {
    async chunk(name, start = 0, stop = Infinity) {
      const range = ranges.get(name);
      if (!range) return undefined;
      const a = range[0] + start, b = Math.min(range[1], range[0] + stop);
      return all ? (await all).subarray(a - from, b - from) : read(file, a, b);
    },
  };
}
