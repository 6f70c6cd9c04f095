// Builds engine tables from CSV text in tests, through the real importer.

import type { ImportOptions } from '../../src/engine/api';
import { importFile } from '../../src/engine/import/index';
import type { Table } from '../../src/engine/table';

export async function tableFromCsv(csv: string, id = 'customers', options?: Partial<ImportOptions>): Promise<Table> {
  return (await importFile(new Blob([csv]), id, id, options)).table;
}
