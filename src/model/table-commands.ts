// Edits to a table binding: which column identifies a customer.

import type { CommandResult } from './commands';
import type { Project } from './types';

/**
 * Sets the key column of table `tableId` (PRODUCT.md: optional on a customers table; without it the row number is
 * the key). `undefined` removes the key. A table the project does not bind is left as it is (nothing to record).
 */
export function setTableKey(project: Project, tableId: string, key: string | undefined): CommandResult {
  if (!project.tables.some((t) => t.id === tableId)) return { project, capture: false };
  const tables = project.tables.map((t) => {
    if (t.id !== tableId) return t;
    const { key: _old, ...rest } = t;
    return key === undefined ? rest : { ...rest, key };
  });
  return { project: { ...project, tables }, capture: true };
}
