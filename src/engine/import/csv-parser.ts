// A streaming RFC-4180 parser: text in chunks, cells out, without holding the whole file.

export interface CsvSink {
  /**
   * One record: its first `count` entries of `fields` (the array is reused: copy what you keep);
   * `record` counts records from 1 (the header).
   */
  record(fields: string[], count: number, record: number): void;
}

export class CsvParser {
  private carry = '';
  private record = 0;
  private readonly d: number;
  private readonly fields: string[] = [];
  /** True when the text ended inside a quoted field. */
  unterminated = false;

  constructor(delimiter: string, private readonly sink: CsvSink) {
    this.d = delimiter.charCodeAt(0);
  }

  /** Feeds more text; complete records are emitted, the incomplete tail is kept. */
  push(chunk: string): void {
    const text = this.carry + chunk;
    const consumed = this.scan(text, false);
    this.carry = text.slice(consumed);
  }

  /** How much input is held back, waiting for the end of its record. */
  get pending(): number {
    return this.carry.length;
  }

  /** Ends the input: the last record is emitted even without a final newline. */
  end(): void {
    if (this.carry.length) this.scan(this.carry, true);
    this.carry = '';
  }

  /** Parses complete records of `text`; returns how many characters were consumed. */
  private scan(text: string, final: boolean): number {
    const d = this.d, n = text.length, fields = this.fields;
    let pos = 0;
    while (pos < n) {
      const start = pos;
      let col = 0, i = pos, complete = false;
      for (;;) {
        if (i >= n) break;
        let value: string;
        if (text.charCodeAt(i) === 34) {
          // Quoted field: runs to the closing quote; "" is a literal quote.
          let j = i + 1, parts = '', from = j, closed = false;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === 34) {
              if (text.charCodeAt(j + 1) === 34) { parts += text.slice(from, j + 1); j += 2; from = j; continue; }
              if (j + 1 >= n && !final) break; // need the next char to know the field is closed
              closed = true;
              break;
            }
            j++;
          }
          if (!closed) {
            if (!final) break;
            this.unterminated = true;
            value = parts + text.slice(from, n);
            i = n;
          } else {
            value = parts + text.slice(from, j);
            i = j + 1;
            // Skip anything between the closing quote and the delimiter (malformed, but seen in the wild).
            while (i < n) { const c = text.charCodeAt(i); if (c === d || c === 10 || c === 13) break; i++; }
          }
        } else {
          let j = i;
          while (j < n) { const c = text.charCodeAt(j); if (c === d || c === 10 || c === 13) break; j++; }
          if (j >= n && !final) break;
          value = text.slice(i, j);
          i = j;
        }
        fields[col++] = value;
        if (i >= n) { complete = final; break; }
        const c = text.charCodeAt(i);
        if (c === d) { i++; if (i >= n && final) { fields[col++] = ''; complete = true; break; } continue; }
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
      if (!(col === 1 && fields[0].trim() === '')) {
        this.record++;
        this.sink.record(fields, col, this.record);
      }
      // Blank lines are skipped.
      while (pos < n && (text.charCodeAt(pos) === 10 || text.charCodeAt(pos) === 13)) {
        if (!final && pos + 1 >= n) break;
        pos++;
      }
    }
    return pos;
  }
}
