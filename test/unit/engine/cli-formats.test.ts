// The command line reads what the app reads: import warnings on stderr with exit status 0, a workbook's sheet by
// `#name`, a file's encoding by --encoding, JSON whose odd lines are named; and its arguments as a pure function.

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { parseArgs, splitPart } from '../../../src/engine/cli-args';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ac-cli-formats-'));
const cli = (...args: string[]) => run('node_modules/.bin/tsx', ['src/engine/cli.ts', ...args]);
const fails = async (...args: string[]) => {
  try { await cli(...args); } catch (e) { return e as { code: number; stderr: string }; }
  throw new Error('expected the command to fail');
};

/** A project over table `customers` keyed by `id`, with a filter `f` of `conditions` when given. */
function project(conditions?: object[]): string {
  const path = join(dir, `p${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({
    format: 'audience-canvas', version: 1, name: 't', tables: [{ id: 'customers', role: 'customers', key: 'id' }],
    nodes: [{ id: 'all', type: 'source', table: 'customers' }, ...(conditions ? [{ id: 'f', type: 'filter', conditions }] : [])],
    edges: conditions ? [{ id: 'e', source: 'all', target: 'f' }] : [],
  }));
  return path;
}

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('the command line reading data files', () => {
  it('prints import warnings on stderr, by file and row, and exits 0', async () => {
    const csv = file('open-quote.csv', 'id,name\n1,Ann\n2,"Bob\n3,Cem\n');
    const { stdout, stderr } = await cli('count', project(), '--data', `customers=${csv}`);
    expect(JSON.parse(stdout).total).toBe(2);
    expect(stderr).toBe(`warning: ${csv}: The file ends inside a quoted field; the last row may be incomplete\n`);
    const ndjson = file('odd.ndjson', '{"id":1}\n[2]\n{"id":3}\nnope\n');
    const r = await cli('count', project(), '--data', `customers=${ndjson}`);
    expect(JSON.parse(r.stdout).total).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      `warning: ${ndjson}:2: Line 2 is not an object with named fields (one customer) and was skipped`,
      `warning: ${ndjson}:4: Line 4 is not valid JSON and was skipped`,
      '',
    ]);
  }, 60_000);

  it('reads the sheet named after # in a workbook, and names the sheets when it has no such one', async () => {
    const bytes = new Uint8Array(await (await writeXlsxFile([
      { sheet: 'Dashboard', data: [[{ value: 'Sales 2024', type: String }]] },
      { sheet: 'Orders', data: [
        [{ value: 'id', type: String }, { value: 'segment', type: String }],
        ...[1, 2, 3, 4, 5].map((i) => [{ value: i, type: Number }, { value: i % 2 ? 'Consumer' : 'Corporate', type: String }]),
      ] },
    ]).toBlob()).arrayBuffer());
    const book = file('book #1.xlsx', bytes);
    const consumers = project([{ column: 'segment', op: 'eq', value: 'Consumer' }]);
    const out = JSON.parse((await cli('count', consumers, '--data', `customers=${book}#Orders`)).stdout);
    expect([out.total, out.nodes.f.count]).toEqual([5, 3]);
    const e = await fails('count', consumers, '--data', `customers=${book}#Nope`);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('Dashboard, Orders');
    const csv = file('plain.csv', 'id,segment\n1,Consumer\n');
    const notBook = await fails('count', consumers, '--data', `customers=${csv}#Orders`);
    expect([notBook.code, notBook.stderr.trim()]).toEqual([2, `${csv}: #Orders names a sheet of an Excel workbook or a file inside a zip, and this file is neither`]);
  }, 60_000);

  it('reads the file inside a zip named after #, or all of them with #*', async () => {
    const zip = file('export.zip', zipSync({
      'subscribed.csv': strToU8('id,email\n1,a@x.az\n2,b@x.az\n3,c@x.az\n'),
      'unsubscribed.csv': strToU8('id,email\n4,d@x.az\n5,e@x.az\n'),
    }));
    expect(JSON.parse((await cli('count', project(), '--data', `customers=${zip}#unsubscribed.csv`)).stdout).total).toBe(2);
    expect(JSON.parse((await cli('count', project(), '--data', `customers=${zip}#subscribed.csv`)).stdout).total).toBe(3);
    expect(JSON.parse((await cli('count', project(), '--data', `customers=${zip}#*`)).stdout).total).toBe(5);
  }, 60_000);

  it('reads a windows-1251 file as windows-1251 with --encoding, for every file or by id', async () => {
    // windows-1251 puts А…я at 0xC0…0xFF in alphabet order (Ё and ё elsewhere, not used here).
    const cp1251 = (s: string) => Uint8Array.from(s, (ch) => (ch >= 'А' && ch <= 'я' ? ch.charCodeAt(0) - 0x410 + 0xc0 : ch.charCodeAt(0)));
    const csv = file('cp1251.csv', cp1251('id,name,city\n1,Айгуль,Бишкек\n2,Нурлан,Ош\n3,Бакыт,Бишкек\n'));
    const inBishkek = project([{ column: 'city', op: 'eq', value: 'Бишкек' }]);
    for (const flag of ['windows-1251', 'customers=windows-1251']) {
      const out = JSON.parse((await cli('count', inBishkek, '--data', `customers=${csv}`, '--encoding', flag)).stdout);
      expect(out.nodes.f.count).toBe(2);
    }
    const { stdout } = await cli('export', inBishkek, '--data', `customers=${csv}`, '--encoding', 'windows-1251', '--node', 'f', '--format', 'csv');
    expect(stdout).toBe('id,name,city\r\n1,Айгуль,Бишкек\r\n3,Бакыт,Бишкек\r\n');
    // Read as Latin-1 instead, no city is Бишкек: the flag is what decides.
    expect(JSON.parse((await cli('count', inBishkek, '--data', `customers=${csv}`, '--encoding', 'windows-1252')).stdout).nodes.f.count).toBe(0);
    expect((await fails('count', inBishkek, '--data', `customers=${csv}`, '--encoding', 'klingon')).code).toBe(2);
  }, 60_000);
});

describe('the command line arguments', () => {
  const exists = (paths: string[]) => (p: string) => paths.includes(p);

  it('splits file#part only where the part before # is a file or a workbook or zip by name', () => {
    expect(splitPart('book.xlsx#Orders', exists([]))).toEqual({ file: 'book.xlsx', part: 'Orders' });
    expect(splitPart('export.zip#subscribed.csv', exists([]))).toEqual({ file: 'export.zip', part: 'subscribed.csv' });
    expect(splitPart('export.zip#*', exists([]))).toEqual({ file: 'export.zip', part: '*' });
    expect(splitPart('a#1.csv', exists(['a#1.csv']))).toEqual({ file: 'a#1.csv' });
    expect(splitPart('a#1.csv', exists([]))).toEqual({ file: 'a#1.csv' });
    expect(splitPart('data#2#Sheet 1', exists(['data#2']))).toEqual({ file: 'data#2', part: 'Sheet 1' });
    expect(splitPart('my#book.xlsx#Q#4', exists([]))).toEqual({ file: 'my#book.xlsx', part: 'Q#4' });
    expect(splitPart('book.XLSX#', exists([]))).toEqual({ file: 'book.XLSX', part: '' });
  });

  it('reads --data and --encoding, for all files or one id', () => {
    const a = parseArgs(['count', 'p.json', '--data', 'customers=c.csv', '--data', 'orders=o.xlsx#Orders', '--encoding', 'windows-1251', '--encoding', 'orders=utf-8'], exists([]));
    expect([...a.data]).toEqual([
      ['customers', { file: 'c.csv', encoding: 'windows-1251' }],
      ['orders', { file: 'o.xlsx', part: 'Orders', encoding: 'utf-8' }],
    ]);
    expect([...parseArgs(['count', 'p.json', '--data', 'x=a=b.csv'], exists([])).data]).toEqual([['x', { file: 'a=b.csv' }]]);
    expect(() => parseArgs(['count', 'p.json', '--data', 'x=a.csv', '--encoding', 'y=utf-8'], exists([]))).toThrow('there is no --data y=file');
    expect(() => parseArgs(['count', 'p.json', '--encoding', 'nope'], exists([]))).toThrow('"nope" is not an encoding');
    expect(() => parseArgs(['count', 'p.json', '--data', '=a.csv'], exists([]))).toThrow('--data needs id=file');
    expect(() => parseArgs(['sum', 'p.json'], exists([]))).toThrow('usage: cli count');
  });
});
