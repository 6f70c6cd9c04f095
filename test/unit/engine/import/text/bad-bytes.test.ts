// A UTF-8 file with a few bytes that are not UTF-8 stays UTF-8: those bytes read as U+FFFD, the rows are named,
// every count equals the clean file's. Files really written in a code page are still read in it.

import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { sniffEncoding } from '../../../../../src/engine/import/sniff-encoding';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import { countRows } from './count-rows';

const utf8 = new TextEncoder();
const cities = ['Gəncə', 'Şəki', 'Sumqayıt', 'İsmayıllı', 'Lənkəran', 'Quba', 'Şamaxı', 'Naxçıvan', 'Mingəçevir', 'Xaçmaz',
  'Zaqatala', 'Qəbələ', 'Ağdam', 'Şuşa', 'Göyçay', 'Bərdə', 'Yevlax', 'Şirvan', 'Salyan', 'Bakı', 'Masallı', 'Ucar', 'Qax', 'Oğuz', 'Balakən'];
/** 1,000 customers of Azerbaijan: every 25th in Bakı (40 of them), names and cities full of ə ı ş ç ğ ö ü. */
const LINES = ['id;ad;soyad;şəhər;məbləğ',
  ...Array.from({ length: 1000 }, (_, i) => `${i + 1};Aysel${i};Məmmədova;${cities[i % 25]};${i},50`)];
const CLEAN = utf8.encode(LINES.join('\n') + '\n');

/** The clean file with `bytes` put at the start of the name of each listed data row (1-based, the header is 0). */
function withBytes(rows: number[], bytes: number[]): Uint8Array {
  const parts = LINES.map((l, i) => {
    const line = utf8.encode(l + '\n');
    if (!rows.includes(i)) return line;
    const at = line.indexOf(0x3b) + 1; // after "id;"
    return Uint8Array.from([...line.subarray(0, at), ...bytes, ...line.subarray(at)]);
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => { out.set(p, at); return at + p.length; }, 0);
  return out;
}

const blob = (b: Uint8Array) => new Blob([b as BlobPart]);
const both = async (b: Uint8Array) => Promise.all([false, true].map((text) => importFile(blob(b), 't', 't', {}, undefined, undefined, text)));
const rows = (t: Table) => Array.from({ length: t.rowCount }, (_, i) => t.columns.map((c) => cellValue(c, i)));
const inBaku = (t: Table) => countRows(t, { column: 'şəhər', op: 'eq', value: 'bakı' });
const badRow = (row: number) => ({ row, key: 'import.warning.badBytes', params: { row, encoding: 'UTF-8' } });

describe('a UTF-8 file with one bad byte', () => {
  it('is still sniffed as UTF-8, and the preview names the row', async () => {
    const file = withBytes([700], [0xff]);
    expect(sniffEncoding(file.subarray(0, 256 * 1024))).toBe('utf-8');
    const { options, warnings } = await previewFile(blob(file));
    expect(options.encoding).toBe('utf-8');
    expect(warnings).toEqual([badRow(701)]);
  });

  it('counts what the clean file counts (40 in Bakı), on the byte path and the text path, and names row 701', async () => {
    const clean = await importFile(blob(CLEAN), 't', 't');
    expect(inBaku(clean.table)).toBe(40);
    for (const { table, summary } of await both(withBytes([700], [0xff]))) {
      expect(inBaku(table)).toBe(40);
      expect(table.rowCount).toBe(1000);
      expect(summary.warnings).toEqual([badRow(701)]);
      expect(summary.columns.map((c) => c.type)).toEqual(clean.summary.columns.map((c) => c.type));
      expect(cellValue(findColumn(table, 'ad')!, 699)).toBe('\uFFFDAysel699');
      expect(rows(table).filter((_, i) => i !== 699)).toEqual(rows(clean.table).filter((_, i) => i !== 699));
    }
  });

  it('reads each invalid sequence as TextDecoder does, the same on both paths', async () => {
    // A lead byte without its continuation, a stray continuation, an overlong form, a surrogate, a cut 4-byte lead.
    const [bytes, text] = await both(withBytes([10, 20, 30, 40, 50], [0xe2, 0x82, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf0, 0x9f]));
    const name = (t: Table) => cellValue(findColumn(t, 'ad')!, 9);
    expect(name(bytes.table)).toBe(new TextDecoder().decode(Uint8Array.of(0xe2, 0x82, 0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf0, 0x9f)) + 'Aysel9');
    expect(name(bytes.table)).toBe('₀\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDAysel9');
    expect(rows(bytes.table)).toEqual(rows(text.table));
    expect(bytes.summary).toEqual(text.summary);
    expect(bytes.summary.warnings).toEqual([badRow(11), badRow(21), badRow(31), badRow(41), badRow(51)]);
  });

  it('lists the first ten rows and then counts them all', async () => {
    const bad = Array.from({ length: 14 }, (_, k) => 3 + k * 7);
    for (const { summary } of await both(withBytes(bad, [0xfe]))) {
      expect(summary.warnings).toEqual([
        ...bad.slice(0, 10).map((r) => badRow(r + 1)),
        { row: 0, key: 'import.warning.badBytesMore', params: { count: 14, encoding: 'UTF-8' } },
      ]);
    }
  });

  it('names the right row when a character or a bad byte falls on the boundary of two 4 MiB chunks', async () => {
    const CHUNK = 4 * 1024 * 1024;
    let text = 'id;name\n', n = 0;
    while (text.length < CHUNK - 20) text += `${++n};ad\n`;
    const id = `${++n};`, pad = 'x'.repeat(CHUNK - 1 - text.length - id.length);
    const head = utf8.encode(text + id + pad);
    expect(head.length).toBe(CHUNK - 1);
    // Row n's name ends its chunk with the lead byte 0xC9: "ə" when the next chunk starts with 0x99, else a bad byte.
    const file = (next: number) => {
      const tail = Uint8Array.from([0xc9, next, ...utf8.encode('\n9;ok\n')]), out = new Uint8Array(head.length + tail.length);
      out.set(head);
      out.set(tail, head.length);
      return out;
    };
    for (const { table, summary } of await both(file(0x99))) {
      expect(summary.warnings).toEqual([]);
      expect(cellValue(table.columns[1], n - 1)).toBe(pad + 'ə');
      expect(table.rowCount).toBe(n + 1);
    }
    for (const { table, summary } of await both(file(0x41))) {
      expect(summary.warnings).toEqual([badRow(n + 1)]);
      expect(cellValue(table.columns[1], n - 1)).toBe(pad + '\uFFFDA');
      expect(cellValue(table.columns[1], n)).toBe('ok');
    }
  }, 60_000);
});

describe('files written in a code page', () => {
  /** Encodes with a reverse lookup of the decoder's table (TextEncoder only writes UTF-8). */
  const cp = (label: string, text: string) => {
    const dec = new TextDecoder(label), map = new Map<string, number>();
    for (let b = 0; b < 256; b++) map.set(dec.decode(Uint8Array.of(b)), b);
    return Uint8Array.from([...text].map((ch) => {
      if (!map.has(ch)) throw new Error(`${ch} is not in ${label}`);
      return map.get(ch)!;
    }));
  };
  const file = (header: string, names: string[], n = 300) => [header, ...Array.from({ length: n }, (_, i) => `${i + 1},${names[i % names.length]}`)].join('\r\n') + '\r\n';

  it.each([
    ['windows-1251', file('ид,имя', ['Айгуль', 'Дмитрий', 'Ольга', 'Сергей Ёлкин', 'Жанна «Ж»'])],
    ['windows-1254', file('no,isim', ['Ayşe', 'İsmail', 'Işıl', 'Mehmet', 'Gülşah Öztürk', 'Çağrı'])],
    ['windows-1256', file('شماره,نام', ['مريم', 'علي', 'زهراء', 'محمد رضا', 'فاطمة'])],
  ])('sniffs %s and reads its letters', async (label, text) => {
    const bytes = cp(label, text);
    expect(sniffEncoding(bytes)).toBe(label);
    const { options, warnings } = await previewFile(blob(bytes));
    expect([options.encoding, warnings]).toEqual([label, []]);
    const { table, summary } = await importFile(blob(bytes), 't', 't');
    expect(summary.warnings).toEqual([]);
    expect(rows(table)).toEqual(text.trim().split('\r\n').slice(1).map((l) => [Number(l.split(',')[0]), l.split(',')[1]]));
  });

  it('takes a mostly English file with one accented byte for a code page, not UTF-8 with a bad byte', () => {
    expect(sniffEncoding(cp('windows-1254', 'name,city\nJose,Paris\nRene,Lyon\nCafé,Nice\n'))).toBe('windows-1254');
  });
});
