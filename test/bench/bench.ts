// npm run bench: 1,000,000 demo customers; import, first count of a 20-node project, recount after one edit,
// and memory, each beside DuckDB on the same file in the same run, as ratios.

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../e2e/browser';
import { writeDemoCsv } from '../helpers/demo-file';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const dir = join(tmpdir(), 'audience-canvas-bench');
const file = join(dir, `customers-${rows}.csv`);

if (!existsSync(file)) {
  console.log(`writing ${rows.toLocaleString('en')} demo customers to ${file} …`);
  await writeDemoCsv(file, rows);
}
console.log(`file: ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB, ${rows.toLocaleString('en')} rows`);

const child = (script: string, flags: string[] = []) => JSON.parse(execFileSync(
  'node', [...flags, '--import', 'tsx', join('test/bench', script), file], { encoding: 'utf8', maxBuffer: 1 << 26 },
).trim().split('\n').pop()!);
const ours = child('ours.ts', ['--expose-gc', '--max-old-space-size=4096']);
const duck = child('duck.ts');
// In Chromium, through the UI: skipped with BENCH_BROWSER=0 or when there is no Chromium.
const browser = process.env.BENCH_BROWSER === '0' || !chromiumPath() ? undefined : child('typing.ts');

const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 0)} ms`;
const mib = (v: number) => `${(v / 2 ** 20).toFixed(0)} MiB`;
const rowsOut: [string, string, string, number, string][] = [
  ['CSV import', ms(ours.importMs), ms(duck.importMs), ours.importMs / duck.importMs, '≤ 3×'],
  ['first count, 20 nodes', ms(ours.firstCountMs), ms(duck.firstCountMs), ours.firstCountMs / duck.firstCountMs, '≤ 100 ms'],
  ['recount after one edit', ms(ours.recountMs), ms(duck.recountMs), ours.recountMs / duck.recountMs, '≤ 5 ms, < 1×'],
  ['table in memory', mib(ours.tableBytes), mib(duck.tableBytes), ours.tableBytes / duck.tableBytes, ''],
  ['peak memory (RSS)', mib(ours.peakRss), mib(duck.peakRss), ours.peakRss / duck.peakRss, '≤ 1 GiB, ≤ 3×'],
];
if (browser) {
  rowsOut.push(
    ['browser: import through the dialog (incl. saving)', ms(browser.importMs), ms(duck.importMs), browser.importMs / duck.importMs, ''],
    ['browser: keystroke → count on the card, median', ms(browser.medianLatencyMs), ms(duck.recountMs), browser.medianLatencyMs / duck.recountMs, ''],
    ['browser: keystroke → count on the card, worst', ms(browser.maxLatencyMs), ms(duck.recountMs), browser.maxLatencyMs / duck.recountMs, ''],
    ['browser: longest main-thread task while typing', ms(browser.longestTaskMs), '—', NaN, '< 50 ms'],
  );
}
console.log('\n| measure | Audience Canvas | DuckDB | ratio | target |\n|---|---|---|---|---|');
for (const [name, a, b, r, target] of rowsOut) console.log(`| ${name} | ${a} | ${b} | ${Number.isNaN(r) ? '—' : `${r.toFixed(2)}×`} | ${target} |`);
if (browser) console.log(`\nbrowser: ${browser.longTasks} main-thread tasks over 50 ms while typing 8 values into a filter on ${rows.toLocaleString('en')} rows`);

const mismatched = Object.keys(duck.counts).filter((id) => id !== 's1' && duck.counts[id] !== ours.counts[id]);
console.log(`\ncounts agree with DuckDB on ${Object.keys(duck.counts).length - mismatched.length - 1} of ${Object.keys(duck.counts).length - 1} nodes${mismatched.length ? `; differ on ${mismatched.map((id) => `${id} (${ours.counts[id]} vs ${duck.counts[id]})`).join(', ')}` : ''}; edited node: ${ours.edited} vs ${duck.edited}`);

// The other file formats, each beside its peer in the same run: Parquet (DuckDB's read_parquet, same rows) and an
// Excel workbook of 100,000 rows (≤ 10 s). Skip with BENCH_FORMATS=0.
if (process.env.BENCH_FORMATS !== '0') {
  for (const script of ['parquet.ts', 'xlsx.ts']) {
    console.log(`\n== ${script}`);
    execFileSync('node', ['--import', 'tsx', join('test/bench', script)], { stdio: 'inherit', env: process.env });
  }
}
