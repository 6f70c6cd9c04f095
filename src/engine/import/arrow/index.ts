// Reads arrow files (placeholder until the reader lands in this change: refuses the file with a message naming it).

import { ImportError } from '../import-error';
import type { FormatReader } from '../reader';

const refuse = (): never => { throw new ImportError('import.error.unsupported', { format: 'arrow' }); };

export const arrowReader: FormatReader = { preview: async () => refuse(), read: async () => refuse() };
