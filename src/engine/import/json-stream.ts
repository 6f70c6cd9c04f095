// Streams JSON into a JsonSink: a list of objects element by element, NDJSON line by line, read from the Blob in
// chunks through a streaming TextDecoder, so memory holds the table and one chunk, whatever the file's size.

import type { FileFormat } from '../api';
import { chunkDecoder } from './decode-text';
import { ImportError } from './import-error';
import { canonicalSpan, isNumberChar } from './json-raw-numbers';
import { JsonSink } from './json-sink';
import type { Progress } from './reader';

const CHUNK_BYTES = 4 * 1024 * 1024;

const enum At { Start, BeforeItem, InItem, End }

/**
 * Finds the elements of a top-level JSON array in text given piece by piece: strings (with their escapes) and
 * nesting are followed by a counter, never by recursion, and each element's text goes to `JSON.parse`.
 */
class ArraySplitter {
  private at = At.Start;
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The current element's text from earlier pieces. */
  private parts: string[] = [];
  items = 0;
  /** Characters of all pieces up to the end of the last whole element (for the preview's row estimate). */
  consumed = 0;
  private seen = 0;
  private trailing = false;
  /** The file ended before the list's closing bracket. */
  unclosed = false;
  /** The current element holds bytes that were not text (U+FFFD) in an earlier piece. */
  private badInItem = false;
  /** The current element holds a number that String would write otherwise (1.10, 1e5), or one cut by a piece's end. */
  private rawInItem = false;

  constructor(private readonly sink: JsonSink) {}

  /** Scans `text`; `bad`: offsets in it of U+FFFD put for bytes that were not text (ascending). */
  push(text: string, bad: readonly number[] = []): void {
    const n = text.length;
    let b = 0;
    // The state in locals while scanning (a hot loop), written back at the end.
    let at = this.at, depth = this.depth, inString = this.inString, escaped = this.escaped, raw = this.rawInItem, start = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (at === At.InItem) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true; // backslash
          else if (c === 34) inString = false;
        } else if (c === 34) inString = true;
        else if ((c >= 48 && c <= 57) || c === 45) {
          // A number, read to its end here: one whose text String would not give back is looked at again, by key.
          let j = i + 1;
          while (j < n && isNumberChar(text.charCodeAt(j))) j++;
          if (j === n || !canonicalSpan(text, i, j)) raw = true;
          i = j - 1;
        } else if (c === 123 || c === 91) depth++; // { [
        else if ((c === 125 || c === 93) && depth > 0) depth--; // } ]
        else if ((c === 44 || c === 93) && depth === 0) { // a comma, or the list's ]
          const hadBad = this.badInItem || (b < bad.length && bad[b] < i);
          while (b < bad.length && bad[b] < i) b++;
          this.badInItem = false;
          this.item(text.slice(start, i), hadBad, raw);
          raw = false;
          this.consumed = this.seen + i + 1;
          at = c === 44 ? At.BeforeItem : At.End;
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (at === At.Start) {
        if (c !== 91) throw new ImportError('import.error.jsonShape');
        at = At.BeforeItem;
      } else if (at === At.BeforeItem) {
        if (c === 93 && this.items === 0) { at = At.End; continue; }
        at = At.InItem;
        start = i;
        i--; // the element's first character is read as part of it
      } else if (!this.trailing) {
        this.trailing = true;
        this.sink.warn({ row: 0, key: 'import.json.trailing' });
      }
    }
    if (at === At.InItem) this.parts.push(text.slice(start));
    if (b < bad.length) this.badInItem = true;
    this.at = at;
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.rawInItem = raw;
    this.seen += n;
  }

  private item(tail: string, hadBad = this.badInItem, raw = this.rawInItem): void {
    const text = this.parts.length ? this.parts.join('') + tail : tail;
    this.parts = [];
    const n = ++this.items;
    if (hadBad) this.sink.warn({ row: n, key: 'import.warning.badBytes', params: { row: n, encoding: 'UTF-8' } });
    let value: unknown;
    try { value = JSON.parse(text); } catch (e) {
      this.sink.warn({ row: n, key: 'import.json.badItem', params: { row: n, detail: (e as Error).message } });
      return;
    }
    this.sink.add(value, n, 'item', raw ? text : '', true);
  }

  /** The file ended: an element still open is read (and warned about unless it is whole), the list must be closed. */
  end(): void {
    if (this.at === At.Start) throw new ImportError('import.error.empty');
    if (this.at === At.End) return;
    if (this.at === At.InItem) this.item('');
    this.unclosed = true;
    this.sink.warn({ row: 0, key: 'import.json.unclosed', params: { count: this.items } });
  }
}

/** Splits NDJSON into lines, pieces at a time; blank lines are skipped, each other line parsed on its own. */
class LineSplitter {
  private carry = '';
  private line = 0;
  consumed = 0;
  private seen = 0;
  /** The carried start of a line holds bytes that were not text. */
  private badInLine = false;

  constructor(private readonly sink: JsonSink) {}

  /** Splits `text` into lines; `bad` as for ArraySplitter.push. */
  push(text: string, bad: readonly number[] = []): void {
    let from = 0, b = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const line = this.carry ? this.carry + text.slice(from, nl) : text.slice(from, nl);
      const hadBad = this.badInLine || (b < bad.length && bad[b] < nl);
      while (b < bad.length && bad[b] < nl) b++;
      this.carry = '';
      this.badInLine = false;
      this.take(line, hadBad);
      from = nl + 1;
      this.consumed = this.seen + from;
    }
    this.carry += text.slice(from);
    if (b < bad.length) this.badInLine = true;
    this.seen += text.length;
  }

  private take(line: string, hadBad: boolean): void {
    const n = ++this.line;
    if (hadBad) this.sink.warn({ row: n, key: 'import.warning.badBytes', params: { row: n, encoding: 'UTF-8' } });
    if (line.trim() === '') return;
    let value: unknown;
    try { value = JSON.parse(line); } catch {
      this.sink.warn({ row: n, key: 'import.warning.badJsonLine', params: { row: n } });
      return;
    }
    this.sink.add(value, n, 'line', line);
  }

  end(): void {
    if (this.carry) this.take(this.carry, this.badInLine);
    this.carry = '';
  }
}

const splitter = (sink: JsonSink, format: FileFormat) => (format === 'json' ? new ArraySplitter(sink) : new LineSplitter(sink));

/**
 * A file read to its end must have given objects: else it is refused, as JSON that is broken (a record that does not
 * parse, a list never closed) or as JSON of the wrong shape (numbers, strings, objects without keys).
 */
function checkObjects(sink: JsonSink, split: ArraySplitter | LineSplitter): void {
  if (sink.objects > 0 && sink.builders.length > 0) return;
  const bad = sink.warnings.find((w) => w.key === 'import.json.badItem' || w.key === 'import.warning.badJsonLine');
  if (bad) throw new ImportError('import.error.json', { detail: String(bad.params?.detail ?? `line ${bad.row}`) });
  if (split instanceof ArraySplitter && split.unclosed) throw new ImportError('import.error.json', { detail: 'Unexpected end of JSON input' });
  if (sink.others > 0 || sink.objects > 0) throw new ImportError('import.error.jsonShape');
  throw new ImportError('import.error.empty');
}

/**
 * Reads a whole JSON or NDJSON file into a sink, `chunkBytes` at a time (smaller in tests), reporting progress 0..1,
 * keeping the first `keepRows` rows for a preview; throws an AbortError once `signal` is aborted, an ImportError when
 * the file holds no objects.
 */
export async function readJson(
  file: Blob, format: 'json' | 'ndjson', encoding: string, onProgress: Progress, signal?: AbortSignal, chunkBytes = CHUNK_BYTES, keepRows = 0,
): Promise<JsonSink> {
  const sink = new JsonSink(keepRows);
  const split = splitter(sink, format);
  // The decoder holds a character cut between chunks and says where it replaced bytes that are not text.
  const decoder = chunkDecoder(encoding);
  let first = true;
  const push = (bytes: Uint8Array, final: boolean) => {
    let { text, bad } = decoder.decode(bytes, final);
    if (first && text) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) { text = text.slice(1); bad = bad.map((o) => o - 1); }
    }
    split.push(text, bad);
  };
  for (let at = 0; at < file.size;) {
    if (signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
    push(new Uint8Array(await file.slice(at, (at += chunkBytes)).arrayBuffer()), false);
    onProgress?.(Math.min(1, at / file.size));
  }
  push(new Uint8Array(0), true);
  split.end();
  checkObjects(sink, split);
  return sink;
}

/**
 * Reads the start of a JSON or NDJSON file for a preview, keeping `rows` rows: the sniffed `sample` (the whole file
 * when `whole`), or the whole file when not one record ends in the sample. Returns the sink, how many of the sample's
 * characters the whole records read took, and whether the whole file was read. `bad`: offsets in `sample` of U+FFFD
 * put for bytes that are not text.
 */
export async function previewJson(
  file: Blob, sample: string, whole: boolean, format: 'json' | 'ndjson', encoding: string, rows: number, bad?: number[],
): Promise<{ sink: JsonSink; consumed: number; whole: boolean }> {
  const sink = new JsonSink(rows);
  const split = splitter(sink, format);
  split.push(sample, bad);
  if (whole) {
    split.end();
    checkObjects(sink, split);
    return { sink, consumed: sample.length, whole };
  }
  if (sink.objects === 0) return { sink: await readJson(file, format, encoding, undefined, undefined, CHUNK_BYTES, rows), consumed: sample.length, whole: true };
  return { sink, consumed: split.consumed, whole };
}
