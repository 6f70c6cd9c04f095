// Writes a big demo customers CSV to disk once (for the benchmark and the big-import end-to-end test).

import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { demoCsvChunks } from '../../src/engine/demo';

/** Writes `rows` demo customers (seeded) to `path` unless the file is already there. */
export async function writeDemoCsv(path: string, rows: number, seed = 1): Promise<void> {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  for (const chunk of demoCsvChunks(rows, seed)) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}
