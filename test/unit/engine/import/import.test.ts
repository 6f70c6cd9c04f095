import { describe, expect, it } from 'vitest';
import { ImportError, importFile, previewFile } from '../../../../src/engine/import/index';
import { detectDateOrder, parseDate } from '../../../../src/engine/import/parse-date';
import { parseNumber } from '../../../../src/engine/import/parse-number';
import { sniffDelimiter } from '../../../../src/engine/import/sniff-delimiter';
import { sniffEncoding } from '../../../../src/engine/import/sniff-encoding';
import { cellValue, type Table } from '../../../../src/engine/table';

const rows = (t: Table) => Array.from({ length: t.rowCount }, (_, i) => t.columns.map((c) => cellValue(c, i)));
const imp = (text: string | Uint8Array, options = {}) => importFile(new Blob([text as BlobPart]), 't', 't', options);

describe('sniffing', () => {
  it.each([
    ['a,b\n1,2\n', ','], ['a;b\n1;2\n', ';'], ['a\tb\n1\t2\n', '\t'], ['a|b\n1|2\n', '|'],
    ['"x,y";b\n"1,5";2\n"2,5";3\n', ';'],
  ])('finds the delimiter of %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });

  it('tells UTF-8 from Windows code pages', () => {
    const cp = (label: string, text: string) => {
      // Encode with a reverse lookup of the decoder's table (TextEncoder only writes UTF-8).
      const dec = new TextDecoder(label);
      const map = new Map<string, number>();
      for (let b = 0; b < 256; b++) map.set(dec.decode(Uint8Array.of(b)), b);
      return Uint8Array.from([...text].map((ch) => map.get(ch)!));
    };
    expect(sniffEncoding(new TextEncoder().encode('имя,город\nАнна,Москва\n'))).toBe('utf-8');
    expect(sniffEncoding(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).toBe('utf-8');
    expect(sniffEncoding(cp('windows-1251', 'имя,город\nАнна,Москва\nДмитрий,Казань\n'))).toBe('windows-1251');
    expect(sniffEncoding(cp('windows-1254', 'isim,sehir\nAyşe,İstanbul\nIşıl,Isparta\nMehmet,Ankara\n'))).toBe('windows-1254');
    expect(sniffEncoding(cp('windows-1256', 'نام,شهر\nمریم,تهران\nعلی,شیراز\n'))).toBe('windows-1256');
  });
});

describe('numbers and dates', () => {
  it.each([
    ['12', '.', 12], [' -3.5 ', '.', -3.5], ['1,234.56', '.', 1234.56], ['1,5', ',', 1.5], ['1.234,56', ',', 1234.56],
    ['1 234,56', ',', 1234.56], ['۱۲۳', '.', 123], ['٤٫٥', '.', 4.5], ['', '.', NaN], ['abc', '.', NaN], ['1,5', '.', NaN],
  ] as const)('reads %j with decimal %j as %d', (raw, decimal, value) => {
    expect(parseNumber(raw, decimal)).toBe(value);
  });

  it.each([
    [['2024-01-31', '2023-12-01 08:26'], 'ymd'], [['04-09-2012', '21-08-2013'], 'dmy'], [['04.09.2012'], 'dmy'],
    [['12/1/2010 8:26', '12/13/2010 9:00'], 'mdy'], [['1/2/2020'], 'mdy'], [['13/2/2020', '1/2/2020'], 'dmy'], [['2020-13-45'], null], [['hello'], null],
  ] as const)('detects the order of %j as %s', (values, order) => {
    expect(detectDateOrder([...values])).toBe(order);
  });

  it('reads dates as UTC wall-clock times and refuses impossible days', () => {
    expect(parseDate('04-09-2012', 'dmy')).toBe(Date.UTC(2012, 8, 4));
    expect(parseDate('12/1/2010 8:26', 'mdy')).toBe(Date.UTC(2010, 11, 1, 8, 26));
    expect(parseDate('31.02.2020', 'dmy')).toBeNaN();
  });
});

describe('importing text', () => {
  it('handles quotes with delimiters, doubled quotes and newlines, CRLF and no final newline', async () => {
    const { table } = await imp('name,note\r\n"Smith, J","said ""hi""\r\nand left"\r\nAli,plain');
    expect(rows(table)).toEqual([['Smith, J', 'said "hi"\r\nand left'], ['Ali', 'plain']]);
  });

  it('infers types and keeps blanks empty, never 0', async () => {
    const { table, summary } = await imp('id,amount,vip,joined,tags,zip\n001,1.5,Yes,2024-01-02,a;b,007\n002, ,no,,b,010\n003,2,NO,2024-02-03,c;a,123\n');
    expect(summary.columns.map((c) => c.type)).toEqual(['text', 'number', 'boolean', 'date', 'tags', 'text']);
    expect(rows(table)[1]).toEqual(['002', null, false, null, 'b', '010']);
  });

  it('detects decimal commas in a semicolon file', async () => {
    const { table, summary } = await imp('ad;məbləğ\nAysel;1.234,50\nİlkin;12,5\n');
    expect(summary.columns[1]).toMatchObject({ type: 'number', decimal: ',' });
    expect(rows(table).map((r) => r[1])).toEqual([1234.5, 12.5]);
  });

  it('warns with row numbers about malformed rows instead of failing', async () => {
    const { table, summary } = await imp('a,b\n1,2\n3\n4,5,6\n7,8\n');
    expect(table.rowCount).toBe(4);
    expect(summary.warnings).toEqual([
      { row: 3, key: 'import.warning.fieldCount', params: { row: 3, expected: 2, found: 1 } },
      { row: 4, key: 'import.warning.fieldCount', params: { row: 4, expected: 2, found: 3 } },
    ]);
  });

  it('counts values a typed column could not read, and says where the first one is', async () => {
    const { summary } = await imp('n\n1\n2\nthree\n4\n', { columns: { n: { type: 'number' } } });
    expect(summary.warnings).toEqual([{ row: 4, key: 'import.warning.unparsed', params: { column: 'n', count: 1, type: 'number', row: 4 } }]);
  });

  it('names blank and repeated headers', async () => {
    const { table } = await imp('a,,a\n1,2,3\n');
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'column 2', 'a (2)']);
  });

  it('refuses an empty file with one clear message', async () => {
    await expect(imp('')).rejects.toMatchObject({ key: 'import.error.empty' });
    await expect(imp('  \n ')).rejects.toBeInstanceOf(ImportError);
  });

  it('reads JSON arrays and NDJSON', async () => {
    const a = await imp('[{"name":"Ayşe","age":30,"tags":["x","y"]},{"name":"Ivan","age":null}]');
    expect(rows(a.table)).toEqual([['Ayşe', 30, 'x;y'], ['Ivan', null, null]]);
    const b = await imp('{"a":1}\n{"a":2}\nnot json\n');
    expect(rows(b.table)).toEqual([[1], [2]]);
    expect(b.summary.warnings).toEqual([{ row: 3, key: 'import.warning.badJsonLine', params: { row: 3 } }]);
    await expect(imp('[1,2')).rejects.toMatchObject({ key: 'import.error.json' });
    await expect(imp('{"a":1}')).resolves.toMatchObject({ table: { rowCount: 1 } });
    await expect(imp('[1, 2]')).rejects.toMatchObject({ key: 'import.error.jsonShape' });
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importFile(new Blob(['a\n1\n']), 't', 't', {}, undefined, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('streams big files in chunks with progress', async () => {
    const text = 'id,v\n' + Array.from({ length: 300_000 }, (_, i) => `${i},"line ${i}, quoted"`).join('\n');
    const seen: number[] = [];
    const { table } = await importFile(new Blob([text]), 't', 't', {}, (f) => seen.push(f));
    expect(table.rowCount).toBe(300_000);
    expect(cellValue(table.columns[1], 299_999)).toBe('line 299999, quoted');
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(1);
  }, 60_000);

  it.each([false, true])('reads a quote that never closes in a few, growing reads (text path: %s)', async (textPath) => {
    // 20 MiB after an open quote: 5 reads of 4 MiB would rescan the held-back record each time (quadratic).
    const text = 'a,b\n1,"open\n' + 'x,yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\n'.repeat(20 * 2 ** 20 / 33);
    const seen: number[] = [];
    const { table, summary } = await importFile(new Blob([text]), 't', 't', {}, (f) => seen.push(f), undefined, textPath);
    expect(table.rowCount).toBe(1);
    expect((cellValue(table.columns[1], 0) as string).length).toBe(text.length - 'a,b\n1,"'.length);
    expect(summary.warnings.map((w) => w.key)).toContain('import.warning.unterminated');
    expect(seen.map((f) => Math.round(f * 100) / 100)).toEqual([0.2, 0.4, 0.8, 1]);
  }, 30_000);

  it('previews the first rows with the options it found', async () => {
    const p = await previewFile(new Blob(['a;b\n1;x\n2;y\n']));
    expect(p.options).toEqual({ format: 'csv', delimiter: ';', encoding: 'utf-8', columns: {} });
    expect(p.rows).toEqual([['1', 'x'], ['2', 'y']]);
    expect(p.columns.map((c) => c.type)).toEqual(['number', 'text']);
  });
});
