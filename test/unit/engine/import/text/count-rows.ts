// Counts the rows of an imported table that meet conditions, through the Engine as the canvas would.

import { Engine } from '../../../../../src/engine/engine';
import type { Table } from '../../../../../src/engine/table';
import type { Condition, Project } from '../../../../../src/model/types';

/** Rows of `table` matching every condition (one filter node under the table's source). */
export function countRows(table: Table, ...conditions: Condition[]): number {
  const engine = new Engine();
  engine.setTable(table);
  const project: Project = {
    format: 'audience-canvas', version: 1, name: 'count', locale: 'az', tables: [{ id: table.id, role: 'customers' }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: table.id, position: { x: 0, y: 0 } },
      { id: 'f', type: 'filter', match: 'all', negate: false, conditions, position: { x: 0, y: 0 } }],
    edges: [{ id: 'e', source: 'all', target: 'f' }],
  };
  return engine.count(project).nodes.f.count;
}
