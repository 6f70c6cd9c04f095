// A quote inside a field (`"Bob" Jr`, `Bob "the" Builder`): the cell reads exactly as written, quotes and all, and
// the row is named in a warning; the text and byte parsers agree on every such file, whatever the delimiter.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteCsvParser } from '../../../../../src/engine/import/byte-csv-parser';
import { CsvParser } from '../../../../../src/engine/import/csv-parser';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import type { ImportWarning } from '../../../../../src/engine/api';
import { cellValue, type Table } from '../../../../../src/engine/table';

const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const decode = (buf: Uint8Array, s: number, e: number) => decoder.decode(buf.subarray(s, e));
const rows = (t: Table) => Array.from({ length: t.rowCount }, (_, i) => t.columns.map((c) => cellValue(c, i)));
const quoteWarning = (row: number) => ({ row, key: 'import.warning.quote', params: { row } });

/** What a parser gives: records as [record number, ...fields] and its warnings, in order. */
type Parsed = { out: (string | ImportWarning)[]; unterminated: boolean };

function textParse(parts: string[], d: string): Parsed {
  const out: Parsed['out'] = [];
  const parser = new CsvParser(d, { record: (f, n, r) => out.push([r, ...f.slice(0, n)].join('|')), warn: (w) => out.push(w) });
  for (const p of parts) parser.push(p);
  parser.end();
  return { out, unterminated: parser.unterminated };
}

function byteParse(parts: Uint8Array[], d: string): Parsed {
  const out: Parsed['out'] = [];
  const parser = new ByteCsvParser(d.charCodeAt(0), {
    record: (buf, starts, ends, n, r) => {
      const fields: (string | number)[] = [r];
      for (let f = 0; f < n; f++) fields.push(decode(buf, starts[f], ends[f]));
      out.push(fields.join('|'));
    },
    warn: (w) => out.push(w),
  }, decode);
  for (const p of parts) parser.push(p);
  parser.end();
  return { out, unterminated: parser.unterminated };
}

describe('a quote inside a field', () => {
  const FILE = 'name,city\n"Bob" Jr,Bakı\nBob "the" Builder,Gəncə\n"Ann, ""A."" Lee",Şəki\n"Li" "Wei",Quba\n5" disk,x\n';

  it('reads every cell as written, quotes included, and names each row, on both paths', async () => {
    for (const text of [false, true]) {
      const { table, summary } = await importFile(new Blob([FILE]), 't', 't', {}, undefined, undefined, text);
      expect(rows(table)).toEqual([
        ['"Bob" Jr', 'Bakı'], ['Bob "the" Builder', 'Gəncə'], ['Ann, "A." Lee', 'Şəki'], ['"Li" "Wei"', 'Quba'], ['5" disk', 'x'],
      ]);
      expect(summary.warnings).toEqual([quoteWarning(2), quoteWarning(3), quoteWarning(5), quoteWarning(6)]);
    }
  });

  it('says so in the preview too', async () => {
    const { rows: first, warnings } = await previewFile(new Blob([FILE]));
    expect(first[0]).toEqual(['"Bob" Jr', 'Bakı']);
    expect(warnings).toEqual([quoteWarning(2), quoteWarning(3), quoteWarning(5), quoteWarning(6)]);
  });

  it('keeps a field that is quoted as a whole as before: quotes removed, "" read as one quote, no warning', async () => {
    const { table, summary } = await importFile(new Blob(['a;b\n"x;y";"say ""hi"""\n']), 't', 't');
    expect([rows(table), summary.warnings]).toEqual([[['x;y', 'say "hi"']], []]);
  });

  it('reads a quoted field with text after it in an aligned file as written', async () => {
    const { table, summary } = await importFile(new Blob([' a  b\n "x"y  1\n "p q"  2\n']), 't', 't', { delimiter: ' ' });
    expect([rows(table), summary.warnings]).toEqual([[['"x"y', 1], ['p q', 2]], [quoteWarning(2)]]);
  });
});

describe('the text and byte parsers', () => {
  /** Lines of fields made to trip a reader: stray, doubled and unclosed quotes, runs of spaces, blanks, CR, LF. */
  const token = fc.constantFrom('a', 'Bakı', '"', '""', '"q"', '"q" r', 'b "c" d', '"x""y"', ' ', '   ', '', '1', 'ə', '\r', '\n', '\r\n', '"\n"');
  const file = fc.record({
    d: fc.constantFrom(',', ';', '\t', '|', ' '),
    lines: fc.array(fc.array(token, { maxLength: 6 }), { maxLength: 12 }),
    nl: fc.constantFrom('\n', '\r\n'),
  }).map(({ d, lines, nl }) => ({ d, text: lines.map((l) => l.join(d)).join(nl) }));

  it('give the same records and warnings in the same order, for any split of the input', () => {
    fc.assert(fc.property(file, fc.array(fc.nat(), { maxLength: 5 }), ({ d, text }, cuts) => {
      const bytes = utf8.encode(text);
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const parts = [0, ...at].map((from, i, all) => bytes.slice(from, all[i + 1] ?? bytes.length));
      expect(byteParse(parts, d)).toEqual(textParse([text], d));
      // The text parser fed in pieces, too.
      const chars = [0, ...[...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)];
      expect(textParse(chars.map((from, i) => text.slice(from, chars[i + 1] ?? text.length)), d)).toEqual(textParse([text], d));
    }), { numRuns: 1500 });
  });

  it('import random such files to the same table, profile and warnings', async () => {
    await fc.assert(fc.asyncProperty(file, async ({ d, text }) => {
      const options = { delimiter: d as ',' };
      const read = (t: boolean) => importFile(new Blob([text]), 't', 't', options, undefined, undefined, t);
      let bytes;
      try { bytes = await read(false); } catch (e) {
        await expect(read(true)).rejects.toThrow((e as Error).message);
        return;
      }
      const chars = await read(true);
      expect(rows(bytes.table)).toEqual(rows(chars.table));
      expect(bytes.summary).toEqual(chars.summary);
    }), { numRuns: 200 });
  });
});
