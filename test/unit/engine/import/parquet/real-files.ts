// The real customer files of shared/data as DuckDB reads them, and Parquet files it writes from them.

import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { sharedFile } from '../../../../helpers/shared-data';
import { type Codec, writeParquet } from './duck-parquet';

export const FILES = [
  ['telco_churn.csv', ','], ['marketing_campaign.tsv', '\t'], ['bank_additional_full.csv', ';'], ['mall_customers.csv', ','],
] as const;

/** DuckDB's read of a real file: every column as text (`all_varchar`), or with the types it detects. */
export function readCsvSql(file: string, delimiter: string, text: boolean): string {
  const delim = delimiter === '\t' ? '\\t' : delimiter;
  return `SELECT * FROM read_csv('${sharedFile(file)}', ${text ? 'all_varchar=true, ' : ''}header=true, delim=E'${delim}', quote='"')`;
}

/** Writes `file` as Parquet into `dir` (small row groups, so the bigger files have several). */
export function realParquet(con: DuckDBConnection, dir: string, file: string, delimiter: string, codec: Codec, text = true): Promise<Blob> {
  return writeParquet(con, readCsvSql(file, delimiter, text), join(dir, `${file}.${codec}.${text ? 'text' : 'typed'}.parquet`), { codec, rowGroupSize: 8192 });
}
