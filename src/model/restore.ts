// The one restore path: anything loaded (storage, file, pasted JSON) becomes a valid Project or a Problem with a field path.

import type { Problem } from '../i18n/problem';
import type { Project } from './types';
import { isCalendarDate } from './calendar-date';
import { tooDeepAt } from './json-depth';
import { isLocaleTag } from './locale-tag';
import { LIMITS } from './restore-limits';

export const FORMAT_VERSION = 1;

type Obj = Record<string, unknown>;
class Invalid extends Error {
  constructor(readonly problem: Problem) { super(problem.key); }
}

const fail = (path: string, key: string, params?: Record<string, string | number>): never => {
  throw new Invalid({ path, key, params });
};
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(v: unknown, path: string): Obj {
  return isObj(v) ? { ...v } : fail(path, 'model.restore.expected', { expected: 'an object' });
}
function arr(v: unknown, path: string, fallback?: unknown[]): unknown[] {
  if (v === undefined && fallback) return fallback;
  return Array.isArray(v) ? v : fail(path, 'model.restore.expected', { expected: 'a list' });
}
/** Refuses a list longer than `limit`, naming its length and the limit (`key` says what is counted). */
function atMost(list: unknown[], limit: number, path: string, key: string): unknown[] {
  return list.length > limit ? fail(path, key, { count: list.length, limit }) : list;
}
function str(o: Obj, field: string, path: string, fallback?: string): string {
  const v = o[field];
  if (v === undefined && fallback !== undefined) return fallback;
  return typeof v === 'string' ? v : fail(`${path}.${field}`.replace(/^\./, ''), 'model.restore.expected', { expected: 'text' });
}
function num(o: Obj, field: string, path: string, fallback?: number): number {
  const v = o[field];
  if (v === undefined && fallback !== undefined) return fallback;
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(`${path}.${field}`, 'model.restore.expected', { expected: 'a number' });
}
function bool(o: Obj, field: string, path: string, fallback: boolean): boolean {
  const v = o[field];
  if (v === undefined) return fallback;
  return typeof v === 'boolean' ? v : fail(`${path}.${field}`, 'model.restore.expected', { expected: 'true or false' });
}
function oneOf<T extends string>(o: Obj, field: string, path: string, values: readonly T[], fallback?: T): T {
  const v = o[field];
  if (v === undefined && fallback !== undefined) return fallback;
  return values.includes(v as T) ? (v as T) : fail(`${path}.${field}`, 'model.restore.oneOf', { values: values.join(', ') });
}
function uniqueIds(items: Obj[], path: string): void {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const id = it.id as string;
    if (seen.has(id)) fail(`${path}[${i}].id`, 'model.restore.duplicate', { id });
    seen.add(id);
  });
}

function condition(v: unknown, path: string): Obj {
  const c = obj(v, path);
  str(c, 'column', path);
  str(c, 'op', path);
  if (Array.isArray(c.value)) atMost(c.value, LIMITS.values, `${path}.value`, 'model.restore.tooManyValues');
  return c;
}
function conditionList(v: unknown, path: string): Obj[] {
  return atMost(arr(v, path, []), LIMITS.conditions, path, 'model.restore.tooManyConditions').map((c, i) => condition(c, `${path}[${i}]`));
}
function conditions(o: Obj, path: string): Obj[] {
  return conditionList(o.conditions, `${path}.conditions`);
}
/** A message's template text: too long a template is refused before Liquid ever parses it. */
function template(o: Obj, field: string, path: string, fallback?: string): string {
  const text = str(o, field, path, fallback);
  if (text.length > LIMITS.template) fail(`${path}.${field}`, 'model.restore.templateTooLong', { count: text.length, limit: LIMITS.template });
  return text;
}
function message(v: unknown, path: string): Obj | undefined {
  if (v === undefined) return undefined;
  const m = obj(v, path);
  m.channel = oneOf(m, 'channel', path, ['email', 'sms', 'push', 'whatsapp'], 'email');
  m.body = template(m, 'body', path, '');
  if (m.subject !== undefined) template(m, 'subject', path);
  return m;
}

/** A frame's size: a positive width and height; a missing size gets the palette's frame size. */
function size(v: unknown, path: string): Obj {
  if (v === undefined) return { width: 480, height: 320 };
  const s = obj(v, path);
  for (const side of ['width', 'height']) {
    if (num(s, side, path) <= 0) fail(`${path}.${side}`, 'model.restore.expected', { expected: 'a positive number' });
  }
  return s;
}

function node(v: unknown, path: string): Obj {
  const n = obj(v, path);
  str(n, 'id', path);
  const type = oneOf(n, 'type', path, ['source', 'filter', 'combine', 'split', 'segment', 'stage', 'note', 'frame']);
  const p = n.position === undefined ? { x: 0, y: 0 } : obj(n.position, `${path}.position`);
  n.position = { ...p, x: num(p, 'x', `${path}.position`, 0), y: num(p, 'y', `${path}.position`, 0) };
  switch (type) {
    case 'source': str(n, 'table', path); break;
    case 'filter':
      n.match = oneOf(n, 'match', path, ['all', 'any'], 'all');
      n.negate = bool(n, 'negate', path, false);
      n.conditions = conditions(n, path);
      break;
    case 'combine': n.mode = oneOf(n, 'mode', path, ['union', 'intersect', 'exclude'], 'union'); break;
    case 'split':
      n.kind = oneOf(n, 'kind', path, ['random', 'value'], 'random');
      if (n.kind === 'random') {
        n.seed = num(n, 'seed', path, 1);
        const branches = atMost(arr(n.branches, `${path}.branches`), LIMITS.branches, `${path}.branches`, 'model.restore.tooManyBranches').map((b, i) => {
          const bp = `${path}.branches[${i}]`;
          const o = obj(b, bp);
          str(o, 'id', bp);
          o.label = str(o, 'label', bp, o.id as string);
          const pct = num(o, 'percent', bp);
          if (pct < 0 || pct > 100) fail(`${bp}.percent`, 'model.restore.expected', { expected: 'a percentage from 0 to 100' });
          return o;
        });
        uniqueIds(branches, `${path}.branches`);
        n.branches = branches;
      } else {
        str(n, 'column', path);
        n.values = atMost(arr(n.values, `${path}.values`), LIMITS.splitValues, `${path}.values`, 'model.restore.tooManySplitValues').map((x, i) => (typeof x === 'string' || typeof x === 'number' ? String(x) : fail(`${path}.values[${i}]`, 'model.restore.expected', { expected: 'text' })));
      }
      break;
    case 'segment':
      n.name = str(n, 'name', path, '');
      n.color = str(n, 'color', path, '#7c3aed');
      if (n.message !== undefined) n.message = message(n.message, `${path}.message`);
      break;
    case 'stage':
      n.name = str(n, 'name', path, '');
      n.match = oneOf(n, 'match', path, ['all', 'any'], 'all');
      n.conditions = conditions(n, path);
      if (n.message !== undefined) n.message = message(n.message, `${path}.message`);
      break;
    case 'note': n.text = str(n, 'text', path, ''); break;
    case 'frame':
      n.title = str(n, 'title', path, '');
      n.size = size(n.size, `${path}.size`);
      if (n.color !== undefined) str(n, 'color', path);
      break;
  }
  return n;
}

function table(v: unknown, path: string): Obj {
  const t = obj(v, path);
  str(t, 'id', path);
  t.role = oneOf(t, 'role', path, ['customers', 'events'], 'customers');
  if (t.key !== undefined) str(t, 'key', path);
  if (t.time !== undefined) str(t, 'time', path);
  if (t.columns !== undefined) {
    // From entries, not by assignment: a column may be named `__proto__`.
    t.columns = Object.fromEntries(Object.entries(obj(t.columns, `${path}.columns`)).map(([name, spec]) => {
      const sp = `${path}.columns.${name}`;
      const s = obj(spec, sp);
      if (s.type !== undefined) oneOf(s, 'type', sp, ['number', 'text', 'date', 'boolean', 'tags']);
      // The importer reads these as it parses the column: a format that is not text would stop the import.
      if (s.format !== undefined) str(s, 'format', sp);
      if (s.decimal !== undefined) oneOf(s, 'decimal', sp, ['.', ',']);
      if (s.separator !== undefined) str(s, 'separator', sp);
      return [name, s];
    }));
  }
  return t;
}

function trait(v: unknown, path: string): Obj {
  const t = obj(v, path);
  str(t, 'id', path);
  str(t, 'table', path);
  oneOf(t, 'agg', path, ['count', 'sum', 'avg', 'min', 'max', 'countDistinct', 'first', 'last', 'daysSince']);
  if (t.column !== undefined) str(t, 'column', path);
  if (t.where !== undefined) t.where = conditionList(t.where, `${path}.where`);
  return t;
}

/** Refuses a project whose conditions, listed values or split values in all pass the limits, at the first one past. */
function totals(traits: Obj[], nodes: Obj[]): void {
  let conditions = 0;
  let values = 0;
  let splitValues = 0;
  const lists: [Obj[], string][] = [
    ...traits.map((t, i): [Obj[], string] => [(t.where ?? []) as Obj[], `traits[${i}].where`]),
    ...nodes.map((n, i): [Obj[], string] => [(n.conditions ?? []) as Obj[], `nodes[${i}].conditions`]),
  ];
  for (const [list, path] of lists) {
    list.forEach((c, j) => {
      if (++conditions > LIMITS.allConditions) fail(`${path}[${j}]`, 'model.restore.tooManyConditionsInAll', { limit: LIMITS.allConditions });
      if (Array.isArray(c.value) && (values += c.value.length) > LIMITS.allValues) fail(`${path}[${j}].value`, 'model.restore.tooManyValuesInAll', { limit: LIMITS.allValues });
    });
  }
  nodes.forEach((n, i) => {
    if (n.type === 'split' && n.kind === 'value' && (splitValues += (n.values as string[]).length) > LIMITS.allSplitValues) {
      fail(`nodes[${i}].values`, 'model.restore.tooManySplitValuesInAll', { limit: LIMITS.allSplitValues });
    }
  });
}

function project(input: unknown): Project {
  const deep = tooDeepAt(input, LIMITS.depth);
  if (deep !== undefined) fail(deep, 'model.restore.tooDeep', { limit: LIMITS.depth });
  const p = obj(input, '');
  if (p.format !== 'audience-canvas') fail('format', 'model.restore.format');
  if (typeof p.version !== 'number' || !Number.isInteger(p.version) || p.version < 1) fail('version', 'model.restore.version');
  if ((p.version as number) > FORMAT_VERSION) fail('version', 'model.restore.newer', { version: p.version as number, supported: FORMAT_VERSION });
  p.name = str(p, 'name', '', '');
  p.locale = str(p, 'locale', '', 'en');
  if (!isLocaleTag(p.locale as string)) fail('locale', 'model.restore.locale', { locale: p.locale as string });
  if (p.asOf !== undefined && (typeof p.asOf !== 'string' || !isCalendarDate(p.asOf))) fail('asOf', 'model.restore.asOf', { value: String(p.asOf) });
  const tables = arr(p.tables, 'tables', []).map((t, i) => table(t, `tables[${i}]`));
  uniqueIds(tables, 'tables');
  const traits = arr(p.traits, 'traits', []).map((t, i) => trait(t, `traits[${i}]`));
  uniqueIds(traits, 'traits');
  const nodes = atMost(arr(p.nodes, 'nodes', []), LIMITS.nodes, 'nodes', 'model.restore.tooManyNodes').map((n, i) => node(n, `nodes[${i}]`));
  uniqueIds(nodes, 'nodes');
  totals(traits, nodes);
  const stages = nodes.filter((n) => n.type === 'stage');
  if (stages.length > LIMITS.stages) fail(`nodes[${nodes.indexOf(stages[LIMITS.stages])}]`, 'model.restore.tooManyStages', { count: stages.length, limit: LIMITS.stages });
  const ids = new Set(nodes.map((n) => n.id as string));
  const edges = atMost(arr(p.edges, 'edges', []), LIMITS.edges, 'edges', 'model.restore.tooManyEdges').map((e, i) => {
    const path = `edges[${i}]`;
    const o = obj(e, path);
    str(o, 'id', path);
    for (const end of ['source', 'target']) {
      const id = str(o, end, path);
      if (!ids.has(id)) fail(`${path}.${end}`, 'model.restore.unknownNode', { id });
    }
    if (o.sourceHandle !== undefined && o.sourceHandle !== null) str(o, 'sourceHandle', path);
    if (o.targetHandle !== undefined && o.targetHandle !== null) str(o, 'targetHandle', path);
    return o;
  });
  uniqueIds(edges, 'edges');
  return { ...p, tables, traits, nodes, edges } as unknown as Project;
}

/** Validates, migrates and fills defaults; unknown fields are kept. Accepts parsed JSON or a JSON string. */
export function restoreProject(json: unknown): { ok: true; project: Project } | { ok: false; problem: Problem } {
  let input = json;
  if (typeof json === 'string') {
    // A file saved by an editor that writes a byte order mark is the same JSON.
    try { input = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json); } catch (e) {
      return { ok: false, problem: { path: '', key: 'model.restore.notJson', params: { detail: (e as Error).message } } };
    }
  }
  try {
    return { ok: true, project: project(input) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, problem: e.problem };
    throw e;
  }
}

/** An empty project over one customers table, with a source node. */
export function newProject(name: string, tableId: string): Project {
  return {
    format: 'audience-canvas', version: 1, name, locale: 'en',
    tables: [{ id: tableId, role: 'customers' }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: tableId, position: { x: 0, y: 0 } }],
    edges: [],
  };
}
