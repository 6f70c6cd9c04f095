// Excel import speed: writes a 100,000 rows × 21 columns workbook shaped like Superstore's Orders sheet (shared
// strings, dates as serial numbers with a date format, numbers) to the temp folder, then times importFile on it in a
// child process: seconds (and CPU seconds, what it costs when the machine is shared), peak RSS and the final table's
// size. Target: ≤ 10 s.
//   npx tsx test/bench/xlsx.ts            (XLSX_ROWS=… for another size)

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, openAsBlob, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importFile, previewFile } from '../../src/engine/import/index';
import { isDict, type Table } from '../../src/engine/table';
import { peakRss } from './measure';

const COLUMNS = ['Row ID', 'Order ID', 'Order Date', 'Ship Date', 'Ship Mode', 'Customer ID', 'Customer Name', 'Segment', 'Country',
  'City', 'State', 'Postal Code', 'Region', 'Product ID', 'Category', 'Sub-Category', 'Product Name', 'Sales', 'Quantity', 'Discount', 'Profit'];
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Column letters A … U. */
const letter = (c: number) => String.fromCharCode(65 + c);

/** The workbook's bytes: one sheet "Orders" of `rows` rows below its header. */
function writeWorkbook(rows: number): Uint8Array {
  const strings: string[] = [], index = new Map<string, number>();
  const s = (t: string) => { let i = index.get(t); if (i === undefined) index.set(t, (i = strings.push(t) - 1)); return i; };
  const text = (ref: string, t: string) => `<c r="${ref}" t="s"><v>${s(t)}</v></c>`;
  const num = (ref: string, v: number, style = 0) => `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${v}</v></c>`;
  const pick = <T>(list: T[], i: number) => list[i % list.length];
  const out: string[] = [`<worksheet xmlns="${MAIN}"><dimension ref="A1:U${rows + 1}"/><sheetData>`];
  out.push(`<row r="1">${COLUMNS.map((c, i) => text(`${letter(i)}1`, c)).join('')}</row>`);
  for (let i = 0; i < rows; i++) {
    const r = i + 2, customer = (i * 7919) % 5000, day = 41642 + (i * 37) % 1460;
    const cells = [
      num(`A${r}`, i + 1), text(`B${r}`, `CA-${2014 + (i % 4)}-${100000 + ((i * 31) % 90000)}`), num(`C${r}`, day, 1), num(`D${r}`, day + (i % 6), 1),
      text(`E${r}`, pick(['Standard Class', 'Second Class', 'First Class', 'Same Day'], i)), text(`F${r}`, `CU-${10000 + customer}`),
      text(`G${r}`, `Customer ${customer}`), text(`H${r}`, pick(['Consumer', 'Corporate', 'Home Office'], i)), text(`I${r}`, 'United States'),
      text(`J${r}`, `City ${(i * 13) % 600}`), text(`K${r}`, `State ${(i * 17) % 49}`), num(`L${r}`, 1000 + (i * 97) % 98000),
      text(`M${r}`, pick(['West', 'East', 'Central', 'South'], i)), text(`N${r}`, `PRD-${(i * 53) % 1800}`),
      text(`O${r}`, pick(['Furniture', 'Office Supplies', 'Technology'], i)), text(`P${r}`, `Sub ${(i * 3) % 17}`),
      text(`Q${r}`, `Product name number ${(i * 53) % 1800}`), num(`R${r}`, Math.round(((i * 7331) % 2_000_000) / 100) / 100 + 0.5),
      num(`S${r}`, 1 + (i % 14)), num(`T${r}`, [0, 0.1, 0.2, 0.45][i % 4]), num(`U${r}`, Math.round(((i * 4111) % 400_000) - 200_000) / 1000),
    ];
    out.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  out.push('</sheetData></worksheet>');
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return zipSync({
    '[Content_Types].xml': xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': xml(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
      + `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`),
    'xl/styles.xml': xml(`<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`),
    'xl/worksheets/sheet1.xml': xml(out.join('')),
    'xl/sharedStrings.xml': xml(`<sst xmlns="${MAIN}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${esc(t)}</t></si>`).join('')}</sst>`),
  }, { level: 6 });
}

/** Bytes the table holds: its typed arrays, and its dictionaries' strings at two bytes a character. */
function tableBytes(table: Table): number {
  return table.columns.reduce((sum, c) => sum + (isDict(c) ? c.codes.byteLength + c.dict.reduce((s, v) => s + 2 * (v?.length ?? 0), 0) : c.values.byteLength), 0);
}

const measure = process.argv[2] === '--measure';
if (measure) {
  const file = process.argv[3];
  const t0 = performance.now(), cpu0 = process.cpuUsage();
  const { table, summary } = await importFile(await openAsBlob(file), 'customers', file);
  const seconds = (performance.now() - t0) / 1000, cpu = process.cpuUsage(cpu0);
  const peak = peakRss();
  // The preview of the same file, after the import's peak was taken: it reads every sheet too.
  const p0 = performance.now();
  await previewFile(await openAsBlob(file));
  const previewSeconds = (performance.now() - p0) / 1000;
  // CPU time of all the process's threads (fflate inflates in worker threads): what the import costs on a busy machine.
  console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss: peak, tableBytes: tableBytes(table), rows: table.rowCount, columns: table.columns.length, warnings: summary.warnings.length, previewSeconds }));
} else {
  const rows = Number(process.env.XLSX_ROWS ?? 100_000);
  const dir = join(tmpdir(), 'audience-canvas-bench');
  const file = join(dir, `orders-${rows}.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    console.log(`writing ${rows.toLocaleString('en')} rows × ${COLUMNS.length} columns to ${file} …`);
    writeFileSync(file, writeWorkbook(rows));
  }
  console.log(`file: ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB`);
  const out = JSON.parse(execFileSync('node', ['--import', 'tsx', 'test/bench/xlsx.ts', '--measure', file], { encoding: 'utf8' }).trim().split('\n').pop()!);
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  console.log(`XLSX import, ${out.rows.toLocaleString('en')} rows × ${out.columns} columns: ${out.seconds.toFixed(2)} s (target ≤ 10 s; CPU ${out.cpuSeconds.toFixed(2)} s), `
    + `peak RSS ${mib(out.peakRss)}, table ${mib(out.tableBytes)} (peak ${(out.peakRss / out.tableBytes).toFixed(1)}× the table), ${out.warnings} warnings; `
    + `preview ${out.previewSeconds.toFixed(2)} s`);
}
