// A Blob (a File in the browser, openAsBlob in Node) as hyparquet's AsyncBuffer: each read is one slice of the file.

import type { AsyncBuffer } from 'hyparquet';

/** Reads `blob` on demand, a byte range at a time, so only the parts hyparquet asks for are ever in memory. */
export function blobBuffer(blob: Blob): AsyncBuffer {
  return { byteLength: blob.size, slice: (start, end) => blob.slice(start, end).arrayBuffer() };
}
