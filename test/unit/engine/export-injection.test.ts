import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMembers } from '../../../src/engine/export-members';
import type { MemberGrid } from '../../../src/engine/member-grid';
import { readXlsx } from '../../helpers/read-xlsx';

// Formula injection variants (issue 15, item 9): each exported cell written out by hand.
const cells: [string, string][] = [
  // [cell as the table holds it, the CSV field written]
  ['＝1+1', "'＝1+1"],
  ['＋1', "'＋1"],
  ['－1', "'－1"],
  ['＠SUM(A1)', "'＠SUM(A1)"],
  [' =1+1', "' =1+1"],
  ['   @x', "'   @x"],
  ['\n=1+1', "\"'\n=1+1\""],
  ['\r\n+1', "\"'\r\n+1\""],
  ['\u200b=1+1', "'\u200b=1+1"],
  ['\ufeff@x', "'\ufeff@x"],
  ['\u2060-x', "'\u2060-x"],
  ['\u00a0+x', "'\u00a0+x"],
  ['\u3000＝x', "'\u3000＝x"],
  [' \t=cmd', "\"' \t=cmd\""],
  ['\tx', "\"'\tx\""],
  ['a;=1+1', '"a;=1+1"'],
  ['a,=1+1', '"a,=1+1"'],
  ['a\t=1+1', '"a\t=1+1"'],
  ['say "hi"', '"say ""hi"""'],
  ["it's", "it's"],
  ['a-b', 'a-b'],
  ['x=1', 'x=1'],
  ['  plain', '  plain'],
  ['Şəki', 'Şəki'],
];

/** A negative number beside each cell: it stays a number, unneutralised. */
const number = (i: number) => (i % 2 ? -i : -(i + 1) / 2 ** 20);
const grid: MemberGrid = {
  columns: ['v', 'n', '＝h', 'a;b'],
  kinds: ['text', 'number', 'text', 'text'],
  rows: cells.map(([v], i) => [v, number(i), null, null]),
};
/** An RFC-4180 field without its quotes. */
const unquote = (f: string) => (f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f);

describe('CSV export: formula variants neutralised, separators quoted', () => {
  it('writes these exact bytes', async () => {
    const bytes = await encodeMembers(grid, 'csv', { sheet: 's' });
    const body = cells.map(([, csv], i) => `${csv},${number(i)},,`);
    const expected = ["v,n,'＝h,\"a;b\"", ...body, ''].join('\r\n');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(expected);
    // A few rows spelt out byte for byte, so the expectation does not only come from the table above.
    const lines = (text: string) => `\r\n${text}\r\n`;
    const written = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(written).toContain(lines("'\uff1d1+1,-9.5367431640625e-7,,"));
    expect(written).toContain(lines("'\uff0b1,-1,,"));
    expect(written).toContain(lines("'\u200b=1+1,-0.00000858306884765625,,"));
    expect(written).toContain(lines("'\ufeff@x,-9,,"));
    expect(written).toContain(lines('"\'\n=1+1",-0.00000667572021484375,,'));
    const semicolon = [0x22, 0x61, 0x3b, 0x3d, 0x31, 0x2b, 0x31, 0x22, 0x2c, 0x2d, 0x31, 0x35, 0x2c, 0x2c]; // "a;=1+1",-15,,
    expect(bytes.join()).toContain([0x0d, 0x0a, ...semicolon, 0x0d, 0x0a].join());
  });

  it('keeps numbers as numbers: a negative number is not a formula', async () => {
    const numbers: MemberGrid = { columns: ['n'], kinds: ['number'], rows: [[-5], [-0.25], [-1e21], [-Number.MIN_VALUE]] };
    const text = new TextDecoder().decode(await encodeMembers(numbers, 'csv', { sheet: 's' }));
    expect(text).toBe('n\r\n-5\r\n-0.25\r\n-1e+21\r\n-5e-324\r\n');
  });

  /** Fields of `line` as a spreadsheet splits them on `sep`: a quote opens a field only at its start (as in Excel). */
  const split = (line: string, sep: string): string[] => {
    const fields: string[] = [];
    let field = '', quoted = false, start = true;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
      } else if (c === '"' && start) { quoted = true; start = false; } else if (c === sep) { fields.push(field); field = ''; start = true; } else { field += c; start = false; }
    }
    return [...fields, field];
  };
  const unit = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', ' ', '\t', '\r', '\n', '\u200b', '\ufeff', '\u2060', ',', ';', '"', "'", 'a', '1');
  const cellArb = fc.array(unit, { maxLength: 8 }).map((u) => u.join(''));
  const dangerous = /^[\s\u200b\u2060\ufeff]*[=+\-@＝＋－＠]/;
  const csvOf = async (rows: string[][]) => {
    const g: MemberGrid = { columns: rows[0].map((_, i) => `c${i}`), kinds: rows[0].map(() => 'text'), rows };
    return new TextDecoder().decode(await encodeMembers(g, 'csv', { sheet: 's' })).slice(`${g.columns.join(',')}\r\n`.length, -2);
  };

  it('read on its commas, no cell starts with a formula sign and each is the text or the text after an apostrophe (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(cellArb, { minLength: 1, maxLength: 4 }), async (row) => {
      const fields = split(await csvOf([row]), ',');
      expect(fields.length).toBe(row.length);
      fields.forEach((f, k) => {
        expect(f).not.toMatch(dangerous);
        expect([row[k], `'${row[k]}`]).toContain(f);
      });
    }), { numRuns: 300, seed: 15 });
  });

  it('a one-column file read on ; or TAB (Excel in tr, ru, az; a paste) has no cell that starts with a formula sign (fast-check)', async () => {
    // Only the line's first field is sure to be read from its opening quote: with a field before it, a spreadsheet
    // splitting on another separator takes that quote as a letter, which no quoting can prevent.
    await fc.assert(fc.asyncProperty(cellArb, async (cell) => {
      const line = await csvOf([[cell]]);
      for (const sep of [';', '\t']) for (const f of split(line, sep)) expect(f).not.toMatch(dangerous);
    }), { numRuns: 300, seed: 15 });
  });
});

describe('XLSX export: the same text neutralised', () => {
  it('reads back each text cell with its apostrophe, numbers typed', async () => {
    const { rows, files } = readXlsx(await encodeMembers(grid, 'xlsx', { sheet: 's' }));
    expect(rows[0].map((c) => c.value)).toEqual(['v', 'n', "'＝h", 'a;b']);
    // The text of each CSV field without its quotes: a separator is no danger in a workbook, a formula sign is.
    expect(rows.slice(1).map((r) => [r[0].type, r[0].value, r[1].type, r[1].value])).toEqual(cells.map(([, csv], i) => ['s', unquote(csv), 'n', number(i)]));
    expect(rows.slice(1, 5).map((r) => r[0].value)).toEqual(["'＝1+1", "'＋1", "'－1", "'＠SUM(A1)"]);
    expect(rows[9][0].value).toBe("'\u200b=1+1");
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('<f>');
  });
});
