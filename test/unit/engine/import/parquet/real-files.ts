// The real customer files of shared/data as DuckDB reads them, and Parquet files it writes from them.

import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { sharedFile } from '../../../../helpers/shared-data';
import { type Codec, writeParquet } from './duck-parquet';

export const FILES = [
  ['telco_churn.csv', ','], ['marketing_campaign.tsv', '\t'], ['bank_additional_full.csv', ';'], ['mall_customers.csv', ','],
] as const;

/**
 * Loads a real file into DuckDB table `source`: every column as text (`all_varchar`, so a Parquet file written from
 * it holds the file's text exactly), or with the types DuckDB detects.
 */
export async function loadSource(con: DuckDBConnection, file: string, delimiter: string, text: boolean): Promise<void> {
  const delim = delimiter === '\t' ? '\\t' : delimiter;
  await con.run(`CREATE OR REPLACE TABLE source AS SELECT * FROM read_csv('${sharedFile(file)}', ${text ? 'all_varchar=true, ' : ''}header=true, delim=E'${delim}', quote='"')`);
}

/** The path of table `source` written as Parquet with `codec` into `dir`. */
export const parquetPath = (dir: string, file: string, codec: Codec) => join(dir, `${file}.${codec}.parquet`);

/** Writes table `source` as Parquet (small row groups, so the bigger files have several). */
export function writeSource(con: DuckDBConnection, dir: string, file: string, codec: Codec): Promise<Blob> {
  return writeParquet(con, 'SELECT * FROM source', parquetPath(dir, file, codec), { codec, rowGroupSize: 8192 });
}
