// UTF-16 files (Excel's "Unicode text" export is UTF-16LE with a BOM, TABs and CRLF) read to the table of their
// UTF-8 twin, with or without a BOM, in either byte order.

import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { ENCODINGS, sniffEncoding } from '../../../../../src/engine/import/sniff-encoding';
import { cellValue, type Table } from '../../../../../src/engine/table';
import { countRows } from './count-rows';

/** The text as UTF-16 code units, low byte first (LE) or high byte first (BE), after an optional BOM. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

const cities = ['Bakı', 'Gəncə', 'Şəki', 'İsmayıllı', 'Москва'];
/** As Excel writes "Unicode text": TAB-separated, CRLF, a field with a tab or quote quoted. */
const TEXT = ['id\tad\tşəhər\tməbləğ\tqeyd',
  ...Array.from({ length: 30 }, (_, i) => `${i + 1}\tMüştəri ${i + 1}\t${cities[i % 5]}\t${(i * 12.5).toFixed(2)}\t${i === 3 ? '"dedi ""salam"""' : i === 4 ? '😀 emoji' : ''}`),
].join('\r\n') + '\r\n';

const rows = (t: Table) => Array.from({ length: t.rowCount }, (_, i) => t.columns.map((c) => cellValue(c, i)));
const blob = (b: Uint8Array | string) => new Blob([b as BlobPart]);

describe('UTF-16 text', () => {
  const twin = () => importFile(blob(TEXT), 't', 't');

  it.each([
    ['UTF-16LE with BOM (Excel "Unicode text")', 'le', true, 'utf-16le'],
    ['UTF-16BE with BOM', 'be', true, 'utf-16be'],
    ['UTF-16LE without BOM', 'le', false, 'utf-16le'],
    ['UTF-16BE without BOM', 'be', false, 'utf-16be'],
  ] as const)('reads %s to the table of its UTF-8 twin', async (_, order, bom, encoding) => {
    const file = blob(utf16(TEXT, order, bom));
    const preview = await previewFile(file);
    expect([preview.options.encoding, preview.options.delimiter, preview.warnings]).toEqual([encoding, '\t', []]);
    expect(preview.columns.map((c) => [c.name, c.type])).toEqual([['id', 'number'], ['ad', 'text'], ['şəhər', 'text'], ['məbləğ', 'number'], ['qeyd', 'text']]);
    const { table, summary } = await importFile(file, 't', 't');
    const utf8 = await twin();
    expect(rows(table)).toEqual(rows(utf8.table));
    expect(summary.warnings).toEqual([]);
    expect(rows(table)[0]).toEqual([1, 'Müştəri 1', 'Bakı', 0, null]);
    expect(rows(table)[3][4]).toBe('dedi "salam"');
    expect(rows(table)[4][4]).toBe('😀 emoji');
    expect(countRows(table, { column: 'şəhər', op: 'eq', value: 'bakı' })).toBe(6);
  });

  it('sniffs the byte order from the BOM or from where the zero bytes are', () => {
    expect(sniffEncoding(Uint8Array.of(0xff, 0xfe, 0x61, 0x00))).toBe('utf-16le');
    expect(sniffEncoding(Uint8Array.of(0xfe, 0xff, 0x00, 0x61))).toBe('utf-16be');
    expect(sniffEncoding(utf16('имя,город\r\nАнна,Москва\r\n', 'le', false))).toBe('utf-16le');
    expect(sniffEncoding(utf16('a,b\n1,2\n', 'be', false))).toBe('utf-16be');
    // UTF-8 and code-page text has no zero bytes.
    expect(sniffEncoding(new TextEncoder().encode('a,b\n1,2\n'))).toBe('utf-8');
  });

  it('offers UTF-16 in the list of encodings', () => {
    expect(ENCODINGS).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1254', 'windows-1256', 'iso-8859-1']);
    for (const e of ENCODINGS) expect(new TextDecoder(e).encoding).toBe(e === 'iso-8859-1' ? 'windows-1252' : e);
  });

  it('reads a UTF-16 file when the encoding is chosen by hand', async () => {
    const { table } = await importFile(blob(utf16(TEXT, 'be', false)), 't', 't', { encoding: 'utf-16be' });
    expect(rows(table)).toEqual(rows((await twin()).table));
  });
});
