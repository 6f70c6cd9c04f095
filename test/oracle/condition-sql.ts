// Conditions as DuckDB SQL, written to PRODUCT.md's rules (blank → NULL, NULL never matches), over a table `t`
// loaded with every column as text (see duckdb.ts): the independent side of the differential tests.

import type { ColumnProfile } from '../../src/engine/api';
import type { Condition } from '../../src/model/types';

export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);

/** The typed SQL value of a column, following the importer's rules (blank → NULL). */
export function typed(c: ColumnProfile): string {
  const raw = `NULLIF(trim(${q(c.name)}), '')`;
  switch (c.type) {
    case 'number': return `TRY_CAST(${raw} AS DOUBLE)`;
    case 'boolean': return `(CASE lower(${raw}) WHEN 'yes' THEN true WHEN 'true' THEN true WHEN 'no' THEN false WHEN 'false' THEN false END)`;
    case 'date': return `CAST(strptime(${raw}, '%d-%m-%Y') AS DATE)`;
    default: return `lower(${raw})`;
  }
}

/** One condition as a definite SQL boolean (NULL never matches). */
export function conditionSql(c: Condition, col: ColumnProfile): string {
  const x = typed(col);
  const v = c.value as never;
  const f = (s: unknown) => lit(typeof s === 'string' ? s.trim().toLowerCase() : (s as number));
  const asOf = `(SELECT max(${x}) FROM t)`;
  const rank = (dir: 'DESC' | 'ASC') =>
    `(SELECT ${dir === 'DESC' ? 'min' : 'max'}(v) FROM (SELECT v, row_number() OVER (ORDER BY v ${dir}) rn, count(*) OVER () n FROM (SELECT ${x} v FROM t) WHERE v IS NOT NULL) WHERE rn <= ceil(${Number(v)} * n / 100.0))`;
  const e = (() => {
    switch (c.op) {
      case 'isEmpty': return `${x} IS NULL`;
      case 'isNotEmpty': return `${x} IS NOT NULL`;
      case 'eq': return `${x} = ${f(v)}`;
      case 'ne': return `${x} <> ${f(v)}`;
      case 'in': return `${x} IN (${(v as string[]).map(f).join(',')})`;
      case 'notIn': return `${x} NOT IN (${(v as string[]).map(f).join(',')})`;
      case 'contains': return `strpos(${x}, ${f(v)}) > 0`;
      case 'notContains': return `strpos(${x}, ${f(v)}) = 0`;
      case 'startsWith': return `starts_with(${x}, ${f(v)})`;
      case 'endsWith': return `ends_with(${x}, ${f(v)})`;
      case 'lt': return `${x} < ${v}`;
      case 'lte': return `${x} <= ${v}`;
      case 'gt': return `${x} > ${v}`;
      case 'gte': return `${x} >= ${v}`;
      case 'between': {
        const [a, b] = v as [number | string, number | string];
        return col.type === 'date' ? `${x} BETWEEN least(DATE ${lit(a)}, DATE ${lit(b)}) AND greatest(DATE ${lit(a)}, DATE ${lit(b)})` : `${x} BETWEEN least(${a}, ${b}) AND greatest(${a}, ${b})`;
      }
      case 'topPercent': return `${x} >= ${rank('DESC')}`;
      case 'bottomPercent': return `${x} <= ${rank('ASC')}`;
      case 'isTrue': return `${x} = true`;
      case 'isFalse': return `${x} = false`;
      case 'before': return `${x} < DATE ${lit(v)}`;
      case 'after': return `${x} > DATE ${lit(v)}`;
      case 'on': return `${x} = DATE ${lit(v)}`;
      case 'inLast': { const r = v as { amount: number; unit: string }; return `${x} >= CAST(${asOf} - INTERVAL ${r.amount} ${r.unit} AS DATE) AND ${x} <= ${asOf}`; }
      case 'olderThan': { const r = v as { amount: number; unit: string }; return `${x} < CAST(${asOf} - INTERVAL ${r.amount} ${r.unit} AS DATE)`; }
      default: throw new Error(c.op);
    }
  })();
  return `COALESCE(${e}, false)`;
}

/** A list of conditions joined by `all` (AND) or `any` (OR); no conditions match everyone. */
export function conditionsSql(conditions: Condition[], match: 'all' | 'any', cols: Map<string, ColumnProfile>): string {
  const parts = conditions.map((c) => conditionSql(c, cols.get(c.column)!));
  return parts.length ? `(${parts.join(match === 'all' ? ' AND ' : ' OR ')})` : '(true)';
}

/**
 * The stage of a journey each row belongs to, as PRODUCT.md defines it: CASE WHEN from the last stage to the
 * first, so the furthest stage whose conditions a row meets wins; NULL when it meets none.
 */
export function stageCaseSql(stages: { id: string; conditions: Condition[]; match: 'all' | 'any' }[], cols: Map<string, ColumnProfile>): string {
  const whens = [...stages].reverse().map((s) => `WHEN ${conditionsSql(s.conditions, s.match, cols)} THEN ${lit(s.id)}`);
  return `(CASE ${whens.join(' ')} END)`;
}
