// Buyer-journey stages on telco_churn.csv, counted by the engine and by the command line, against DuckDB's
// CASE WHEN from the last stage to the first (PRODUCT.md: a customer belongs to the furthest stage it meets).

import { execFile } from 'node:child_process';
import { mkdtempSync, openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../src/engine/api';
import { Engine } from '../../../src/engine/engine';
import { importFile } from '../../../src/engine/import/index';
import type { Condition, Edge, Project, ProjectNode, StageNode } from '../../../src/model/types';
import { funnelRows } from '../../../src/ui/journey/funnel-data';
import { conditionArb } from '../../helpers/condition-arb';
import { tableFromCsv } from '../../helpers/table';
import { duckTable } from '../../oracle/duckdb';
import { conditionsSql, stageCaseSql } from '../../oracle/condition-sql';
import { sharedFile } from '../../helpers/shared-data';

const TELCO = sharedFile('telco_churn.csv');
const at = { position: { x: 0, y: 0 } };
const stage = (id: string, conditions: Condition[], match: 'all' | 'any' = 'all'): StageNode => ({ id, type: 'stage', name: id, match, conditions, ...at });
const edge = (source: string, target: string): Edge => ({ id: `${source}-${target}`, source, target });

/** source → [filter] → stage 1 → … → stage n. */
function journey(stages: StageNode[], input?: { conditions: Condition[]; match: 'all' | 'any' }): Project {
  const nodes: ProjectNode[] = [{ id: 'all', type: 'source', table: 'customers', ...at }];
  const edges: Edge[] = [];
  let from = 'all';
  if (input) {
    nodes.push({ id: 'in', type: 'filter', negate: false, ...input, ...at });
    edges.push(edge('all', 'in'));
    from = 'in';
  }
  stages.forEach((s) => { nodes.push(s); edges.push(edge(from, s.id)); from = s.id; });
  return { format: 'audience-canvas', version: 1, name: 'journey', locale: 'en', tables: [{ id: 'customers', role: 'customers', key: 'customerID' }], traits: [], nodes, edges };
}

// Stage rules on telco's own columns. Everyone with tenure 0 has a one- or two-year contract, so some customers
// reach Decision without meeting Awareness; customers without internet reach Decision without Consideration.
const THREE = [
  stage('aw', [{ column: 'tenure', op: 'gte', value: 1 }]),
  stage('co', [{ column: 'InternetService', op: 'in', value: ['Fiber optic', 'DSL'] }]),
  stage('de', [{ column: 'Contract', op: 'in', value: ['One year', 'Two year'] }]),
];
const FIVE = [
  ...THREE,
  stage('re', [{ column: 'tenure', op: 'gte', value: 48 }, { column: 'PaymentMethod', op: 'contains', value: 'AUTOMATIC' }], 'any'),
  stage('ad', [{ column: 'Churn', op: 'isFalse' }, { column: 'TechSupport', op: 'eq', value: 'Yes' }, { column: 'TotalCharges', op: 'gte', value: 3000 }]),
];
const PAPERLESS = { conditions: [{ column: 'PaperlessBilling', op: 'isTrue' } as Condition], match: 'all' as const };

// The same rules, written by hand in SQL over the file read as text (blank → NULL, NULL never matches).
const num = (c: string) => `TRY_CAST(NULLIF(trim("${c}"), '') AS DOUBLE)`;
const txt = (c: string) => `lower(trim("${c}"))`;
const RULES: Record<string, string> = {
  aw: `${num('tenure')} >= 1`,
  co: `${txt('InternetService')} IN ('fiber optic', 'dsl')`,
  de: `${txt('Contract')} IN ('one year', 'two year')`,
  re: `(${num('tenure')} >= 48 OR strpos(${txt('PaymentMethod')}, 'automatic') > 0)`,
  ad: `(${txt('Churn')} = 'no' AND ${txt('TechSupport')} = 'yes' AND COALESCE(${num('TotalCharges')} >= 3000, false))`,
};
const caseOf = (ids: string[]) => `(CASE ${[...ids].reverse().map((id) => `WHEN ${RULES[id]} THEN '${id}'`).join(' ')} END)`;

type Oracle = Awaited<ReturnType<typeof duckTable>>;

/** In-stage and reached counts per stage, from a CASE WHEN over the journey's input. */
async function oracleStages(duck: Oracle, stageCase: string, ids: string[], inputWhere = 'true') {
  const out: Record<string, { count: number; reached: number }> = {};
  for (const [k, id] of ids.entries()) {
    out[id] = {
      count: await duck.count(`(${inputWhere}) AND ${stageCase} = '${id}'`),
      reached: await duck.count(`(${inputWhere}) AND ${stageCase} IN (${ids.slice(k).map((x) => `'${x}'`).join(', ')})`),
    };
  }
  return out;
}

const stageFigures = (nodes: Record<string, { count: number; reached?: number }>, ids: string[]) =>
  Object.fromEntries(ids.map((id) => [id, { count: nodes[id].count, reached: nodes[id].reached }]));

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ac-stages-'));
async function cliCount(p: Project) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(p));
  const { stdout } = await run('node_modules/.bin/tsx', ['src/engine/cli.ts', 'count', path, '--data', `customers=${TELCO}`]);
  return JSON.parse(stdout) as { total: number; nodes: Record<string, { count: number; reached?: number }> };
}

describe('journey stages on telco_churn.csv', () => {
  const engine = new Engine();
  let duck: Oracle;
  let columns: ColumnProfile[] = [];

  beforeAll(async () => {
    const { table, summary } = await importFile(await openAsBlob(TELCO), 'customers', 'telco_churn.csv');
    engine.setTable(table);
    columns = summary.columns;
    duck = await duckTable(TELCO, ',');
  }, 60_000);
  afterAll(() => duck?.close());

  it('has customers who meet a later stage without an earlier one, and customers who meet none', async () => {
    expect(await duck.count(`NOT (${RULES.aw}) AND ${RULES.de}`)).toBe(11); // tenure 0, yearly contract
    expect(await duck.count(`NOT (${RULES.co}) AND ${RULES.de}`)).toBe(1_002); // no internet, yearly contract
    expect(await duck.count(`${caseOf(['aw', 'co', 'de'])} IS NULL`)).toBe(0); // tenure ≥ 1 or a yearly contract: everyone
    expect(await duck.count(`${caseOf(['co', 'de'])} IS NULL`)).toBe(524); // no internet, month to month
  });

  it('counts the three-stage journey as DuckDB does, in the engine and on the command line', async () => {
    const ids = ['aw', 'co', 'de'];
    const expected = await oracleStages(duck, caseOf(ids), ids);
    expect(expected).toEqual({ aw: { count: 524, reached: 7043 }, co: { count: 3_351, reached: 6_519 }, de: { count: 3_168, reached: 3_168 } });
    expect(stageFigures(engine.count(journey(THREE)).nodes, ids)).toEqual(expected);
    expect(stageFigures((await cliCount(journey(THREE))).nodes, ids)).toEqual(expected);
  }, 30_000);

  it('counts the five-stage journey from a filtered input as DuckDB does, in the engine and on the command line', async () => {
    const ids = ['aw', 'co', 'de', 're', 'ad'];
    const paperless = `${txt('PaperlessBilling')} = 'yes'`;
    const expected = await oracleStages(duck, caseOf(ids), ids, paperless);
    expect(Object.values(expected).map((s) => s.count).reduce((a, b) => a + b)).toBe(await duck.count(`${paperless} AND ${caseOf(ids)} IS NOT NULL`));
    const p = journey(FIVE, PAPERLESS);
    const { nodes } = engine.count(p);
    expect(stageFigures(nodes, ids)).toEqual(expected);
    expect(nodes.aw.input).toBe(await duck.count(paperless));
    expect(stageFigures((await cliCount(p)).nodes, ids)).toEqual(expected);
  }, 30_000);

  it('gives each stage the reached count of the stage before as its input, and reached as the sum of in-stage counts from there on', () => {
    const ids = ['aw', 'co', 'de', 're', 'ad'];
    const { nodes } = engine.count(journey(FIVE, PAPERLESS));
    ids.forEach((id, k) => {
      expect(nodes[id].reached).toBe(ids.slice(k).reduce((sum, x) => sum + nodes[x].count, 0));
      if (k > 0) expect(nodes[id].input).toBe(nodes[ids[k - 1]].reached);
    });
  });

  it('gives the funnel\'s conversion as DuckDB\'s reached of a stage over that of the one before', async () => {
    const ids = ['aw', 'co', 'de', 're', 'ad'];
    const expected = await oracleStages(duck, caseOf(ids), ids);
    const rows = funnelRows(FIVE, engine.count(journey(FIVE)));
    expect(rows.map((r) => r.conversion)).toEqual(ids.map((id, k) => expected[id].reached / (k ? expected[ids[k - 1]].reached : 7043)));
  });

  const stagesArb = () => fc.array(fc.record({
    conditions: fc.array(conditionArb(columns), { minLength: 0, maxLength: 2 }),
    match: fc.constantFrom('all' as const, 'any' as const),
  }), { minLength: 1, maxLength: 5 });

  it('agrees with DuckDB on random stage conditions over telco\'s columns', async () => {
    const cols = new Map(columns.map((c) => [c.name, c]));
    await fc.assert(
      fc.asyncProperty(stagesArb(), fc.option(fc.array(conditionArb(columns), { minLength: 1, maxLength: 2 })), async (specs, input) => {
        const stages = specs.map((s, i) => stage(`s${i}`, s.conditions, s.match));
        const ids = stages.map((s) => s.id);
        const { nodes } = engine.count(journey(stages, input ? { conditions: input, match: 'all' } : undefined));
        for (const id of ids) expect(nodes[id].error).toBeUndefined();
        const inputWhere = input ? conditionsSql(input, 'all', cols) : 'true';
        expect(stageFigures(nodes, ids)).toEqual(await oracleStages(duck, stageCaseSql(stages, cols), ids, inputWhere));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('stage assignment, case by case', () => {
  // 6 customers: visited (v), requested a demo (d), bought (b); customer 6 has only blanks.
  const CSV = 'id,v,d,b\n1,yes,yes,yes\n2,yes,no,yes\n3,no,no,yes\n4,yes,no,no\n5,no,no,no\n6,,,\n';
  const three = [stage('aw', [{ column: 'v', op: 'isTrue' }]), stage('co', [{ column: 'd', op: 'isTrue' }]), stage('de', [{ column: 'b', op: 'isTrue' }])];
  const membersOf = async (stages: StageNode[]) => {
    const engine = new Engine();
    engine.setTable(await tableFromCsv(CSV));
    const p = journey(stages);
    return Object.fromEntries(stages.map((s) => [s.id, engine.membersPage(p, s.id, undefined, { offset: 0, limit: 10 }).rows.map((r) => r[0])]));
  };

  it.each([
    ['the furthest stage met, even with the one between missed', 2, 'de'],
    ['a later stage met without the earlier ones', 3, 'de'],
    ['only the first stage met', 4, 'aw'],
  ])('puts a customer with %s in that stage (customer %i in %s)', async (_, id, where) => {
    const members = await membersOf(three);
    expect(Object.entries(members).filter(([, ids]) => ids.includes(id)).map(([s]) => s)).toEqual([where]);
  });

  it('puts a customer meeting no stage, or with blanks only, in none', async () => {
    expect(await membersOf(three)).toEqual({ aw: [4], co: [], de: [1, 2, 3] });
  });

  it('puts everyone who reaches a stage without conditions there or further', async () => {
    expect(await membersOf([stage('aw', []), stage('de', [{ column: 'b', op: 'isTrue' }])])).toEqual({ aw: [4, 5, 6], de: [1, 2, 3] });
  });

  it('gives conversion from the journey\'s input, then from the stage before, and none after a stage nobody reached', async () => {
    const engine = new Engine();
    engine.setTable(await tableFromCsv(CSV));
    const stages = [...three, stage('never', [{ column: 'id', op: 'gt', value: 99 }]), stage('last', [{ column: 'id', op: 'gt', value: 99 }])];
    const rows = funnelRows(stages, engine.count(journey(stages)));
    expect(rows.map((r) => [r.id, r.inStage, r.reached, r.conversion])).toEqual([
      ['aw', 1, 4, 4 / 6], ['co', 0, 3, 3 / 4], ['de', 3, 3, 1], ['never', 0, 0, 0], ['last', 0, 0, undefined],
    ]);
  });
});
