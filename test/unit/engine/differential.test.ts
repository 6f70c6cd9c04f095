// Random segments over the real files, counted by the engine and by DuckDB SQL written to the same rules.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { openAsBlob } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../src/engine/api';
import { Engine } from '../../../src/engine/engine';
import { importFile } from '../../../src/engine/import/index';
import { opsForType, valueShape } from '../../../src/model/operators';
import type { Condition, Project, ProjectNode } from '../../../src/model/types';

const FILES = [
  ['telco_churn.csv', ','], ['marketing_campaign.tsv', '\t'], ['bank_additional_full.csv', ';'], ['mall_customers.csv', ','],
] as const;

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);

/** The typed SQL value of a column, following the importer's rules (blank → NULL). */
function typed(c: ColumnProfile): string {
  const raw = `NULLIF(trim(${q(c.name)}), '')`;
  switch (c.type) {
    case 'number': return `TRY_CAST(${raw} AS DOUBLE)`;
    case 'boolean': return `(CASE lower(${raw}) WHEN 'yes' THEN true WHEN 'true' THEN true WHEN 'no' THEN false WHEN 'false' THEN false END)`;
    case 'date': return `CAST(strptime(${raw}, '%d-%m-%Y') AS DATE)`;
    default: return `lower(${raw})`;
  }
}

/** One condition as a definite SQL boolean (NULL never matches). */
function sql(c: Condition, col: ColumnProfile): string {
  const x = typed(col);
  const v = c.value as never;
  const f = (s: unknown) => lit(typeof s === 'string' ? s.trim().toLowerCase() : (s as number));
  const asOf = `(SELECT max(${x}) FROM t)`;
  const rank = (dir: 'DESC' | 'ASC') =>
    `(SELECT ${dir === 'DESC' ? 'min' : 'max'}(v) FROM (SELECT v, row_number() OVER (ORDER BY v ${dir}) rn, count(*) OVER () n FROM (SELECT ${x} v FROM t) WHERE v IS NOT NULL) WHERE rn <= ceil(${Number(v)} * n / 100.0))`;
  const e = (() => {
    switch (c.op) {
      case 'isEmpty': return `${x} IS NULL`;
      case 'isNotEmpty': return `${x} IS NOT NULL`;
      case 'eq': return `${x} = ${f(v)}`;
      case 'ne': return `${x} <> ${f(v)}`;
      case 'in': return `${x} IN (${(v as string[]).map(f).join(',')})`;
      case 'notIn': return `${x} NOT IN (${(v as string[]).map(f).join(',')})`;
      case 'contains': return `strpos(${x}, ${f(v)}) > 0`;
      case 'notContains': return `strpos(${x}, ${f(v)}) = 0`;
      case 'startsWith': return `starts_with(${x}, ${f(v)})`;
      case 'endsWith': return `ends_with(${x}, ${f(v)})`;
      case 'lt': return `${x} < ${v}`;
      case 'lte': return `${x} <= ${v}`;
      case 'gt': return `${x} > ${v}`;
      case 'gte': return `${x} >= ${v}`;
      case 'between': {
        const [a, b] = v as [number | string, number | string];
        return col.type === 'date' ? `${x} BETWEEN least(DATE ${lit(a)}, DATE ${lit(b)}) AND greatest(DATE ${lit(a)}, DATE ${lit(b)})` : `${x} BETWEEN least(${a}, ${b}) AND greatest(${a}, ${b})`;
      }
      case 'topPercent': return `${x} >= ${rank('DESC')}`;
      case 'bottomPercent': return `${x} <= ${rank('ASC')}`;
      case 'isTrue': return `${x} = true`;
      case 'isFalse': return `${x} = false`;
      case 'before': return `${x} < DATE ${lit(v)}`;
      case 'after': return `${x} > DATE ${lit(v)}`;
      case 'on': return `${x} = DATE ${lit(v)}`;
      case 'inLast': { const r = v as { amount: number; unit: string }; return `${x} >= CAST(${asOf} - INTERVAL ${r.amount} ${r.unit} AS DATE) AND ${x} <= ${asOf}`; }
      case 'olderThan': { const r = v as { amount: number; unit: string }; return `${x} < CAST(${asOf} - INTERVAL ${r.amount} ${r.unit} AS DATE)`; }
      default: throw new Error(c.op);
    }
  })();
  return `COALESCE(${e}, false)`;
}

interface Spec { conditions: Condition[]; match: 'all' | 'any'; negate: boolean }
const filterSql = (s: Spec, cols: Map<string, ColumnProfile>) => {
  const parts = s.conditions.map((c) => sql(c, cols.get(c.column)!));
  const body = parts.length ? parts.join(s.match === 'all' ? ' AND ' : ' OR ') : 'true';
  return s.negate ? `NOT (${body})` : `(${body})`;
};

/** Random conditions drawn from the file's own profile. */
function conditionArb(columns: ColumnProfile[]): fc.Arbitrary<Condition> {
  return fc.constantFrom(...columns.filter((c) => c.type !== 'tags' && c.distinct > 0)).chain((col) =>
    fc.constantFrom(...opsForType(col.type)).chain((op): fc.Arbitrary<Condition> => {
      const tops = col.top.map((t) => t.value);
      const pick: fc.Arbitrary<string | number> = col.type === 'number' ? fc.constantFrom(...tops.map(Number), Number(col.min), Number(col.max)) : col.type === 'date'
        ? fc.constantFrom(...tops.map((d) => d.slice(0, 10))) : fc.constantFrom(...tops);
      const base = { column: col.name, op };
      if (op === 'topPercent' || op === 'bottomPercent') return fc.integer({ min: 0, max: 100 }).map((value) => ({ ...base, value }));
      switch (valueShape(op)) {
        case 'none': return fc.constant(base);
        case 'list': return fc.uniqueArray(pick, { minLength: 1, maxLength: 3 }).map((value) => ({ ...base, value }));
        case 'pair': return fc.tuple(pick, pick).map((value) => ({ ...base, value }));
        case 'relative': return fc.record({ amount: fc.integer({ min: 0, max: 400 }), unit: fc.constantFrom('day', 'week', 'month', 'year') }).map((value) => ({ ...base, value }));
        default:
          if (col.type === 'text' && (op === 'contains' || op === 'notContains' || op === 'startsWith' || op === 'endsWith')) {
            return fc.constantFrom(...tops).chain((s) => fc.integer({ min: 0, max: Math.max(0, s.length - 1) }).map((i) => ({ ...base, value: s.slice(i, i + 3) || s })));
          }
          return pick.map((value) => ({ ...base, value }));
      }
    }),
  );
}

const specArb = (columns: ColumnProfile[]) => fc.record({
  conditions: fc.array(conditionArb(columns), { minLength: 0, maxLength: 3 }),
  match: fc.constantFrom('all' as const, 'any' as const),
  negate: fc.boolean(),
});

const at = { position: { x: 0, y: 0 } };
function project(a: Spec, b: Spec, mode: 'union' | 'intersect' | 'exclude'): Project {
  const filter = (id: string, s: Spec) => ({ id, type: 'filter', ...s, ...at }) as ProjectNode;
  return {
    format: 'audience-canvas', version: 1, name: 'diff', locale: 'en', tables: [{ id: 'c', role: 'customers' }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: 'c', ...at }, filter('a', a), filter('b', b), { id: 'x', type: 'combine', mode, ...at }],
    edges: [{ id: 'e1', source: 'all', target: 'a' }, { id: 'e2', source: 'all', target: 'b' }, { id: 'e3', source: 'a', target: 'x', targetHandle: 'base' }, { id: 'e4', source: 'b', target: 'x' }],
  };
}

describe.each(FILES)('engine and DuckDB agree on %s', (file, delim) => {
  let con: DuckDBConnection;
  const engine = new Engine();
  let columns: ColumnProfile[] = [];

  beforeAll(async () => {
    const path = `../shared/data/${file}`;
    const { table, summary } = await importFile(await openAsBlob(path), 'c', file);
    engine.setTable(table);
    columns = summary.columns;
    con = await (await DuckDBInstance.create(':memory:')).connect();
    await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${path}', all_varchar=true, header=true, delim=E'${delim === '\t' ? '\\t' : delim}', quote='"')`);
  });
  afterAll(() => con?.closeSync());

  const count = async (where: string) => Number((await con.runAndReadAll(`SELECT count(*) FROM t WHERE ${where}`)).getRows()[0][0]);

  it('on random filters and combinations', async () => {
    const cols = new Map(columns.map((c) => [c.name, c]));
    await fc.assert(
      fc.asyncProperty(specArb(columns), specArb(columns), fc.constantFrom('union' as const, 'intersect' as const, 'exclude' as const), async (a, b, mode) => {
        const r = engine.count(project(a, b, mode)).nodes;
        const [wa, wb] = [filterSql(a, cols), filterSql(b, cols)];
        const combined = mode === 'union' ? `${wa} OR ${wb}` : mode === 'intersect' ? `${wa} AND ${wb}` : `${wa} AND NOT ${wb}`;
        expect(r.a.error ?? r.b.error).toBeUndefined();
        expect([r.a.count, r.b.count, r.x.count]).toEqual([await count(wa), await count(wb), await count(combined)]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
