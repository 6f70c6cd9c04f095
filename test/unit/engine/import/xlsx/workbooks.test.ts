// Workbooks written cell by cell in the test: which sheet is preselected, where the header row is, a table object's
// range, and how each kind of cell reads (formula results, booleans, dates by their format, empty cells).

import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { cellValue, findColumn, type Table } from '../../../../../src/engine/table';
import { cell, row, workbook } from './make-workbook';

const values = (table: Table, name: string) => {
  const col = findColumn(table, name);
  if (!col) throw new Error(`no column ${name} in ${table.columns.map((c) => c.name).join(', ')}`);
  return Array.from({ length: table.rowCount }, (_, i) => cellValue(col, i));
};
const load = (file: Blob, options = {}) => importFile(file, 'customers', 'book.xlsx', options);

const DATA = row(1, ['Name', 'City', 'Amount']) + row(2, ['Ada', 'Bakı', 10]) + row(3, ['Bob', 'Ganja', 20.5]);

describe('which sheet is preselected', () => {
  const book = workbook([
    { name: 'Chart' }, // a chart sheet: no cells
    { name: 'Dashboard', rows: '' },
    { name: 'Read me', rows: row(1, ['Sales workbook, 2024']) },
    { name: 'Data', rows: DATA },
  ]);

  it('lists every sheet with its rows and preselects the first with a header row and data', async () => {
    const p = await previewFile(book);
    expect(p.sheets).toEqual([
      { name: 'Chart', rows: 0 }, { name: 'Dashboard', rows: 0 }, { name: 'Read me', rows: 1 }, { name: 'Data', rows: 2, headerRow: 1 },
    ]);
    expect(p.options).toMatchObject({ format: 'xlsx', sheet: 'Data', headerRow: 1 });
    expect([p.rowCount, p.rowsExact]).toEqual([2, true]);
    expect(p.columns.map((c) => [c.name, c.type])).toEqual([['Name', 'text'], ['City', 'text'], ['Amount', 'number']]);
    expect(p.rows).toEqual([['Ada', 'Bakı', '10'], ['Bob', 'Ganja', '20.5']]);
  });

  it('imports the preselected sheet, or the one named', async () => {
    const { table } = await load(book);
    expect(values(table, 'City')).toEqual(['Bakı', 'Ganja']);
    const notes = await load(book, { sheet: 'Read me' });
    expect([notes.table.rowCount, notes.table.columns.map((c) => c.name)]).toEqual([0, ['Sales workbook, 2024']]);
  });

  it('refuses a sheet that is not there, and an empty one, by name', async () => {
    await expect(load(book, { sheet: 'Orders' })).rejects.toMatchObject({ key: 'import.error.xlsxSheet', params: { sheet: 'Orders', sheets: 'Chart, Dashboard, Read me, Data' } });
    await expect(load(book, { sheet: 'Dashboard' })).rejects.toMatchObject({ key: 'import.error.xlsxEmptySheet', params: { sheet: 'Dashboard' } });
    await expect(previewFile(book, { sheet: 'Chart' })).rejects.toMatchObject({ key: 'import.error.xlsxEmptySheet', params: { sheet: 'Chart' } });
  });

  it('names sheets as Excel shows them (entities decoded) and imports one by that name', async () => {
    const named = workbook([{ name: 'R&D "Q1" <draft>', rows: DATA }, { name: 'Ünvanlar', rows: row(1, ['k']) + row(2, ['v']) }]);
    expect((await previewFile(named)).sheets?.map((x) => x.name)).toEqual(['R&D "Q1" <draft>', 'Ünvanlar']);
    expect(values((await load(named, { sheet: 'Ünvanlar' })).table, 'k')).toEqual(['v']);
    expect(values((await load(named, { sheet: 'R&D "Q1" <draft>' })).table, 'City')).toEqual(['Bakı', 'Ganja']);
  });

  it('passes over a hidden sheet while a shown one has a header row', async () => {
    const p = await previewFile(workbook([{ name: 'Lookup', rows: DATA, hidden: true }, { name: 'Data', rows: DATA }]));
    expect([p.sheets?.map((x) => x.name), p.options.sheet]).toEqual([['Lookup', 'Data'], 'Data']);
    expect((await previewFile(workbook([{ name: 'Lookup', rows: DATA, hidden: true }, { name: 'Cover', rows: '' }]))).options.sheet).toBe('Lookup');
  });

  it('passes over a pivot table sheet, however clear its first row looks', async () => {
    const p = await previewFile(workbook([{ name: 'Pivot', rows: DATA, pivot: true }, { name: 'Data', rows: DATA }]));
    expect(p.sheets).toEqual([{ name: 'Pivot', rows: 2 }, { name: 'Data', rows: 2, headerRow: 1 }]);
    expect(p.options.sheet).toBe('Data');
  });

  it('falls back on the first filled row of a sheet of numbers only (no header found)', async () => {
    const book2 = workbook([{ name: 'Numbers', rows: row(1, [1, 2]) + row(2, [3, 4]) }]);
    const p = await previewFile(book2);
    expect(p.sheets).toEqual([{ name: 'Numbers', rows: 2 }]); // every filled row, for want of a header
    expect(p.rowCount).toBe(1); // below the row taken as the header
    expect(p.options).toMatchObject({ sheet: 'Numbers', headerRow: 1 });
    expect(p.columns.map((c) => c.name)).toEqual(['1', '2']);
  });
});

describe('the header row', () => {
  // A title, a blank row, a note, then the header in row 4 from column B; one blank row among the data.
  const book = workbook([{
    name: 'Report',
    rows: row(1, ['Customer report']) + row(3, ['Exported 2024-05-01', 'by CRM']) + row(4, ['Name', 'City', 'Amount'], 'B')
      + row(5, ['Ada', 'Bakı', 10], 'B') + row(6, ['Bob', 'Ganja', 20], 'B') + '<row r="7"/>' + row(8, ['Cem', 'İzmir', 30], 'B'),
  }]);

  it('is found below titles and blank rows; blank rows are no records', async () => {
    const p = await previewFile(book);
    expect(p.sheets).toEqual([{ name: 'Report', rows: 3, headerRow: 4 }]);
    expect(p.options).toMatchObject({ sheet: 'Report', headerRow: 4 });
    const { table } = await load(book);
    expect(table.columns.map((c) => c.name)).toEqual(['Name', 'City', 'Amount']);
    expect(values(table, 'Amount')).toEqual([10, 20, 30]);
  });

  it('can be chosen: the rows below it are the data, a row of numbers gives the names as written', async () => {
    const p = await previewFile(book, { headerRow: 5 });
    expect(p.options.headerRow).toBe(5);
    expect(p.rowCount).toBe(2);
    const { table } = await load(book, { headerRow: 5 });
    expect(table.columns.map((c) => c.name)).toEqual(['Ada', 'Bakı', '10']);
    expect(values(table, 'Bakı')).toEqual(['Ganja', 'İzmir']);
  });

  it('cannot be below the last row', async () => {
    await expect(load(book, { headerRow: 9 })).rejects.toMatchObject({ key: 'import.error.xlsxHeaderRow', params: { row: 9, sheet: 'Report', last: 8 } });
  });
});

describe('an Excel table object', () => {
  // The table C4:E7 (header, two rows, a totals row) beside a title and a note outside it.
  const rows = row(1, ['Q2 orders, see the table below']) + row(4, ['Order', 'Customer', 'Total'], 'C')
    + row(5, ['A-1', 'Ada', 10], 'C') + row(6, ['A-2', 'Bob', 32], 'C') + row(7, ['Total', null, 42], 'C')
    + row(9, ['a note under the table, outside it']);
  const book = workbook([{ name: 'Orders', rows, tables: [{ name: 'Q2Orders', ref: 'C4:E7', columns: ['Order', 'Customer', 'Total'], totalsRowCount: 1 }] }]);

  it('gives the range: its header row and columns, without the totals row or cells outside it', async () => {
    const p = await previewFile(book);
    expect(p.sheets).toEqual([{ name: 'Orders', rows: 2, headerRow: 4, table: 'Q2Orders' }]);
    expect(p.options.headerRow).toBe(4);
    const { table } = await load(book);
    expect(table.columns.map((c) => c.name)).toEqual(['Order', 'Customer', 'Total']);
    expect(values(table, 'Total')).toEqual([10, 32]);
  });

  it('gives way to a header row chosen elsewhere: the filled cells below it, the note in column A too', async () => {
    const { table } = await load(book, { headerRow: 5 });
    expect(table.columns.map((c) => c.name)).toEqual(['column 1', 'column 2', 'A-1', 'Ada', '10']);
    expect(values(table, 'column 1')).toEqual([null, null, 'a note under the table, outside it']);
    expect(values(table, '10')).toEqual([32, 42, null]);
  });

  it('of two on a sheet, the larger', async () => {
    const two = workbook([{ name: 'T', rows: row(1, ['k', 'v']) + row(2, ['a', 1]) + row(4, ['id', 'name', 'city'], 'D') + row(5, [1, 'Ada', 'Bakı'], 'D') + row(6, [2, 'Bob', 'Ganja'], 'D'),
      tables: [{ name: 'Small', ref: 'A1:B2', columns: ['k', 'v'] }, { name: 'Customers', ref: 'D4:F6', columns: ['id', 'name', 'city'] }] }]);
    const p = await previewFile(two);
    expect(p.sheets).toEqual([{ name: 'T', rows: 2, headerRow: 4, table: 'Customers' }]);
    expect(p.columns.map((c) => c.name)).toEqual(['id', 'name', 'city']);
  });

  it('names a column whose header cell is blank from the table', async () => {
    const blank = workbook([{ name: 'T', rows: row(1, ['id', null]) + row(2, [1, 'Ada']), tables: [{ name: 'T1', ref: 'A1:B2', columns: ['id', 'Column2'] }] }]);
    expect((await previewFile(blank)).columns.map((c) => c.name)).toEqual(['id', 'Column2']);
  });

  it('without a header row, names its columns from the table', async () => {
    const headless = workbook([{ name: 'T', rows: row(2, ['A-1', 10], 'B') + row(3, ['A-2', 32], 'B'), tables: [{ name: 'T1', ref: 'B2:C3', columns: ['Order', 'Total'], headerRowCount: 0 }] }]);
    const { table } = await load(headless);
    expect(table.columns.map((c) => c.name)).toEqual(['Order', 'Total']);
    expect(values(table, 'Order')).toEqual(['A-1', 'A-2']);
  });
});

describe('cells', () => {
  const rows = row(1, ['Formula', 'Text formula', 'Flag', 'Day', 'Serial', 'Builtin day', 'Price', 'Note'])
    + '<row r="2"><c r="A2"><f>B9*2</f><v>90000</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C2" t="b"><v>1</v></c>'
    + '<c r="D2" s="1"><v>45000</v></c><c r="E2"><v>45000</v></c><c r="F2" s="2"><v>45000.5</v></c><c r="G2" s="3"><v>1.1</v></c>'
    + cell('H2', '  two spaces kept  ') + '</row>'
    + '<row r="3"><c r="A3"><f>B9*3</f><v>1.5</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" s="1"/><c r="E3"><v>-2</v></c><c r="G3" s="3"><v>9.9</v></c></row>';
  const book = workbook([{ name: 'Cells', rows }]);

  it('formulas give their cached values, booleans stay booleans, dates come from the number format', async () => {
    const { table, summary } = await load(book);
    expect(summary.columns.map((c) => [c.name, c.type])).toEqual([
      ['Formula', 'number'], ['Text formula', 'text'], ['Flag', 'boolean'], ['Day', 'date'], ['Serial', 'number'], ['Builtin day', 'date'], ['Price', 'number'], ['Note', 'text'],
    ]);
    expect(values(table, 'Formula')).toEqual([90000, 1.5]);
    expect(values(table, 'Text formula')).toEqual(['ab', null]);
    expect(values(table, 'Flag')).toEqual([true, false]);
    expect(values(table, 'Day')).toEqual(['2023-03-15', null]);
    expect(values(table, 'Serial')).toEqual([45000, -2]);
    expect(values(table, 'Builtin day')).toEqual(['2023-03-15T12:00:00', null]);
    expect(values(table, 'Price')).toEqual([1.1, 9.9]);
    expect(values(table, 'Note')).toEqual(['  two spaces kept  ', null]);
    expect(summary.warnings).toEqual([]);
  });

  it('reads the 1904 date system', async () => {
    const { table } = await load(workbook([{ name: 'Mac', rows: row(1, ['Day']) + '<row r="2"><c r="A2" s="1"><v>45000</v></c></row>' }], { date1904: true }));
    expect(values(table, 'Day')).toEqual(['2027-03-16']);
  });

  it('keeps the digits of an integer past 2^53 as text', async () => {
    const { table } = await load(workbook([{ name: 'Ids', rows: row(1, ['ICCID']) + '<row r="2"><c r="A2"><v>89001012012341234567</v></c></row>' }]));
    expect(values(table, 'ICCID')).toEqual(['89001012012341234567']);
  });

  it('numbers in a column named as postal codes become text', async () => {
    const { summary, table } = await load(workbook([{ name: 'Z', rows: row(1, ['ZIP', 'n']) + row(2, [6824, 1]) + row(3, [94533, 2]) }]));
    expect(summary.columns.map((c) => c.type)).toEqual(['text', 'number']);
    expect(values(table, 'ZIP')).toEqual(['6824', '94533']);
  });

  it('says which cells held a formula error or a formula saved without its result, instead of dropping them silently', async () => {
    const errors = '<row r="1" t="e"><c r="A1" t="inlineStr"><is><t>Ratio</t></is></c><c r="B1" t="inlineStr"><is><t>Sum</t></is></c></row>'
      + '<row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B2"><f>SUM(A1:A9)</f></c></row>'
      + '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><f>SUM(A1:A9)</f></c></row><row r="4"><c r="A4" t="e"><v>#N/A</v></c><c r="B4"><v>3</v></c></row>';
    const { table, summary } = await load(workbook([{ name: 'E', rows: errors }]));
    expect(values(table, 'Ratio')).toEqual([null, 1, null]);
    expect(summary.warnings).toEqual([
      { row: 2, key: 'import.warning.xlsxFormulaError', params: { cell: 'A2', row: 2, value: '#DIV/0!', count: 2 } },
      { row: 2, key: 'import.warning.xlsxUncachedFormula', params: { cell: 'B2', row: 2, count: 2 } },
    ]);
  });

  it('does not warn on shared formulas with their results, a formula whose result is empty text, or an error in the header', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Total</t></is></c><c r="B1" t="e"><v>#REF!</v></c></row>'
      + '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">C2*2</f><v>4</v></c><c r="B2" t="str"><f>""</f><v></v></c></row>'
      + '<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c></row>';
    // (Row 1's error cell is the header's, outside the data.)
    const { table, summary } = await load(workbook([{ name: 'S', rows }]));
    expect(table.columns.map((c) => c.name)).toEqual(['Total']); // column B holds nothing that reads
    expect(values(table, 'Total')).toEqual([4, 6]);
    expect(summary.warnings).toEqual([]);
  });
});

describe('a workbook read again', () => {
  it('gives each sheet and header row asked for, and another workbook its own cells', async () => {
    const book = workbook([{ name: 'Data', rows: DATA }, { name: 'More', rows: row(1, ['k']) + row(2, ['v']) }]);
    expect((await previewFile(book)).options.sheet).toBe('Data');
    expect((await previewFile(book, { sheet: 'More' })).rows).toEqual([['v']]);
    expect((await previewFile(book, { sheet: 'Data', headerRow: 2 })).columns.map((c) => c.name)).toEqual(['Ada', 'Bakı', '10']);
    expect(values((await load(book, { sheet: 'More' })).table, 'k')).toEqual(['v']);
    const other = workbook([{ name: 'Data', rows: DATA.replace('Ada', 'Ama') }, { name: 'More', rows: row(1, ['k']) + row(2, ['w']) }]);
    expect((await previewFile(other)).rows[0][0]).toBe('Ama');
    expect(values((await load(other, { sheet: 'More' })).table, 'k')).toEqual(['w']);
    expect(values((await load(book)).table, 'Name')).toEqual(['Ada', 'Bob']);
  });
});

describe('reading', () => {
  const big = workbook([{ name: 'Big', rows: row(1, ['id', 'name']) + Array.from({ length: 25_000 }, (_, i) => row(i + 2, [i, `n${i % 7}`])).join('') }]);

  it('reports progress up to 1 and counts every row', async () => {
    const seen: number[] = [];
    const { table } = await importFile(big, 'customers', 'big.xlsx', {}, (f) => seen.push(f));
    expect(table.rowCount).toBe(25_000);
    expect(values(table, 'id')[24_999]).toBe(24_999);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1])).toBe(true);
  }, 60_000);

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    const reading = importFile(big, 'customers', 'big.xlsx', {}, (f) => { if (f > 0.8) controller.abort(); }, controller.signal);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    const early = new AbortController();
    const first = importFile(big, 'customers', 'big.xlsx', {}, undefined, early.signal);
    early.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
  }, 60_000);

  it('calls a workbook that does not read damaged, with the reason', async () => {
    const broken = workbook([{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' }]); // no shared string 7
    await expect(load(broken)).rejects.toMatchObject({ key: 'import.error.xlsxDamaged' });
  });

  it('reads the other sheets when one does not read, and names that one when it is chosen', async () => {
    const book = workbook([{ name: 'Broken', rows: '<row r="1"><c r="A1" t="s"><v>7</v></c></row>' }, { name: 'Data', rows: DATA }]);
    const p = await previewFile(book);
    expect([p.sheets, p.options.sheet, p.rowCount]).toEqual([[{ name: 'Broken', rows: 0 }, { name: 'Data', rows: 2, headerRow: 1 }], 'Data', 2]);
    expect((await load(book)).table.rowCount).toBe(2);
    await expect(load(book, { sheet: 'Broken' })).rejects.toMatchObject({ key: 'import.error.xlsxSheetDamaged', params: { sheet: 'Broken' } });
    await expect(previewFile(book, { sheet: 'Broken' })).rejects.toMatchObject({ key: 'import.error.xlsxSheetDamaged', params: { sheet: 'Broken' } });
  });
});
