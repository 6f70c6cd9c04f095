// Columns aligned by runs of spaces (cdnow_master.txt, fixed-width exports): detected, read the same on both
// paths, YYYYMMDD read as dates; figures on cdnow checked with DuckDB splitting each line on its own.

import { openAsBlob } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { inferType } from '../../../../../src/engine/import/infer-type';
import { sniffDelimiter } from '../../../../../src/engine/import/sniff-delimiter';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import { sharedFile } from '../../../../helpers/shared-data';
import { duckCount } from '../../../../oracle/duckdb';
import { countRows } from './count-rows';

const CDNOW = sharedFile('cdnow_master.txt');
const rows = (t: Table) => Array.from({ length: t.rowCount }, (_, i) => t.columns.map((c) => cellValue(c, i)));
const both = async (text: string, options = {}) => {
  const bytes = await importFile(new Blob([text]), 't', 't', options);
  const chars = await importFile(new Blob([text]), 't', 't', options, undefined, undefined, true);
  expect(rows(bytes.table)).toEqual(rows(chars.table));
  expect(bytes.summary).toEqual(chars.summary);
  return bytes;
};

/** DuckDB over cdnow_master.txt: each line trimmed and split on runs of spaces (no CSV reader involved). */
const duck = (select: string) => duckCount(`
  WITH lines AS (SELECT unnest(string_split(content, chr(10))) AS line FROM read_text('${CDNOW}')),
  f AS (SELECT regexp_split_to_array(trim(replace(line, chr(13), '')), ' +') AS a FROM lines WHERE trim(replace(line, chr(13), '')) <> ''),
  d AS (SELECT a[1] AS id, strptime(a[2], '%Y%m%d')::DATE AS day, a[3]::INTEGER AS cds, a[4]::DECIMAL(18, 2) AS dollars FROM f WHERE a[1] <> 'customer_id')
  ${select}`);

describe('cdnow_master.txt', () => {
  it('is previewed as space-aligned with four typed columns', async () => {
    const { options, columns, rows: first, warnings } = await previewFile(await openAsBlob(CDNOW));
    expect([options.delimiter, options.encoding, warnings]).toEqual([' ', 'utf-8', []]);
    expect(columns.map((c) => [c.name, c.type, c.format ?? null])).toEqual([
      ['customer_id', 'text', null], ['date', 'date', 'YYYYMMDD'], ['number_of_cds', 'number', null], ['dollar_value', 'number', null],
    ]);
    expect(first[0]).toEqual(['00001', '19970101', '1', '11.77']);
  });

  it('imports 69,659 purchases of 23,570 customers, January 1997 to June 1998, as DuckDB counts them', async () => {
    const { table, summary } = await importFile(await openAsBlob(CDNOW), 'cdnow', 'cdnow');
    expect([table.rowCount, table.columns.length, summary.warnings]).toEqual([69659, 4, []]);
    const col = (name: string) => summary.columns.find((c) => c.name === name)!;
    expect(col('customer_id')).toMatchObject({ type: 'text', distinct: 23570, empty: 0 });
    expect(cellValue(findColumn(table, 'customer_id')!, 0)).toBe('00001');
    expect(col('date')).toMatchObject({ type: 'date', format: 'YYYYMMDD', min: '1997-01-01', max: '1998-06-30', empty: 0 });
    expect(col('number_of_cds')).toMatchObject({ type: 'number', min: 1, max: 99 });
    expect(col('dollar_value')).toMatchObject({ type: 'number', min: 0, max: 1286.01 });
    expect(await duck('SELECT count(*) FROM d')).toBe(69659);
    expect(await duck('SELECT count(DISTINCT id) FROM d')).toBe(23570);

    const dollars = findColumn(table, 'dollar_value')!;
    let cents = 0;
    for (let i = 0; i < table.rowCount; i++) cents += Math.round((cellValue(dollars, i) as number) * 100);
    expect(cents).toBe(await duck('SELECT (sum(dollars) * 100)::BIGINT FROM d'));
    expect(cents).toBe(250031563);

    const counts = [
      countRows(table, { column: 'date', op: 'on', value: '1997-01-01' }),
      countRows(table, { column: 'date', op: 'after', value: '1998-01-01' }),
      countRows(table, { column: 'number_of_cds', op: 'gte', value: 5 }, { column: 'dollar_value', op: 'gt', value: 100 }),
      countRows(table, { column: 'customer_id', op: 'eq', value: '00003' }),
    ];
    expect(counts).toEqual([
      await duck("SELECT count(*) FROM d WHERE day = DATE '1997-01-01'"),
      await duck("SELECT count(*) FROM d WHERE day > DATE '1998-01-01'"),
      await duck('SELECT count(*) FROM d WHERE cds >= 5 AND dollars > 100'),
      await duck("SELECT count(*) FROM d WHERE id = '00003'"),
    ]);
    expect(counts).toEqual([212, 12694, 2800, 6]);
  }, 60_000);
  // Both paths read it to one table: see byte-path.test.ts, which runs every real file.
});

describe('space-aligned text', () => {
  it('ignores spaces at the start and end of lines, takes a run of spaces as one delimiter, skips blank lines', async () => {
    const { table, summary } = await both('  name      city     n  \r\n  Ann       Bakı     1\r\n     \r\n  "Li Wei"  "New York"   22   \r\n  Bo  Ganja 3');
    expect(summary.columns.map((c) => [c.name, c.type])).toEqual([['name', 'text'], ['city', 'text'], ['n', 'number']]);
    expect(rows(table)).toEqual([['Ann', 'Bakı', 1], ['Li Wei', 'New York', 22], ['Bo', 'Ganja', 3]]);
    expect(summary.warnings).toEqual([]);
  });

  it('warns about a line with another number of fields, with its row (delimiter chosen in the preview)', async () => {
    const { table, summary } = await both(' a  b\n 1  2\n 3  4  5\n', { delimiter: ' ' });
    expect(rows(table)).toEqual([[1, 2], [3, 4]]);
    expect(summary.warnings).toEqual([{ row: 3, key: 'import.warning.fieldCount', params: { row: 3, expected: 2, found: 3 } }]);
  });

  it.each([
    [' customer_id  date  number_of_cds  dollar_value\r\n 00001 19970101  1  11.77\r\n 00002 19970112  1  12.00\r\n', ' '],
    ['id date amount\n1 2020-01-01 3\n2 2020-01-02 4\n', ' '],
    ['  name    city\n  Ann     Baku\n  Bob     Ganja\n', ' '],
    // Two words per line without any layout: one column of names, not two.
    ['full name\nAnn Lee\nBob Stone\n', ','],
    ['a,b\n1,2\n', ','], ['a;b c\n1;2 3\n', ';'], ['a\tb c\n1\t2 3\n', '\t'],
  ])('finds the delimiter of %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });
});

describe('dates written YYYYMMDD', () => {
  const values = (...v: string[]) => v.map((value) => ({ value, count: 1 }));

  it.each([
    [['19970101', '19980630', '20240229'], { type: 'date', format: 'YYYYMMDD' }],
    [['19000101', '21001231'], { type: 'date', format: 'YYYYMMDD' }],
    // An impossible day, a month 13, a year past 2100 or before 1900: eight-digit numbers, not dates.
    [['19970101', '20230229'], { type: 'number', decimal: '.' }],
    [['19970101', '19971301'], { type: 'number', decimal: '.' }],
    [['24170101', '19970101'], { type: 'number', decimal: '.' }],
    [['18991231'], { type: 'number', decimal: '.' }],
    [['10000000', '99999999', '45678912'], { type: 'number', decimal: '.' }],
    [['1997010', '19970101'], { type: 'number', decimal: '.' }],
    [['19970101.5'], { type: 'number', decimal: '.' }],
  ])('infers %j as %j', (v, spec) => {
    expect(inferType(values(...v), ',')).toEqual(spec);
  });

  it('reads them as UTC days on both paths', async () => {
    const { table } = await both('id,day\nA1,19970101\nA2,20240229\nA3,\n');
    expect(rows(table)).toEqual([['A1', '1997-01-01'], ['A2', '2024-02-29'], ['A3', null]]);
  });

  it('keeps zero-padded eight-digit ids as text', async () => {
    const { summary } = await both('id\n00000001\n00000002\n');
    expect(summary.columns[0].type).toBe('text');
  });
});
