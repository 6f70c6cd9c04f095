// Parquet files written by DuckDB for the tests: a query's result, with a codec, a row-group size, a format version.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The codecs DuckDB writes (lz4 is written as LZ4_RAW). */
export const CODECS = ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli', 'lz4_raw'] as const;
export type Codec = (typeof CODECS)[number];

export interface ParquetOptions { codec?: Codec; rowGroupSize?: number; version?: 'V1' | 'V2' }

/** A fresh temporary directory for one test file's Parquet files. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'ac-parquet-'));

export async function duckConnection(): Promise<DuckDBConnection> {
  return (await DuckDBInstance.create(':memory:')).connect();
}

/** Writes the rows of `select` to `path` as Parquet; returns the file as a Blob. */
export async function writeParquet(con: DuckDBConnection, select: string, path: string, o: ParquetOptions = {}): Promise<Blob> {
  const options = [`FORMAT parquet`, `COMPRESSION ${o.codec ?? 'zstd'}`];
  if (o.rowGroupSize) options.push(`ROW_GROUP_SIZE ${o.rowGroupSize}`);
  if (o.version) options.push(`PARQUET_VERSION ${o.version}`);
  await con.run(`COPY (${select}) TO '${path}' (${options.join(', ')})`);
  return openAsBlob(path);
}
