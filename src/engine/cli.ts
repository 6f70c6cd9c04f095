// The command line: count or export a saved project against data files, with the same engine as the app.
//   cli count  project.json --data customers=customers.csv [--data orders=book.xlsx#Orders] [--encoding [id=]windows-1251]
//   cli export project.json --data … --node vip [--branch a] --format csv|json|xlsx [--messages] [--out file]
// A data file is read as the app reads it (CSV, TSV, JSON, NDJSON, Excel, Parquet, Arrow, zip: told by its bytes);
// `#name` picks a workbook's sheet or a zip's file (`#*`: all of them). Import warnings go to stderr, exit status 0.

import { closeSync, existsSync, openAsBlob, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { t } from '../i18n/index';
import type { Problem } from '../i18n/problem';
import { restoreProject } from '../model/restore';
import type { ImportOptions, ImportWarning } from './api';
import { parseArgs, UsageError } from './cli-args';
import { Engine } from './engine';
import { ImportError, importFile } from './import/index';

function describe(p: Problem): string {
  return p.path ? `${p.path}: ${t(p.key, p.params)}` : t(p.key, p.params);
}

/** Whether a file starts as a zip does (an .xlsx is one): only there does `#name` pick something. */
function isZip(path: string): boolean {
  const head = new Uint8Array(4);
  try {
    const fd = openSync(path, 'r');
    try { readSync(fd, head, 0, 4, 0); } finally { closeSync(fd); }
  } catch { return false; }
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** A warning as `file:row: message` (`file: message` for the whole file), for stderr. */
function warningLine(file: string, w: ImportWarning): string {
  return `warning: ${file}${w.row > 0 ? `:${w.row}` : ''}: ${t(w.key, w.params)}`;
}

async function main(argv: string[]): Promise<string | Uint8Array> {
  const { command, projectPath, data, flags } = parseArgs(argv, existsSync);
  let text: string;
  try { text = readFileSync(projectPath, 'utf8'); } catch { throw new UsageError(`${projectPath}: cannot be read`); }
  const restored = restoreProject(text);
  if (!restored.ok) throw new UsageError(`${projectPath}: ${describe(restored.problem)}`);
  const project = restored.project;
  const engine = new Engine();
  for (const binding of project.tables) {
    const arg = data.get(binding.id);
    if (!arg) {
      if (binding.role === 'customers') throw new UsageError(`missing --data ${binding.id}=<file>`);
      continue;
    }
    const { file, part, encoding } = arg;
    let blob: Blob;
    try { blob = await openAsBlob(file); } catch { throw new UsageError(`${file}: cannot be read`); }
    if (part !== undefined && !isZip(file)) throw new UsageError(`${file}: #${part} names a sheet of an Excel workbook or a file inside a zip, and this file is neither`);
    // The part goes to both: the workbook reader takes `sheet`, the zip reader `entry`.
    const options: Partial<ImportOptions> = { columns: binding.columns ?? {}, ...(part !== undefined ? { sheet: part, entry: part } : {}), ...(encoding ? { encoding } : {}) };
    const name = part !== undefined ? `${file}#${part}` : file;
    try {
      const { table, summary } = await importFile(blob, binding.id, name, options);
      for (const w of summary.warnings) process.stderr.write(`${warningLine(name, w)}\n`);
      engine.setTable(table);
    } catch (e) {
      if (e instanceof ImportError) throw new UsageError(`${file}: ${t(e.key, e.params)}`);
      throw e;
    }
  }
  if (command === 'count') {
    const r = engine.count(project);
    // From entries, not by assignment: a node id may be `__proto__`.
    const nodes = Object.fromEntries(Object.entries(r.nodes).map(([id, n]) => [id,
      n.error ? { error: describe(n.error) } : { count: n.count, ...(n.branches ? { branches: n.branches } : {}), ...(n.reached !== undefined ? { reached: n.reached } : {}) }]));
    return JSON.stringify({ total: r.total, nodes }) + '\n';
  }
  const nodeId = flags.node;
  if (typeof nodeId !== 'string' || !project.nodes.some((n) => n.id === nodeId)) throw new UsageError(`--node: there is no node "${String(nodeId ?? '')}"`);
  const format = flags.format ?? 'csv';
  if (format !== 'csv' && format !== 'json' && format !== 'xlsx') throw new UsageError('--format must be csv, json or xlsx');
  const out = typeof flags.out === 'string' && flags.out ? flags.out : undefined;
  // A workbook is binary: written to --out, or to stdout only when that is redirected to a file or a pipe.
  if (format === 'xlsx' && !out && process.stdout.isTTY) throw new UsageError('--format xlsx writes binary data: add --out file.xlsx or redirect stdout (> file.xlsx)');
  const branch = typeof flags.branch === 'string' ? flags.branch : undefined;
  const file = await engine.exportMembers(project, nodeId, { format, branch, messages: flags.messages === true });
  if (!file.ok) throw new UsageError(`--node ${nodeId}: ${describe(file.problem)}`);
  const bytes = new Uint8Array(file.bytes);
  if (!out) return bytes;
  try { writeFileSync(out, bytes); } catch { throw new UsageError(`${out}: cannot be written`); }
  return '';
}

main(process.argv.slice(2)).then(
  (out) => process.stdout.write(out),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
