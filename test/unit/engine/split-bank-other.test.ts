// A split by value on the bank file's `poutcome` listing `other`: each listed value keeps its own branch, the
// catch-all its own, and the branches add up to the split's input, checked against DuckDB on the same bytes.
// bank_additional_full.csv writes the earlier campaign's other outcomes as "failure"; the older UCI bank-full.csv
// writes them "other". The test file is the real one with those 4,252 cells spelled "other", as bank-full has them.

import { mkdtempSync, openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../src/engine/engine';
import { importFile } from '../../../src/engine/import/index';
import type { Project } from '../../../src/model/types';
import { sharedFile } from '../../helpers/shared-data';
import { duckTable } from '../../oracle/duckdb';

const at = { position: { x: 0, y: 0 } };
const VALUES = ['unknown', 'other', 'success'];
const path = join(mkdtempSync(join(tmpdir(), 'ac-bank-')), 'bank-other.csv');

const project: Project = {
  format: 'audience-canvas', version: 1, name: 'bank', locale: 'en', tables: [{ id: 'customers', role: 'customers' }], traits: [],
  nodes: [
    { id: 'all', type: 'source', table: 'customers', ...at },
    { id: 's', type: 'split', kind: 'value', column: 'poutcome', values: VALUES, ...at },
    ...['unknown', 'other', 'success', 'rest'].map((id) => ({ id, type: 'segment' as const, name: id, color: '#000', ...at })),
  ],
  edges: [
    { id: 'e0', source: 'all', target: 's' },
    { id: 'e1', source: 's', target: 'unknown', sourceHandle: 'unknown' },
    { id: 'e2', source: 's', target: 'other', sourceHandle: 'other' },
    { id: 'e3', source: 's', target: 'success', sourceHandle: 'success' },
    { id: 'e4', source: 's', target: 'rest', sourceHandle: 'other~2' },
  ],
};

describe('a split by poutcome listing the value other, on the bank marketing file', () => {
  const engine = new Engine();
  let duck: Awaited<ReturnType<typeof duckTable>>;

  beforeAll(async () => {
    const text = readFileSync(sharedFile('bank_additional_full.csv'), 'latin1');
    writeFileSync(path, text.replaceAll(';"failure";', ';"other";'), 'latin1');
    engine.setTable((await importFile(await openAsBlob(path), 'customers', 'bank-other.csv')).table);
    duck = await duckTable(path, ';');
  }, 60_000);
  afterAll(() => duck?.close());

  it('counts each value and the catch-all as DuckDB does, adding up to all 41,188 clients', async () => {
    const r = engine.count(project);
    const oracle = {
      unknown: await duck.count(`poutcome = 'unknown'`),
      other: await duck.count(`poutcome = 'other'`),
      success: await duck.count(`poutcome = 'success'`),
      'other~2': await duck.count(`poutcome NOT IN ('unknown', 'other', 'success')`),
    };
    expect(oracle).toEqual({ unknown: 0, other: 4_252, success: 1_373, 'other~2': 35_563 });
    expect(r.nodes.s).toEqual({ count: 41_188, input: 41_188, branches: oracle });
    expect([r.nodes.unknown.count, r.nodes.other.count, r.nodes.success.count, r.nodes.rest.count]).toEqual([0, 4_252, 1_373, 35_563]);
  }, 60_000);
});
