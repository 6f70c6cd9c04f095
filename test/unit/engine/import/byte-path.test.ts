// The byte path (ByteCsvParser + ByteColumnBuilder) against the text path (CsvParser + ColumnBuilder): the same
// records, cells, types, profiles and warnings, on the real files, on the fixtures and on random hostile CSV.

import fc from 'fast-check';
import { openAsBlob, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ByteCsvParser } from '../../../../src/engine/import/byte-csv-parser';
import { plainNumberBytes } from '../../../../src/engine/import/byte-column-builder';
import { plainNumber } from '../../../../src/engine/import/column-builder';
import { CsvParser } from '../../../../src/engine/import/csv-parser';
import { importFile } from '../../../../src/engine/import/index';
import { cellValue, type Table } from '../../../../src/engine/table';
import { SHARED_DATA, sharedFile } from '../../../helpers/shared-data';

const utf8 = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const decode = (buf: Uint8Array, s: number, e: number) => decoder.decode(buf.subarray(s, e));

/** Records as [record number, ...fields], from the text parser fed `parts`. */
function textRecords(parts: string[], delimiter: string): { records: string[][]; unterminated: boolean } {
  const records: string[][] = [];
  const parser = new CsvParser(delimiter, { record: (f, n, r) => records.push([String(r), ...f.slice(0, n)]) });
  for (const p of parts) parser.push(p);
  parser.end();
  return { records, unterminated: parser.unterminated };
}

function byteRecords(parts: Uint8Array[], delimiter: string): { records: string[][]; unterminated: boolean } {
  const records: string[][] = [];
  const parser = new ByteCsvParser(delimiter.charCodeAt(0), {
    record: (buf, starts, ends, n, r) => {
      const fields = [String(r)];
      for (let f = 0; f < n; f++) fields.push(decode(buf, starts[f], ends[f]));
      records.push(fields);
    },
  }, decode);
  for (const p of parts) parser.push(p);
  parser.end();
  return { records, unterminated: parser.unterminated };
}

/** Every row's cells as plain values, column by column. */
const cells = (t: Table) => t.columns.map((c) => ({ name: c.name, type: c.type, values: Array.from({ length: t.rowCount }, (_, i) => cellValue(c, i)) }));

async function bothPaths(blob: Blob, options = {}) {
  const bytes = await importFile(blob, 't', 't', options);
  const text = await importFile(blob, 't', 't', options, undefined, undefined, true);
  return { bytes, text };
}

/** Cells made to trip a CSV reader: quotes, delimiters, line breaks, blanks, number look-alikes, scripts. */
const cell = fc.oneof(
  fc.constantFrom('', ' ', '  \t', '\u00A0', 'a,b', 'say "hi"', '"', '""', 'line\nbreak', 'cr\r\nlf', 'x;y', 'tab\there'),
  fc.constantFrom('0', '-0', '007', '1.5', '-.5', '5.', '.', '-', '1e5', '1.5E-3', '2e', '12345678901234567890', '0.1', '1,234', '+3', ' 4 ', '۱۲۳', '3.14159265358979'),
  fc.constantFrom('İstanbul', 'Bakı', 'Айгуль', 'Հայաստան', 'مشتری', 'yes', 'no', 'TRUE', '2024-02-29', '31.12.2023', '12/31/2023 10:30'),
  fc.stringMatching(/^[a-z0-9 .,"\n-]{0,8}$/),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: -1000, max: 100000 }).map(String),
);

const quote = (v: string, d: string) => (/[",\n\r;\t]/.test(v) || v.includes(d) ? `"${v.replace(/"/g, '""')}"` : v);

/** A CSV file: a header, rows of mixed width, CRLF or LF, sometimes a blank line or a missing final newline. */
const csvFile = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t', '|', ' '),
  crlf: fc.boolean(),
  width: fc.integer({ min: 1, max: 5 }),
  rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 0, maxLength: 30 }),
  finalNewline: fc.boolean(),
  bom: fc.boolean(),
}).map(({ delimiter, crlf, width, rows, finalNewline, bom }) => {
  const nl = crlf ? '\r\n' : '\n';
  const header = Array.from({ length: width }, (_, i) => `col${i}`).join(delimiter);
  const lines = rows.map((r) => r.map((v) => quote(v, delimiter)).join(delimiter));
  return { delimiter, text: (bom ? '\uFEFF' : '') + [header, ...lines].join(nl) + (finalNewline ? nl : '') };
});

describe('the byte path reads what the text path reads', () => {
  it('gives the same records for any split of the input into chunks', () => {
    fc.assert(fc.property(csvFile, fc.array(fc.nat(), { maxLength: 6 }), ({ text, delimiter }, cuts) => {
      const body = text.replace(/^\uFEFF/, '');
      const bytes = utf8.encode(body);
      const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
      const byteParts = [0, ...at].map((from, i, all) => bytes.slice(from, all[i + 1] ?? bytes.length));
      const expected = textRecords([body], delimiter);
      expect(byteRecords(byteParts, delimiter)).toEqual(expected);
    }), { numRuns: 400 });
  }, 120_000);

  it('keeps a quoted field that never closes, and says so', () => {
    expect(byteRecords([utf8.encode('a,b\n1,"open'), utf8.encode(' ""x"" \n2,3\n')], ',')).toEqual({
      records: [['1', 'a', 'b'], ['2', '1', 'open "x" \n2,3\n']], unterminated: true,
    });
  });

  it('reads plain numbers from bytes exactly as from text', () => {
    const numberish = fc.stringMatching(/^-?[0-9]{0,20}(\.[0-9]{0,20})?([eE][+-]?[0-9]{0,5})?$/);
    fc.assert(fc.property(fc.oneof(numberish, fc.double().map(String), fc.string()), (s) => {
      const b = utf8.encode(s);
      expect(Object.is(plainNumberBytes(b, 0, b.length), plainNumber(s)) || (Number.isNaN(plainNumber(s)) && Number.isNaN(plainNumberBytes(b, 0, b.length)))).toBe(true);
    }), { numRuns: 3000 });
    const b = utf8.encode('x0.1x');
    expect(plainNumberBytes(b, 1, 4)).toBe(0.1);
    expect(plainNumberBytes(utf8.encode('-0'), 0, 2)).toBe(-0);
    // A whole number past 2^53 has no exact double: not a plain number (its column is text, or the cell is warned about).
    expect(plainNumberBytes(utf8.encode('9007199254740993'), 0, 16)).toBeNaN();
  }, 60_000);

  it('imports random files to the same table, profile and warnings', async () => {
    await fc.assert(fc.asyncProperty(csvFile, async ({ text, delimiter }) => {
      // Space-aligned text is read with its delimiter chosen (the sniffer takes it only when nothing else fits).
      const options = delimiter === ' ' ? { delimiter } : {};
      let both;
      try { both = await bothPaths(new Blob([text]), options); } catch (e) {
        // Both refuse the same files (e.g. only blank lines).
        await expect(importFile(new Blob([text]), 't', 't', options, undefined, undefined, true)).rejects.toThrow((e as Error).message);
        return;
      }
      expect(cells(both.bytes.table)).toEqual(cells(both.text.table));
      expect(both.bytes.summary).toEqual(both.text.summary);
    }), { numRuns: 300 });
  }, 120_000);

  it('reads windows-1251 bytes as the text path does', async () => {
    const bytes = Uint8Array.from([0x69, 0x64, 0x2c, 0xe8, 0xec, 0xff, 0x0a, 0x31, 0x2c, 0xc0, 0xe9, 0xe3, 0xf3, 0xeb, 0xfc, 0x0a, 0x32, 0x2c, 0xc0, 0xe9, 0xe3, 0xf3, 0xeb, 0xfc, 0x0a]);
    const { bytes: b, text } = await bothPaths(new Blob([bytes]), { encoding: 'windows-1251' });
    expect(b.summary.columns.map((c) => c.name)).toEqual(['id', 'имя']);
    expect(cells(b.table)).toEqual(cells(text.table));
    expect(cells(b.table)[1].values).toEqual(['Айгуль', 'Айгуль']);
  });

  const files = [
    ...readdirSync(SHARED_DATA).filter((f) => /\.(csv|tsv|txt)$/.test(f)).map((f) => sharedFile(f)),
    ...readdirSync('test/fixtures').filter((f) => /\.(csv|tsv|txt)$/.test(f)).map((f) => `test/fixtures/${f}`),
  ];
  it.each(files)('imports %s to the same table, profile and warnings', async (path) => {
    const { bytes, text } = await bothPaths(await openAsBlob(path));
    expect(bytes.table.rowCount).toBeGreaterThan(0);
    expect(cells(bytes.table)).toEqual(cells(text.table));
    expect(bytes.summary).toEqual(text.summary);
  }, 120_000);
});
