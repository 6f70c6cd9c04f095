// What a parser says about a record besides its cells: bytes that were not text, a quote inside a field. Both
// parsers (text and bytes) report through this, so both give the same warnings in the same order.

import type { ImportWarning } from '../api';

/** Rows with bytes that are not text named one by one; past these, one warning gives the count. */
export const LISTED_ROWS = 10;

export class RecordFlags {
  /** Ascending positions of bad bytes (or their U+FFFD) in the parser's current buffer; `at`: first unread. */
  private bad: number[] = [];
  private at = 0;
  private badRows = 0;

  constructor(private readonly sink: { warn?(w: ImportWarning): void }) {}

  /** Adds a chunk's bad offsets, the chunk starting at `base` in the buffer (offsets may be negative, see Utf8Checker). */
  add(bad: readonly number[] | undefined, base: number): void {
    if (bad) for (const o of bad) this.bad.push(base + o);
  }

  /** True while bad positions are left to assign to records. */
  get waiting(): boolean {
    return this.at < this.bad.length;
  }

  /** Whether the record [start, end) holds a bad position; records come in order. */
  within(start: number, end: number): boolean {
    let hit = false;
    while (this.at < this.bad.length && this.bad[this.at] < end) {
      if (this.bad[this.at] >= start) hit = true;
      this.at++;
    }
    return hit;
  }

  /** The buffer lost its first `consumed` units. */
  shift(consumed: number): void {
    const rest: number[] = [];
    for (let k = this.at; k < this.bad.length; k++) if (this.bad[k] >= consumed) rest.push(this.bad[k] - consumed);
    this.bad = rest;
    this.at = 0;
  }

  /** Warns about record `row` (1 = the header): a quote inside a field, bytes that were not text. */
  report(row: number, quote: boolean, badBytes: boolean): void {
    if (quote) this.sink.warn?.({ row, key: 'import.warning.quote', params: { row } });
    if (badBytes && ++this.badRows <= LISTED_ROWS) this.sink.warn?.({ row, key: 'import.warning.badBytes', params: { row, encoding: 'UTF-8' } });
  }

  /** The input ended: the count of rows with bad bytes, when more than were listed. */
  end(): void {
    if (this.badRows > LISTED_ROWS) this.sink.warn?.({ row: 0, key: 'import.warning.badBytesMore', params: { count: this.badRows, encoding: 'UTF-8' } });
    this.bad = [];
    this.at = 0;
  }
}
