// The command line's arguments, read without touching anything but the file system's "does this path exist".

/** A wrong command line: the message is printed and the exit status is 2. */
export class UsageError extends Error {}

export const USAGE = [
  'usage: cli count  project.json --data id=file[#sheet|#entry] … [--encoding [id=]label]',
  '       cli export project.json --data … --node id [--branch id] [--format csv|json|xlsx] [--messages] [--out file]',
].join('\n');

/** One `--data id=file`: the file, and the sheet of a workbook or the file inside a zip named after `#`. */
export interface DataArg {
  file: string;
  /** After `#`: a sheet (xlsx) or an entry (zip, `*` for all of them). */
  part?: string;
  /** From `--encoding id=label` or `--encoding label`. */
  encoding?: string;
}

export interface Args {
  command: 'count' | 'export';
  projectPath: string;
  data: Map<string, DataArg>;
  flags: Record<string, string | true>;
}

/**
 * `file#part`: the `#` splits only where the text before it is an existing file or ends in .xlsx or .zip (a file's own
 * name may hold a `#`); a path that exists as a whole is never split.
 */
export function splitPart(spec: string, exists: (path: string) => boolean): { file: string; part?: string } {
  if (exists(spec)) return { file: spec };
  for (let at = spec.indexOf('#'); at >= 0; at = spec.indexOf('#', at + 1)) {
    const file = spec.slice(0, at);
    if (exists(file) || /\.(xlsx|zip)$/i.test(file)) return { file, part: spec.slice(at + 1) };
  }
  return { file: spec };
}

/** Whether `label` names an encoding the decoder knows (utf-8, windows-1251, utf-16le …). */
const knownEncoding = (label: string) => {
  try { new TextDecoder(label); return true; } catch { return false; }
};

/** Reads argv (after `node cli.ts`); throws UsageError naming what is wrong. */
export function parseArgs(argv: string[], exists: (path: string) => boolean): Args {
  const [command, projectPath, ...rest] = argv;
  if (command !== 'count' && command !== 'export') throw new UsageError(USAGE);
  if (!projectPath) throw new UsageError(`missing project file\n${USAGE}`);
  // Maps and a null-prototype record: an id such as __proto__ is an id like any other.
  const data = new Map<string, DataArg>();
  const encodings = new Map<string, string>();
  let encoding: string | undefined;
  const flags: Record<string, string | true> = Object.create(null);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--data') {
      const spec = rest[++i] ?? '';
      const eq = spec.indexOf('=');
      if (eq <= 0 || eq === spec.length - 1) throw new UsageError('--data needs id=file');
      data.set(spec.slice(0, eq), splitPart(spec.slice(eq + 1), exists));
    } else if (a === '--encoding') {
      const spec = rest[++i] ?? '';
      const eq = spec.indexOf('=');
      const label = spec.slice(eq + 1);
      if (!label || !knownEncoding(label)) throw new UsageError(`--encoding: "${label}" is not an encoding (utf-8, utf-16le, windows-1251, windows-1254 …)`);
      if (eq > 0) encodings.set(spec.slice(0, eq), label);
      else encoding = label;
    } else if (a === '--messages') flags.messages = true;
    else if (a.startsWith('--')) flags[a.slice(2)] = rest[++i] ?? '';
    else throw new UsageError(`unexpected argument ${a}`);
  }
  for (const id of encodings.keys()) if (!data.has(id)) throw new UsageError(`--encoding ${id}=…: there is no --data ${id}=file`);
  for (const [id, d] of data) {
    const label = encodings.get(id) ?? encoding;
    if (label) d.encoding = label;
  }
  return { command, projectPath, data, flags };
}
