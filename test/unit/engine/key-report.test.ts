import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/engine/import/index';
import { keyReport } from '../../../src/engine/key-report';
import type { Table } from '../../../src/engine/table';
import { duckCount } from '../../oracle/duckdb';
import { sharedFile } from '../../helpers/shared-data';

async function tableOf(csv: string): Promise<Table> {
  return (await importFile(new Blob([csv]), 't', 't.csv')).table;
}

describe('the key report', () => {
  it('counts empty keys and keys shared by several rows, most rows first', async () => {
    const table = await tableOf('id,name\nC1,a\nC2,b\n,c\nC1,d\nC3,e\nC2,f\nC1,g\n  ,h\n');
    expect(keyReport(table, 'id')).toEqual({
      column: 'id', empty: 2, distinct: 3, duplicates: 2, duplicateRows: 5,
      examples: [{ value: 'C1', count: 3 }, { value: 'C2', count: 2 }],
    });
  });

  it('reads number keys by value', async () => {
    const table = await tableOf('n,x\n1,a\n2,b\n2,c\n,d\n3,e\n');
    expect(table.columns[0].type).toBe('number');
    expect(keyReport(table, 'n')).toEqual({ column: 'n', empty: 1, distinct: 3, duplicates: 1, duplicateRows: 2, examples: [{ value: '2', count: 2 }] });
  });

  it('is null for a column the table does not have', async () => {
    expect(keyReport(await tableOf('a\n1\n'), 'b')).toBeNull();
  });

  it('finds no problem in telco_churn.csv\'s customerID, as DuckDB counts it', async () => {
    const path = sharedFile('telco_churn.csv');
    const { readFile } = await import('node:fs/promises');
    const { table } = await importFile(new Blob([await readFile(path)]), 'telco', 'telco_churn.csv');
    const distinct = await duckCount(`SELECT count(DISTINCT customerID) FROM read_csv('${path}', all_varchar=true)`);
    expect(distinct).toBe(7043);
    expect(keyReport(table, 'customerID')).toEqual({ column: 'customerID', empty: 0, distinct: 7043, duplicates: 0, duplicateRows: 0, examples: [] });
  }, 60_000);

  it('agrees with a plain count over random key columns', () => {
    fc.assert(fc.asyncProperty(fc.array(fc.constantFrom('', 'a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 40 }), async (keys) => {
      const table = await tableOf(`k,x\n${keys.map((k) => `${k},1`).join('\n')}\n`);
      const per = new Map<string, number>();
      for (const k of keys) if (k) per.set(k, (per.get(k) ?? 0) + 1);
      const shared = [...per.values()].filter((n) => n > 1);
      const r = keyReport(table, 'k')!;
      expect([r.empty, r.distinct, r.duplicates, r.duplicateRows]).toEqual([keys.filter((k) => !k).length, per.size, shared.length, shared.reduce((a, b) => a + b, 0)]);
    }), { numRuns: 50 });
  });
});
