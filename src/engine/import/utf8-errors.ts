// Finds the bytes of UTF-8 text that are not UTF-8, exactly where the WHATWG decoder (TextDecoder) puts a U+FFFD:
// one per maximal invalid subpart, so a reader can say which rows lost characters.

/**
 * The sequence starting at `buf[i]` (i < end): its length when valid, minus the length of the maximal invalid
 * subpart it starts, or 0 when `end` comes inside a sequence that is valid so far.
 */
function sequenceAt(buf: Uint8Array, i: number, end: number): number {
  const b = buf[i];
  if (b < 0x80) return 1;
  let need: number, lo = 0x80, hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lo = 0xa0; else if (b === 0xed) hi = 0x9f; }
  else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lo = 0x90; else if (b === 0xf4) hi = 0x8f; }
  else return -1;
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return 0;
    const c = buf[i + k];
    if (c < lo || c > hi) return -k;
    lo = 0x80; hi = 0xbf;
  }
  return need + 1;
}

/**
 * Scans `buf` for invalid sequences, calling `onError(start, length)` for each, and `onMulti` for each valid
 * multi-byte one. Returns where a sequence cut by the end of `buf` starts (buf.length when none); with `final`,
 * such a cut sequence is an error too.
 */
export function scanUtf8(buf: Uint8Array, final: boolean, onError: (start: number, length: number) => void, onMulti?: () => void): number {
  const n = buf.length;
  // Runs of ASCII are skipped four bytes at a time, from the first index whose address is a multiple of 4.
  const w0 = (4 - (buf.byteOffset & 3)) & 3;
  const words = n - w0 >= 4 ? new Uint32Array(buf.buffer, buf.byteOffset + w0, (n - w0) >> 2) : new Uint32Array(0);
  const wordsEnd = w0 + words.length * 4;
  for (let i = 0; i < n;) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      if (i >= w0 && ((i - w0) & 3) === 0) {
        for (let k = (i - w0) >> 2; i < wordsEnd && (words[k] & 0x80808080) === 0; k++) i += 4;
      }
      continue;
    }
    // The common two-byte letters (ə, ş, ı, Cyrillic …) without a call.
    if (b >= 0xc2 && b <= 0xdf && i + 1 < n && (buf[i + 1] & 0xc0) === 0x80) { i += 2; onMulti?.(); continue; }
    const r = sequenceAt(buf, i, n);
    if (r > 0) { i += r; onMulti?.(); continue; }
    if (r < 0) { onError(i, -r); i -= r; continue; }
    if (!final) return i;
    onError(i, n - i);
    return n;
  }
  return n;
}

/** Valid multi-byte sequences and invalid subparts in a sample (a sequence cut by its end counts as neither). */
export function utf8Counts(bytes: Uint8Array): { multi: number; invalid: number } {
  let multi = 0, invalid = 0;
  scanUtf8(bytes, false, () => invalid++, () => multi++);
  return { multi, invalid };
}

/**
 * Checks UTF-8 arriving in chunks: `check` gives the offsets in the chunk of each invalid subpart's first byte.
 * An offset is negative when the subpart began in the bytes that ended the previous chunk.
 */
export class Utf8Checker {
  private pending = new Uint8Array(0);

  check(chunk: Uint8Array, final: boolean): number[] {
    const held = this.pending.length;
    let buf = chunk;
    if (held) {
      buf = new Uint8Array(held + chunk.length);
      buf.set(this.pending);
      buf.set(chunk, held);
    }
    const bad: number[] = [];
    const cut = scanUtf8(buf, final, (s) => bad.push(s - held));
    this.pending = buf.slice(cut);
    return bad;
  }
}
