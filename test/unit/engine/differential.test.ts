// Random segments over the real files, counted by the engine and by DuckDB SQL written to the same rules.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { openAsBlob } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../src/engine/api';
import { Engine } from '../../../src/engine/engine';
import { importFile } from '../../../src/engine/import/index';
import type { Condition, Project, ProjectNode } from '../../../src/model/types';
import { conditionArb } from '../../helpers/condition-arb';
import { conditionsSql } from '../../oracle/condition-sql';
import { sharedFile } from '../../helpers/shared-data';

const FILES = [
  ['telco_churn.csv', ','], ['marketing_campaign.tsv', '\t'], ['bank_additional_full.csv', ';'], ['mall_customers.csv', ','],
] as const;

interface Spec { conditions: Condition[]; match: 'all' | 'any'; negate: boolean }
const filterSql = (s: Spec, cols: Map<string, ColumnProfile>) => {
  const body = conditionsSql(s.conditions, s.match, cols);
  return s.negate ? `NOT ${body}` : body;
};

const specArb = (columns: ColumnProfile[]) => fc.record({
  conditions: fc.array(conditionArb(columns), { minLength: 0, maxLength: 3 }),
  match: fc.constantFrom('all' as const, 'any' as const),
  negate: fc.boolean(),
});

const at = { position: { x: 0, y: 0 } };
function project(a: Spec, b: Spec, mode: 'union' | 'intersect' | 'exclude', few: Spec, d: Spec): Project {
  const filter = (id: string, s: Spec) => ({ id, type: 'filter', ...s, ...at }) as ProjectNode;
  return {
    format: 'audience-canvas', version: 1, name: 'diff', locale: 'en', tables: [{ id: 'c', role: 'customers' }], traits: [],
    // Filter c is d's conditions after `few` (the top 5 % of a number column): it tests only the rows that reach it.
    nodes: [{ id: 'all', type: 'source', table: 'c', ...at }, filter('a', a), filter('b', b), { id: 'x', type: 'combine', mode, ...at }, filter('few', few), filter('c', d)],
    edges: [{ id: 'e1', source: 'all', target: 'a' }, { id: 'e2', source: 'all', target: 'b' }, { id: 'e3', source: 'a', target: 'x', targetHandle: 'base' }, { id: 'e4', source: 'b', target: 'x' }, { id: 'e5', source: 'all', target: 'few' }, { id: 'e6', source: 'few', target: 'c' }],
  };
}

describe.each(FILES)('engine and DuckDB agree on %s', (file, delim) => {
  let con: DuckDBConnection;
  const engine = new Engine();
  let columns: ColumnProfile[] = [];

  beforeAll(async () => {
    const path = sharedFile(file);
    const { table, summary } = await importFile(await openAsBlob(path), 'c', file);
    engine.setTable(table);
    columns = summary.columns;
    con = await (await DuckDBInstance.create(':memory:')).connect();
    await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${path}', all_varchar=true, header=true, delim=E'${delim === '\t' ? '\\t' : delim}', quote='"')`);
  }, 120_000);
  afterAll(() => con?.closeSync());

  const count = async (where: string) => Number((await con.runAndReadAll(`SELECT count(*) FROM t WHERE ${where}`)).getRows()[0][0]);

  it('on random filters and combinations', async () => {
    const cols = new Map(columns.map((c) => [c.name, c]));
    await fc.assert(
      fc.asyncProperty(specArb(columns), specArb(columns), fc.constantFrom('union' as const, 'intersect' as const, 'exclude' as const), specArb(columns), async (a, b, mode, d) => {
        const number = columns.find((c) => c.type === 'number' && c.distinct > 20)!;
        const few: Spec = { conditions: [{ column: number.name, op: 'topPercent', value: 5 }], match: 'all', negate: false };
        const r = engine.count(project(a, b, mode, few, d)).nodes;
        const [wa, wb, wf] = [filterSql(a, cols), filterSql(b, cols), filterSql(few, cols)];
        expect(r.few.count).toBeLessThan(r.all.count / 8);
        const combined = mode === 'union' ? `${wa} OR ${wb}` : mode === 'intersect' ? `${wa} AND ${wb}` : `${wa} AND NOT ${wb}`;
        expect(r.a.error ?? r.b.error).toBeUndefined();
        expect([r.a.count, r.b.count, r.x.count, r.c.count]).toEqual([await count(wa), await count(wb), await count(combined), await count(`(${wf}) AND (${filterSql(d, cols)})`)]);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
