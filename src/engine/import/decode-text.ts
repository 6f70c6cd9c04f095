// Decodes a file's bytes chunk by chunk, and says where in the text a U+FFFD stands for bytes that were not text.

import { scanUtf8 } from './utf8-errors';

/** Text decoded from one chunk; `bad`: offsets in `text` of each U+FFFD put for bytes that are not UTF-8. */
export interface Decoded { text: string; bad: number[] }

/** A streaming decoder; `final` flushes what a chunk's end cut. Throws RangeError for an unknown encoding. */
export interface ChunkDecoder {
  decode(bytes: Uint8Array, final: boolean): Decoded;
}

/**
 * The decoder for `encoding` (a TextDecoder label). A BOM is kept as U+FEFF (the caller drops the first).
 * UTF-8 is decoded run by run between invalid subparts, each of which becomes one U+FFFD, as TextDecoder does.
 */
export function chunkDecoder(encoding: string): ChunkDecoder {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  if (decoder.encoding !== 'utf-8') {
    return { decode: (bytes, final) => ({ text: decoder.decode(bytes, { stream: !final }), bad: [] }) };
  }
  let pending = new Uint8Array(0);
  return {
    decode(bytes, final) {
      let buf = bytes;
      if (pending.length) {
        buf = new Uint8Array(pending.length + bytes.length);
        buf.set(pending);
        buf.set(bytes, pending.length);
      }
      let text = '', from = 0;
      const bad: number[] = [];
      const cut = scanUtf8(buf, final, (start, length) => {
        if (start > from) text += decoder.decode(buf.subarray(from, start));
        bad.push(text.length);
        text += '\uFFFD';
        from = start + length;
      });
      if (cut > from) text += decoder.decode(buf.subarray(from, cut));
      pending = buf.slice(cut);
      return { text, bad };
    },
  };
}
