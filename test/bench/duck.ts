// Benchmark child: DuckDB (native, in process) on the same file and the same segments. Prints one JSON object.

import { DuckDBInstance } from '@duckdb/node-api';
import { benchSql } from './project';
import { medianMs, peakRss } from './measure';

const file = process.argv[2];
const con = await (await DuckDBInstance.create(':memory:')).connect();
const t0 = performance.now();
await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${file}')`);
const importMs = performance.now() - t0;
const mem = Number((await con.runAndReadAll('SELECT sum(memory_usage_bytes) FROM duckdb_memory()')).getRows()[0][0]);

const sql = benchSql();
const all = `SELECT ${Object.entries(sql).map(([id, w]) => `count(*) FILTER (WHERE ${w}) AS "${id}"`).join(', ')} FROM t`;
let counts: Record<string, number> = {};
const firstCountMs = await medianMs(7, async () => {
  const r = await con.runAndReadAll(all);
  counts = Object.fromEntries(r.columnNames().map((n, i) => [n, Number(r.getRows()[0][i])]));
});
let edited = 0;
const recountMs = await medianMs(7, async (i) => {
  edited = Number((await con.runAndReadAll(`SELECT count(*) FROM t WHERE ${benchSql(30000 + 5000 * i).f3}`)).getRows()[0][0]);
});
console.log(JSON.stringify({ importMs, tableBytes: mem, peakRss: peakRss(), firstCountMs, recountMs, counts, edited }));
