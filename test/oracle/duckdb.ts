// DuckDB as an independent oracle: counts computed with SQL over the same files the engine imports.

import { DuckDBInstance } from '@duckdb/node-api';

export async function duckCount(sql: string): Promise<number> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const rows = (await con.runAndReadAll(sql)).getRows();
    return Number(rows[0][0]);
  } finally {
    con.closeSync();
  }
}

/** A connection with `csv` loaded as table `t`, every column as text, so tests write the typing rules themselves. */
export async function duckTable(path: string, delimiter: string) {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const delim = delimiter === '\t' ? '\\t' : delimiter;
  await con.run(`CREATE TABLE t AS SELECT * FROM read_csv('${path}', all_varchar=true, header=true, delim=E'${delim}', quote='"')`);
  return {
    async count(where: string): Promise<number> {
      return Number((await con.runAndReadAll(`SELECT count(*) FROM t WHERE ${where}`)).getRows()[0][0]);
    },
    close: () => con.closeSync(),
  };
}
