// A streaming RFC-4180 parser: text in chunks, cells out, without holding the whole file.

import type { ImportWarning } from '../api';
import { RecordFlags } from './record-flags';

export interface CsvSink {
  /**
   * One record: its first `count` entries of `fields` (the array is reused: copy what you keep);
   * `record` counts records from 1 (the header).
   */
  record(fields: string[], count: number, record: number): void;
  /** A row-numbered warning about a record, given before the record itself. */
  warn?(w: ImportWarning): void;
}

/**
 * Delimiter `' '` means runs of spaces, with spaces at the start and end of a line left out (aligned columns).
 * A field that is not quoted as a whole (`"Bob" Jr`, `Bob "the" Builder`) reads exactly as written, quotes and all,
 * with a warning on its row.
 */
export class CsvParser {
  private carry = '';
  private record = 0;
  private readonly d: number;
  private readonly fields: string[] = [];
  private readonly flags: RecordFlags;
  /** True when the text ended inside a quoted field. */
  unterminated = false;

  constructor(delimiter: string, private readonly sink: CsvSink) {
    this.d = delimiter.charCodeAt(0);
    this.flags = new RecordFlags(sink);
  }

  /**
   * Feeds more text; complete records are emitted, the incomplete tail is kept. `bad`: offsets in `chunk` of each
   * U+FFFD that stands for bytes that were not text (see ChunkDecoder), so their rows are named in a warning.
   */
  push(chunk: string, bad?: readonly number[]): void {
    const text = this.carry + chunk;
    this.flags.add(bad, this.carry.length);
    const consumed = this.scan(text, false);
    this.carry = text.slice(consumed);
    this.flags.shift(consumed);
  }

  /** How much input is held back, waiting for the end of its record. */
  get pending(): number {
    return this.carry.length;
  }

  /** Ends the input: the last record is emitted even without a final newline. */
  end(): void {
    if (this.carry.length) this.scan(this.carry, true);
    this.carry = '';
    this.flags.end();
  }

  /** Parses complete records of `text`; returns how many characters were consumed. */
  private scan(text: string, final: boolean): number {
    const d = this.d, n = text.length, fields = this.fields, spaced = d === 32;
    let pos = 0, nextQuote = -1;
    while (pos < n) {
      const start = pos;
      let col = 0, i = pos, complete = false, odd = false;
      if (spaced) while (i < n && text.charCodeAt(i) === 32) i++;
      for (;;) {
        if (i >= n) break;
        let value: string;
        const from = i;
        if (text.charCodeAt(i) === 34) {
          // Quoted field: runs to the closing quote; "" is a literal quote.
          let j = i + 1, parts = '', part = j, closed = false;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === 34) {
              if (text.charCodeAt(j + 1) === 34) { parts += text.slice(part, j + 1); j += 2; part = j; continue; }
              if (j + 1 >= n && !final) break; // need the next char to know the field is closed
              closed = true;
              break;
            }
            j++;
          }
          if (!closed) {
            if (!final) break;
            this.unterminated = true;
            value = parts + text.slice(part, n);
            i = n;
          } else {
            i = j + 1;
            const c = i < n ? text.charCodeAt(i) : d;
            if (c === d || c === 10 || c === 13) value = parts + text.slice(part, j);
            else {
              // Text after the closing quote: not one quoted field, so the whole field reads as written.
              while (i < n) { const e = text.charCodeAt(i); if (e === d || e === 10 || e === 13) break; i++; }
              if (i >= n && !final) break;
              value = text.slice(from, i);
              odd = true;
            }
          }
        } else {
          let j = i;
          while (j < n) { const c = text.charCodeAt(j); if (c === d || c === 10 || c === 13) break; j++; }
          if (j >= n && !final) break;
          if (nextQuote < i) nextQuote = (text.indexOf('"', i) + 1 || n + 1) - 1;
          if (nextQuote < j) odd = true;
          value = text.slice(i, j);
          i = j;
        }
        fields[col++] = value;
        if (i >= n) { complete = final; break; }
        let c = text.charCodeAt(i);
        if (c === d) {
          i++;
          if (!spaced) {
            if (i >= n && final) { fields[col++] = ''; complete = true; break; }
            continue;
          }
          // A run of spaces is one delimiter; spaces before the line's end are not a field.
          while (i < n && text.charCodeAt(i) === 32) i++;
          if (i >= n) { complete = final; break; }
          c = text.charCodeAt(i);
          if (c !== 10 && c !== 13) continue;
        }
        if (c === 13 && i + 1 >= n && !final) break; // CR at chunk end: maybe CRLF
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
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
      if (!(col === 1 && fields[0].trim() === '')) {
        ++this.record;
        if (odd || badBytes) this.flags.report(this.record, odd, badBytes);
        this.sink.record(fields, col, this.record);
      }
      while (pos < n && (text.charCodeAt(pos) === 10 || text.charCodeAt(pos) === 13)) {
        if (!final && pos + 1 >= n) break;
        pos++;
      }
    }
    return pos;
  }
}
