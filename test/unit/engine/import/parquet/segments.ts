// Random segments over an imported table (fast-check, from the file's own profile) as a project the Engine counts,
// and as DuckDB SQL written to PRODUCT.md's rules (test/oracle/condition-sql.ts).

import fc from 'fast-check';
import type { ColumnProfile } from '../../../../../src/engine/api';
import type { Condition, Project, ProjectNode } from '../../../../../src/model/types';
import { conditionArb } from '../../../../helpers/condition-arb';
import { conditionsSql } from '../../../../oracle/condition-sql';

export interface Spec { conditions: Condition[]; match: 'all' | 'any'; negate: boolean }

export const specArb = (columns: ColumnProfile[]): fc.Arbitrary<Spec> => fc.record({
  conditions: fc.array(conditionArb(columns), { minLength: 1, maxLength: 3 }),
  match: fc.constantFrom('all' as const, 'any' as const),
  negate: fc.boolean(),
});

export function specSql(s: Spec, columns: ColumnProfile[]): string {
  const body = conditionsSql(s.conditions, s.match, new Map(columns.map((c) => [c.name, c])));
  return s.negate ? `NOT ${body}` : body;
}

const at = { position: { x: 0, y: 0 } };

/** One filter node per spec (`s0`, `s1` …), each on the whole table. */
export function segmentsProject(specs: Spec[]): Project {
  const filters = specs.map((s, i) => ({ id: `s${i}`, type: 'filter', ...s, ...at }) as ProjectNode);
  return {
    format: 'audience-canvas', version: 1, name: 'segments', locale: 'en', tables: [{ id: 'c', role: 'customers' }], traits: [],
    nodes: [{ id: 'all', type: 'source', table: 'c', ...at }, ...filters],
    edges: filters.map((f, i) => ({ id: `e${i}`, source: 'all', target: f.id })),
  };
}
