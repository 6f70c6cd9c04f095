// The real files as Parquet with the column types DuckDB detects, each codec: what the files themselves import to.

import { csvDifferential } from './csv-differential';

csvDifferential(false);
