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
  for (let i = 0; i < n;) {
    if (buf[i] < 0x80) { i++; continue; }
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
