// A column that starts as numbers and turns out to be text keeps every cell as written (1.10 stays 1.10, a
// 20-digit ICCID keeps its digits), on the byte path and the text path; a number column never holds Infinity.

import fc from 'fast-check';
import { mkdtempSync, openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteColumnBuilder } from '../../../../../src/engine/import/byte-column-builder';
import { ColumnBuilder } from '../../../../../src/engine/import/column-builder';
import { Engine } from '../../../../../src/engine/engine';
import { importFile } from '../../../../../src/engine/import/index';
import { cellValue, type Table } from '../../../../../src/engine/table';
import type { Project } from '../../../../../src/model/types';
import { duckTable } from '../../../../oracle/duckdb';

const dir = mkdtempSync(join(tmpdir(), 'ac-cells-'));
const utf8 = new TextEncoder();
const decoder = new TextDecoder();
const decode = (buf: Uint8Array, s: number, e: number) => decoder.decode(buf.subarray(s, e));

/** Cells of column `name`, as read. */
const column = (t: Table, name: string) => {
  const c = t.columns.find((x) => x.name === name)!;
  return { type: c.type, cells: Array.from({ length: t.rowCount }, (_, i) => cellValue(c, i)) };
};

/** Both builders in number mode fed `cells`, then built as text: what each cell reads as. */
function replayed(cells: string[]): { text: (string | null)[]; bytes: (string | null)[] } {
  const t = new ColumnBuilder('c', true), b = new ByteColumnBuilder('c', true, decode);
  for (const s of cells) {
    t.add(s);
    const bytes = utf8.encode(`#${s}#`);
    b.add(bytes, 1, bytes.length - 1);
  }
  const bad = { cells: 0, firstRow: -1 };
  const read = (col: ReturnType<ColumnBuilder['build']>) => Array.from({ length: cells.length }, (_, i) => cellValue(col, i) as string | null);
  return { text: read(t.build({ type: 'text' }, bad)), bytes: read(b.build({ type: 'text' }, bad)) };
}

// Numbers in every shape a file writes them: trailing zeros, exponents, signs, long digit runs, tiny and huge values.
const numberText = fc.oneof(
  fc.constantFrom('0', '-0', '0.0', '1.10', '9.90', '0.50', '.5', '5.', '-.5', '1e5', '1E5', '1e-7', '1e21', '1e309', '-1e309',
    '0.000001', '0.0000001', '-0.000001', '12345678901234567890', '89994000000000000001', '123456789012345', '1234567890123456',
    '0.1234567890123456', '-05', '-00.5', '-0.5', '100', '1e+2', '2.50e3', '9007199254740993', '4.35', '0.30000000000000004'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).chain((x) => fc.integer({ min: 0, max: 8 }).map((d) => x.toFixed(d))),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.stringMatching(/^-?[0-9]{1,20}(\.[0-9]{0,6})?([eE][+-]?[0-9]{1,3})?$/),
  fc.constantFrom('', ' '),
);

describe('a column that leaves number mode', () => {
  it('replays every earlier cell exactly as written, on both builders', () => {
    fc.assert(fc.property(fc.array(numberText, { maxLength: 60 }), (cells) => {
      const all = [...cells, 'n/a'];
      const expected = all.map((s) => (s.trim() === '' ? null : s));
      const { text, bytes } = replayed(all);
      expect(text).toEqual(expected);
      expect(bytes).toEqual(expected);
    }), { numRuns: 500 });
  });
});

describe('a file whose column turns to text after 30,000 numbers', () => {
  const specials = ['1.10', '9.90', '0.50', '1e5', '-0', '89994012345678901234'];
  // Row i (0-based): a special every 997 rows (31 of them, so 1.10 at 0, 6, 12, 18, 24, 30 · 997), else an integer or
  // an amount 10.00 to 59.90; at 29,998 and 29,999 the two that are numbers to a reader but not plain ones (+3,
  // 1e309, the first cells to leave the fast path); then 2,000 text cells.
  const values: string[] = [];
  for (let i = 0; i < 29_998; i++) values.push(i % 997 === 0 ? specials[(i / 997) % specials.length] : i % 3 ? String(i) : `${(i % 50) + 10}.${(i % 10) * 10}`);
  values.push('+3', '1e309');
  for (let i = 0; i < 2_000; i++) values.push(i % 2 ? 'unknown' : `N${i}`);
  const path = join(dir, 'turns-text.csv');
  writeFileSync(path, `id,v\n${values.map((v, i) => `${i + 1},${v}`).join('\n')}\n`);

  it.each([false, true])('reads every cell as written (text path: %s), and eq "1.10" counts what DuckDB counts', async (text) => {
    const { table } = await importFile(await openAsBlob(path), 'customers', 't', undefined, undefined, undefined, text);
    const v = column(table, 'v');
    expect(v.type).toBe('text');
    expect(v.cells).toEqual(values);
    expect(v.cells.filter((c) => c === '1.10').length).toBe(6);
    const engine = new Engine();
    engine.setTable(table);
    const project: Project = {
      format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [{ id: 'customers', role: 'customers' }], traits: [],
      nodes: [
        { id: 'all', type: 'source', table: 'customers', position: { x: 0, y: 0 } },
        { id: 'f', type: 'filter', match: 'all', conditions: [{ column: 'v', op: 'eq', value: '1.10' }], position: { x: 0, y: 0 } },
      ],
      edges: [{ id: 'e', source: 'all', target: 'f' }],
    } as Project;
    const duck = await duckTable(path, ',');
    try {
      const expected = await duck.count(`lower(trim(v)) = '1.10'`);
      expect(expected).toBe(6);
      expect(engine.count(project).nodes.f.count).toBe(expected);
    } finally { duck.close(); }
  }, 60_000);
});

describe('a number column with a value too big for a double', () => {
  it.each([false, true])('leaves 1e309 empty with a warning and keeps the other numbers (text path: %s)', async (text) => {
    const rows = ['1.5', '2', '1e309', '-3.25', '', '4'];
    const blob = new Blob([`k,v\n${rows.map((v, i) => `${i},${v}`).join('\n')}\n`]);
    const { table, summary } = await importFile(blob, 't', 't', undefined, undefined, undefined, text);
    const v = column(table, 'v');
    expect(v).toEqual({ type: 'number', cells: [1.5, 2, null, -3.25, null, 4] });
    expect(summary.warnings).toEqual([{ row: 4, key: 'import.warning.unparsed', params: { column: 'v', count: 1, type: 'number', row: 4 } }]);
  });

  it.each([false, true])('in a long file read by chunks, too (text path: %s)', async (text) => {
    const n = 40_000;
    const cells = Array.from({ length: n }, (_, i) => (i === 35_000 ? '-1e400' : `${i}.25`));
    const { table } = await importFile(new Blob([`v\n${cells.join('\n')}\n`]), 't', 't', undefined, undefined, undefined, text);
    const v = column(table, 'v');
    expect(v.type).toBe('number');
    expect(v.cells[35_000]).toBeNull();
    expect(v.cells[34_999]).toBe(34_999.25);
    expect(v.cells.filter((c) => c === null).length).toBe(1);
    expect(v.cells.some((c) => c === Infinity || c === -Infinity)).toBe(false);
  }, 30_000);
});
