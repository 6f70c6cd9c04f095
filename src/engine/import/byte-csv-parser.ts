// The streaming RFC-4180 parser of CsvParser, over the bytes of an ASCII-compatible encoding (UTF-8, the Windows
// and ISO code pages): the same records, reported as byte ranges, so that a cell becomes a string only when a
// column needs one. In these encodings a delimiter, quote or line break byte is always that character.

import type { ImportWarning } from '../api';
import { RecordFlags } from './record-flags';

export interface ByteRecordSink {
  /**
   * One record: field f is `buf[starts[f], ends[f])`, quotes removed and `""` unescaped (the arrays are reused:
   * copy what you keep); `record` counts records from 1 (the header).
   */
  record(buf: Uint8Array, starts: Int32Array, ends: Int32Array, count: number, record: number): void;
  /** A row-numbered warning about a record, given before the record itself. */
  warn?(w: ImportWarning): void;
}

const QUOTE = 34;

/** True when bytes [s, e) are only spaces, tabs and line breaks; `decode` decides for non-ASCII text. */
export function blankBytes(buf: Uint8Array, s: number, e: number, decode: (buf: Uint8Array, s: number, e: number) => string): boolean {
  for (let i = s; i < e; i++) {
    const b = buf[i];
    if (b >= 0x80) return decode(buf, s, e).trim() === '';
    if (b !== 32 && (b < 9 || b > 13)) return false;
  }
  return true;
}

/** Reads as CsvParser does: runs of spaces for delimiter `' '`, a field not quoted as a whole as written, with a warning. */
export class ByteCsvParser {
  private carry: Uint8Array | null = null;
  private records = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** 1 when the field is quoted and holds `""` pairs. */
  private escaped = new Uint8Array(64);
  /** True when the input ended inside a quoted field. */
  unterminated = false;
  private readonly flags: RecordFlags;

  constructor(
    private readonly d: number,
    private readonly sink: ByteRecordSink,
    private readonly decode: (buf: Uint8Array, s: number, e: number) => string,
  ) {
    this.flags = new RecordFlags(sink);
  }

  /**
   * Feeds more bytes (the parser may change them); complete records are emitted, the incomplete tail is kept.
   * `bad`: offsets in `chunk` of bytes that are not text (see Utf8Checker), so their rows are named in a warning.
   */
  push(chunk: Uint8Array, bad?: readonly number[]): void {
    let buf = chunk;
    const carry = this.carry;
    if (carry) {
      buf = new Uint8Array(carry.length + chunk.length);
      buf.set(carry);
      buf.set(chunk, carry.length);
    }
    this.flags.add(bad, carry?.length ?? 0);
    const consumed = this.scan(buf, false);
    this.carry = consumed < buf.length ? buf.slice(consumed) : null;
    this.flags.shift(consumed);
  }

  /** How much input is held back, waiting for the end of its record. */
  get pending(): number {
    return this.carry?.length ?? 0;
  }

  /** Ends the input: the last record is emitted even without a final newline; `bad` as for push, after the last chunk. */
  end(bad?: readonly number[]): void {
    this.flags.add(bad, this.carry?.length ?? 0);
    if (this.carry) this.scan(this.carry, true);
    this.carry = null;
    this.flags.end();
  }

  private field(col: number, start: number, end: number, escaped: number): void {
    if (col === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => { b.set(a); return b; };
      this.starts = grow(this.starts, new Int32Array(col * 2));
      this.ends = grow(this.ends, new Int32Array(col * 2));
      this.escaped = grow(this.escaped, new Uint8Array(col * 2));
    }
    this.starts[col] = start;
    this.ends[col] = end;
    this.escaped[col] = escaped;
  }

  /** Removes the first quote of each `""` pair of the record's escaped fields, in place. */
  private unescape(buf: Uint8Array, count: number): void {
    for (let f = 0; f < count; f++) {
      if (!this.escaped[f]) continue;
      const end = this.ends[f];
      let w = this.starts[f];
      for (let r = w; r < end; r++) {
        buf[w++] = buf[r];
        if (buf[r] === QUOTE) r++;
      }
      this.ends[f] = w;
    }
  }

  /** Parses complete records of `buf`; returns how many bytes were consumed. */
  private scan(buf: Uint8Array, final: boolean): number {
    const d = this.d, n = buf.length, spaced = d === 32;
    let pos = 0, nextQuote = -1;
    while (pos < n) {
      const start = pos;
      let col = 0, i = pos, complete = false, odd = false;
      if (spaced) while (i < n && buf[i] === 32) i++;
      for (;;) {
        if (i >= n) break;
        if (buf[i] === QUOTE) {
          // Quoted field: runs to the closing quote; "" is a literal quote.
          let j = i + 1, closed = false, escaped = 0;
          while (j < n) {
            if (buf[j] === QUOTE) {
              if (buf[j + 1] === QUOTE) { escaped = 1; j += 2; continue; }
              if (j + 1 >= n && !final) break; // need the next byte to know the field is closed
              closed = true;
              break;
            }
            j++;
          }
          if (!closed) {
            if (!final) break;
            this.unterminated = true;
            this.field(col++, i + 1, n, escaped);
            i = n;
          } else {
            const from = i;
            i = j + 1;
            const c = i < n ? buf[i] : d;
            if (c === d || c === 10 || c === 13) this.field(col++, from + 1, j, escaped);
            else {
              // Bytes after the closing quote: not one quoted field, so the whole field reads as written.
              while (i < n) { const e = buf[i]; if (e === d || e === 10 || e === 13) break; i++; }
              if (i >= n && !final) break;
              this.field(col++, from, i, 0);
              odd = true;
            }
          }
        } else {
          let j = i;
          while (j < n) { const c = buf[j]; if (c === d || c === 10 || c === 13) break; j++; }
          if (j >= n && !final) break;
          if (nextQuote < i) nextQuote = (buf.indexOf(QUOTE, i) + 1 || n + 1) - 1;
          if (nextQuote < j) odd = true;
          this.field(col++, i, j, 0);
          i = j;
        }
        if (i >= n) { complete = final; break; }
        let c = buf[i];
        if (c === d) {
          i++;
          if (!spaced) {
            if (i >= n && final) { this.field(col++, 0, 0, 0); complete = true; break; }
            continue;
          }
          // A run of spaces is one delimiter; spaces before the line's end are not a field.
          while (i < n && buf[i] === 32) i++;
          if (i >= n) { complete = final; break; }
          c = buf[i];
          if (c !== 10 && c !== 13) continue;
        }
        if (c === 13 && i + 1 >= n && !final) break; // CR at chunk end: maybe CRLF
        i += c === 13 && buf[i + 1] === 10 ? 2 : 1;
        complete = true;
        break;
      }
      if (!complete) {
        if (!final) return start;
        if (col === 0) return n;
      }
      pos = i;
      const badBytes = this.flags.waiting && this.flags.within(start, pos);
      // Blank lines are skipped.
      if (!(col === 1 && blankBytes(buf, this.starts[0], this.ends[0], this.decode))) {
        ++this.records;
        if (odd || badBytes) this.flags.report(this.records, odd, badBytes);
        this.unescape(buf, col);
        this.sink.record(buf, this.starts, this.ends, col, this.records);
      }
      while (pos < n && (buf[pos] === 10 || buf[pos] === 13)) {
        if (!final && pos + 1 >= n) break;
        pos++;
      }
    }
    return pos;
  }
}
