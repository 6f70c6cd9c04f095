// The real files as Parquet holding every cell as the file's text, each codec: what the files themselves import to.

import { csvDifferential } from './csv-differential';

csvDifferential(true);
