// Benchmark child: our importer and engine on the benchmark file. Prints one JSON object.

import { openAsBlob } from 'node:fs';
import { Engine } from '../../src/engine/engine';
import { importFile } from '../../src/engine/import/index';
import { benchProject } from './project';
import { medianMs, peakRss } from './measure';

const file = process.argv[2];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
gc();
const before = process.memoryUsage();
const t0 = performance.now();
const { table } = await importFile(await openAsBlob(file), 'customers', file);
const importMs = performance.now() - t0;
gc();
const after = process.memoryUsage();
const tableBytes = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;

// First count: a fresh engine each time, nothing cached.
let counts: Record<string, number> = {};
const firstCountMs = await medianMs(7, () => {
  const engine = new Engine();
  engine.setTable(table);
  counts = Object.fromEntries(Object.entries(engine.count(benchProject()).nodes).map(([id, n]) => [id, n.count]));
});

// Recount after editing one condition value, caches warm: what the user waits for while typing.
const engine = new Engine();
engine.setTable(table);
engine.count(benchProject());
let edited = 0;
const recountMs = await medianMs(7, (i) => { edited = engine.count(benchProject(30000 + 5000 * i)).nodes.f3.count; });

console.log(JSON.stringify({ rows: table.rowCount, importMs, tableBytes, peakRss: peakRss(), firstCountMs, recountMs, counts, edited }));
