// The benchmark's 20-node project on the demo columns, and the same nodes as DuckDB SQL.

import type { Project, ProjectNode } from '../../src/model/types';

export const AS_OF = '2026-10-31';
const at = (x: number, y: number) => ({ position: { x, y } });
const f = (id: string, conditions: unknown[], x = 0, y = 0) => ({ id, type: 'filter', match: 'all', negate: false, conditions, ...at(x, y) }) as ProjectNode;

/** The project with the income threshold of node f3 as a parameter (the edit the benchmark repeats). */
export function benchProject(income = 50000): Project {
  const nodes: ProjectNode[] = [
    { id: 'all', type: 'source', table: 'customers', ...at(0, 0) },
    f('f1', [{ column: 'age', op: 'between', value: [25, 40] }]),
    f('f2', [{ column: 'country', op: 'in', value: ['Azerbaijan', 'Türkiye'] }]),
    f('f3', [{ column: 'household_income', op: 'gt', value: income }]),
    f('f4', [{ column: 'area_type', op: 'eq', value: 'rural' }]),
    f('f5', [{ column: 'gender', op: 'eq', value: 'Male' }]),
    f('f6', [{ column: 'occupation', op: 'in', value: ['Retired'] }]),
    f('f7', [{ column: 'last_purchase_date', op: 'inLast', value: { amount: 90, unit: 'day' } }]),
    f('f8', [{ column: 'interests', op: 'hasAny', value: ['travel', 'pets'] }]),
    f('f9', [{ column: 'nps', op: 'gte', value: 9 }]),
    f('f10', [{ column: 'device', op: 'eq', value: 'Mobile' }]),
    { id: 'c1', type: 'combine', mode: 'union', ...at(0, 0) },
    { id: 'c2', type: 'combine', mode: 'exclude', ...at(0, 0) },
    { id: 'seg1', type: 'segment', name: 'Young AZ/TR with income, or rural retired men', color: '#7c3aed', ...at(0, 0) },
    { id: 'seg2', type: 'segment', name: 'Recent travellers not on mobile', color: '#0e9384', ...at(0, 0) },
    { id: 'seg3', type: 'segment', name: 'Promoters', color: '#d92d20', ...at(0, 0) },
    { id: 's1', type: 'split', kind: 'random', seed: 7, branches: [{ id: 'a', label: 'A', percent: 45 }, { id: 'b', label: 'B', percent: 45 }, { id: 'h', label: 'Hold-out', percent: 10 }], ...at(0, 0) },
    { id: 'aw', type: 'stage', name: 'Awareness', match: 'all', conditions: [{ column: 'pricing_page_visits', op: 'gte', value: 1 }], ...at(0, 0) },
    { id: 'co', type: 'stage', name: 'Consideration', match: 'all', conditions: [{ column: 'demo_requested', op: 'isTrue' }], ...at(0, 0) },
    { id: 'de', type: 'stage', name: 'Decision', match: 'all', conditions: [{ column: 'trial_started', op: 'isTrue' }], ...at(0, 0) },
  ];
  const e = (source: string, target: string, targetHandle?: string) => ({ id: `${source}-${target}`, source, target, ...(targetHandle ? { targetHandle } : {}) });
  return {
    format: 'audience-canvas', version: 1, name: 'bench', locale: 'en', asOf: AS_OF,
    tables: [{ id: 'customers', role: 'customers', key: 'customer_id' }], traits: [], nodes,
    edges: [
      e('all', 'f1'), e('f1', 'f2'), e('f2', 'f3'), e('all', 'f5'), e('f5', 'f6'), e('f6', 'f4'), e('all', 'f7'), e('f7', 'f8'),
      e('all', 'f9'), e('all', 'f10'), e('f3', 'c1'), e('f4', 'c1'), e('f8', 'c2', 'base'), e('f10', 'c2'),
      e('c1', 'seg1'), e('c2', 'seg2'), e('f9', 'seg3'), e('f3', 's1'), e('all', 'aw'), e('aw', 'co'), e('co', 'de'),
    ],
  };
}

/** Each node's membership as a DuckDB boolean expression over table t (the split counts its input). */
export function benchSql(income = 50000): Record<string, string> {
  const f1 = 'age BETWEEN 25 AND 40';
  const f2 = `${f1} AND country IN ('Azerbaijan', 'Türkiye')`;
  const f3 = `${f2} AND household_income > ${income}`;
  const f5 = `gender = 'Male'`;
  const f6 = `${f5} AND occupation IN ('Retired')`;
  const f4 = `${f6} AND area_type = 'rural'`;
  const f7 = `last_purchase_date BETWEEN DATE '${AS_OF}' - INTERVAL 90 DAY AND DATE '${AS_OF}'`;
  const f8 = `${f7} AND list_has_any(string_split(interests, ';'), ['travel', 'pets'])`;
  const f9 = 'nps >= 9';
  const f10 = `device = 'Mobile'`;
  const [aw, co, de] = ['pricing_page_visits >= 1', 'demo_requested', 'trial_started'];
  return {
    all: 'true', f1, f2, f3, f4, f5, f6, f7, f8, f9, f10,
    c1: `(${f3}) OR (${f4})`, c2: `(${f8}) AND NOT (${f10})`, seg1: `(${f3}) OR (${f4})`, seg2: `(${f8}) AND NOT (${f10})`, seg3: f9, s1: f3,
    aw: `(${aw}) AND NOT (${co}) AND NOT (${de})`, co: `(${co}) AND NOT (${de})`, de,
  };
}
