// The command line: count or export a saved project against data files, with the same engine as the app.
//   cli count  project.json --data customers=customers.csv [--data orders=orders.csv]
//   cli export project.json --data … --node vip [--branch a] --format csv|json|xlsx [--messages] [--out file]

import { openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { t } from '../i18n/index';
import type { Problem } from '../i18n/problem';
import { restoreProject } from '../model/restore';
import { Engine } from './engine';
import { ImportError, importFile } from './import/index';

class UsageError extends Error {}

function describe(p: Problem): string {
  return p.path ? `${p.path}: ${t(p.key, p.params)}` : t(p.key, p.params);
}

function parseArgs(argv: string[]) {
  const [command, projectPath, ...rest] = argv;
  if (command !== 'count' && command !== 'export') throw new UsageError('usage: cli count|export project.json --data id=file …');
  if (!projectPath) throw new UsageError('missing project file');
  const data: Record<string, string> = {};
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--data') {
      const [id, ...file] = (rest[++i] ?? '').split('=');
      if (!id || !file.length) throw new UsageError('--data needs id=file');
      data[id] = file.join('=');
    } else if (a === '--messages') flags.messages = true;
    else if (a.startsWith('--')) flags[a.slice(2)] = rest[++i] ?? '';
    else throw new UsageError(`unexpected argument ${a}`);
  }
  return { command, projectPath, data, flags };
}

async function main(argv: string[]): Promise<string | Uint8Array> {
  const { command, projectPath, data, flags } = parseArgs(argv);
  let text: string;
  try { text = readFileSync(projectPath, 'utf8'); } catch { throw new UsageError(`${projectPath}: cannot be read`); }
  const restored = restoreProject(text);
  if (!restored.ok) throw new UsageError(`${projectPath}: ${describe(restored.problem)}`);
  const project = restored.project;
  const engine = new Engine();
  for (const binding of project.tables) {
    const file = data[binding.id];
    if (!file) {
      if (binding.role === 'customers') throw new UsageError(`missing --data ${binding.id}=<file>`);
      continue;
    }
    let blob: Blob;
    try { blob = await openAsBlob(file); } catch { throw new UsageError(`${file}: cannot be read`); }
    try {
      const { table } = await importFile(blob, binding.id, file, { columns: binding.columns ?? {} });
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
