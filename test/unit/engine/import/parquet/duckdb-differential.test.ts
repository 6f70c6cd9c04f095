// Random segments (fast-check) over the real files as Parquet: counted by our engine on the imported file and by
// DuckDB's read_parquet of the same file, with SQL written to PRODUCT.md's rules (test/oracle/condition-sql.ts).

import type { DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../../../src/engine/api';
import { Engine } from '../../../../../src/engine/engine';
import { importFile } from '../../../../../src/engine/import/index';
import { type Codec, duckConnection, tempDir } from './duck-parquet';
import { FILES, loadSource, parquetPath, writeSource } from './real-files';
import { segmentsProject, specArb, specSql } from './segments';

const dir = tempDir();
/** A different codec per file (each is checked on every file by the profile tests). */
const CODEC: Record<string, Codec> = { 'telco_churn.csv': 'zstd', 'marketing_campaign.tsv': 'snappy', 'bank_additional_full.csv': 'gzip', 'mall_customers.csv': 'lz4_raw' };

describe.each(FILES)('engine and DuckDB read_parquet agree on %s', (file, delimiter) => {
  let con: DuckDBConnection;
  const engine = new Engine();
  let columns: ColumnProfile[] = [];

  beforeAll(async () => {
    con = await duckConnection();
    await loadSource(con, file, delimiter, true);
    const blob = await writeSource(con, dir, file, CODEC[file]);
    const { table, summary } = await importFile(blob, 'c', file);
    engine.setTable(table);
    columns = summary.columns;
    await con.run(`CREATE TABLE t AS SELECT * FROM read_parquet('${parquetPath(dir, file, CODEC[file])}')`);
  }, 60_000);
  afterAll(() => con?.closeSync());

  const count = async (where: string) => Number((await con.runAndReadAll(`SELECT count(*) FROM t WHERE ${where}`)).getRows()[0][0]);

  it('on random segments and their combinations', async () => {
    await fc.assert(
      fc.asyncProperty(specArb(columns), specArb(columns), fc.constantFrom('union', 'intersect', 'exclude'), async (a, b, mode) => {
        const project = segmentsProject([a, b]);
        project.nodes.push({ id: 'x', type: 'combine', mode, position: { x: 0, y: 0 } } as never);
        project.edges.push({ id: 'ea', source: 's0', target: 'x', targetHandle: 'base' }, { id: 'eb', source: 's1', target: 'x' });
        const r = engine.count(project).nodes;
        const [wa, wb] = [specSql(a, columns), specSql(b, columns)];
        const both = mode === 'union' ? `${wa} OR ${wb}` : mode === 'intersect' ? `${wa} AND ${wb}` : `${wa} AND NOT ${wb}`;
        expect([r.s0.count, r.s1.count, r.x.count]).toEqual([await count(wa), await count(wb), await count(both)]);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});
