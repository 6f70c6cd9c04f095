// Each real file of shared/data, written by DuckDB as Parquet with each codec, imports to what the file itself
// imports to: rows, column types, profiles (distinct values, empties, top values with their counts, min, max) and
// the counts of segments drawn from the file's profile. Run by text-differential.test.ts and typed-differential.test.ts.

import fc from 'fast-check';
import { openAsBlob } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ColumnProfile } from '../../../../../src/engine/api';
import { Engine } from '../../../../../src/engine/engine';
import { importFile } from '../../../../../src/engine/import/index';
import type { Table } from '../../../../../src/engine/table';
import { sharedFile } from '../../../../helpers/shared-data';
import type { DuckDBConnection } from '@duckdb/node-api';
import { CODECS, duckConnection, tempDir } from './duck-parquet';
import { FILES, loadSource, writeSource } from './real-files';
import { segmentsProject, specArb, type Spec } from './segments';

function counts(table: Table, specs: Spec[]): number[] {
  const engine = new Engine();
  engine.setTable({ ...table, id: 'c' });
  const nodes = engine.count(segmentsProject(specs)).nodes;
  return specs.map((_, i) => nodes[`s${i}`].count);
}

/**
 * `text`: DuckDB reads every cell as text (`all_varchar`), so the Parquet file holds the file's text exactly, and
 * the profiles must be equal. Otherwise DuckDB types the columns, and the profiles must be equal but for the date
 * format (a Parquet DATE has none, the file's text had D-M-YYYY).
 */
export function csvDifferential(text: boolean): void {
  const dir = tempDir();
  describe.each(FILES)('%s as Parquet', (file, delimiter) => {
    let csv: { table: Table; columns: ColumnProfile[] };
    let specs: Spec[];
    let con: DuckDBConnection;
    beforeAll(async () => {
      con = await duckConnection();
      await loadSource(con, file, delimiter, text);
      const { table, summary } = await importFile(await openAsBlob(sharedFile(file)), 'c', file);
      csv = { table, columns: summary.columns };
      specs = fc.sample(specArb(summary.columns), { seed: 11, numRuns: 12 });
    }, 60_000);
    afterAll(() => con?.closeSync());

    it.each(CODECS)('%s: the same rows, profiles and segment counts as the file', async (codec) => {
      const { table, summary } = await importFile(await writeSource(con, dir, file, codec), 'c', `${file}.parquet`);
      expect([table.rowCount, summary.warnings]).toEqual([csv.table.rowCount, []]);
      if (text) {
        expect(summary.columns).toEqual(csv.columns);
      } else {
        expect(csv.columns.filter((c) => c.type === 'date').map((c) => [c.name, c.format])).toEqual(file === 'marketing_campaign.tsv' ? [['Dt_Customer', 'D-M-YYYY']] : []);
        expect(summary.columns).toEqual(csv.columns.map((c) => (c.type === 'date' ? { ...c, format: undefined } : c)));
      }
      expect(counts(table, specs)).toEqual(counts(csv.table, specs));
    }, 60_000);
  });
}
