// Parquet import benchmark: the bench's demo customers written by DuckDB as Parquet (zstd), imported by us and read by
// DuckDB's read_parquet into a table, each in its own Node process, as a ratio; and our peak memory beside the table.
// Run: npx tsx test/bench/parquet.ts (BENCH_ROWS=100000 for a quick loop).

import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { existsSync, openAsBlob, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDemoCsv } from '../helpers/demo-file';
import { peakRss } from './measure';

/** CPU time (user + system, all threads) since `from`, in ms: on a shared machine, steadier than wall time. */
const cpuSince = (from: NodeJS.CpuUsage) => { const c = process.cpuUsage(from); return (c.user + c.system) / 1000; };

/** Child: our importFile on the Parquet file; prints one JSON line. */
async function ours(file: string) {
  const { importFile } = await import('../../src/engine/import/index');
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now(), c0 = process.cpuUsage();
  const { table } = await importFile(await openAsBlob(file), 'customers', file);
  const importMs = performance.now() - t0, cpuMs = cpuSince(c0);
  gc();
  const after = process.memoryUsage();
  const tableBytes = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  const types = Object.fromEntries(table.columns.map((c) => [c.name, c.type]));
  return { rows: table.rowCount, columns: table.columns.length, importMs, cpuMs, tableBytes, startRss: before.rss, peakRss: peakRss(), types };
}

/** Child: DuckDB reads the same Parquet file into a table; prints one JSON line. */
async function duck(file: string) {
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  const t0 = performance.now(), c0 = process.cpuUsage();
  await con.run(`CREATE TABLE t AS SELECT * FROM read_parquet('${file}')`);
  const importMs = performance.now() - t0, cpuMs = cpuSince(c0);
  const rows = Number((await con.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0]);
  const tableBytes = Number((await con.runAndReadAll('SELECT sum(memory_usage_bytes) FROM duckdb_memory()')).getRows()[0][0]);
  return { rows, importMs, cpuMs, tableBytes, peakRss: peakRss() };
}

const [, , role, target] = process.argv;
if (role === '--ours' || role === '--duck') {
  console.log(JSON.stringify(await (role === '--ours' ? ours : duck)(target)));
} else {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  const dir = join(tmpdir(), 'audience-canvas-bench');
  const csv = join(dir, `customers-${rows}.csv`);
  const parquet = join(dir, `customers-${rows}.zstd.parquet`);
  if (!existsSync(csv)) {
    console.log(`writing ${rows.toLocaleString('en')} demo customers to ${csv} …`);
    await writeDemoCsv(csv, rows);
  }
  if (!existsSync(parquet)) {
    console.log(`DuckDB writes ${parquet} …`);
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    await con.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`);
    con.closeSync();
  }
  console.log(`file: ${(statSync(parquet).size / 2 ** 20).toFixed(0)} MiB Parquet (zstd), ${rows.toLocaleString('en')} rows`);

  const self = fileURLToPath(import.meta.url);
  const child = (flag: string, flags: string[] = []) => JSON.parse(execFileSync(
    'node', [...flags, '--import', 'tsx', self, flag, parquet], { encoding: 'utf8', maxBuffer: 1 << 26 },
  ).trim().split('\n').pop()!);
  const a = child('--ours', ['--expose-gc', '--max-old-space-size=4096']);
  const b = child('--duck');

  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const mib = (v: number) => `${(v / 2 ** 20).toFixed(0)} MiB`;
  console.log('\n| measure | Audience Canvas | DuckDB | ratio | target |\n|---|---|---|---|---|');
  console.log(`| Parquet import, ${rows.toLocaleString('en')} × ${a.columns} | ${ms(a.importMs)} | ${ms(b.importMs)} | ${(a.importMs / b.importMs).toFixed(2)}× | ≤ 2× |`);
  console.log(`| CPU time of the import (all threads) | ${ms(a.cpuMs)} | ${ms(b.cpuMs)} | ${(a.cpuMs / b.cpuMs).toFixed(2)}× | |`);
  console.log(`| table in memory | ${mib(a.tableBytes)} | ${mib(b.tableBytes)} | ${(a.tableBytes / b.tableBytes).toFixed(2)}× | |`);
  console.log(`| peak RSS / our table | ${mib(a.peakRss)} | ${mib(b.peakRss)} | ${(a.peakRss / a.tableBytes).toFixed(2)}× | ≤ 2× |`);
  console.log(`| peak RSS above the process at start / our table | ${mib(a.peakRss - a.startRss)} | | ${((a.peakRss - a.startRss) / a.tableBytes).toFixed(2)}× | |`);
  console.log(`\nrows: ours ${a.rows.toLocaleString('en')}, DuckDB ${b.rows.toLocaleString('en')}${a.rows === b.rows ? '' : ' (DIFFER)'}`);
  const kinds = Object.values(a.types as Record<string, string>).reduce<Record<string, number>>((n, t) => ({ ...n, [t]: (n[t] ?? 0) + 1 }), {});
  console.log(`our column types: ${Object.entries(kinds).map(([t, n]) => `${n} ${t}`).join(', ')}`);
}
