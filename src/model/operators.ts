// The operator table of PRODUCT.md: which ops fit which column type, and what value each op takes.

import type { Problem } from '../i18n/problem';
import { isCalendarDate } from './calendar-date';
import type { ColumnType, Condition, Op } from './types';

const OPS: Record<ColumnType, Op[]> = {
  text: ['eq', 'ne', 'in', 'notIn', 'contains', 'notContains', 'startsWith', 'endsWith', 'isEmpty', 'isNotEmpty'],
  number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'between', 'topPercent', 'bottomPercent', 'isEmpty', 'isNotEmpty'],
  date: ['before', 'after', 'on', 'between', 'inLast', 'olderThan', 'isEmpty', 'isNotEmpty'],
  boolean: ['isTrue', 'isFalse', 'isEmpty', 'isNotEmpty'],
  tags: ['hasAny', 'hasAll', 'hasNone', 'isEmpty', 'isNotEmpty'],
};

/** The operators a column of this type offers, in menu order. */
export function opsForType(type: ColumnType): Op[] {
  return OPS[type];
}

export function opFits(op: Op, type: ColumnType): boolean {
  return OPS[type].includes(op);
}

export type ValueShape = 'none' | 'scalar' | 'list' | 'pair' | 'relative';

/** What kind of value an operator takes. */
export function valueShape(op: Op): ValueShape {
  switch (op) {
    case 'isTrue': case 'isFalse': case 'isEmpty': case 'isNotEmpty': return 'none';
    case 'in': case 'notIn': case 'hasAny': case 'hasAll': case 'hasNone': return 'list';
    case 'between': return 'pair';
    case 'inLast': case 'olderThan': return 'relative';
    default: return 'scalar';
  }
}

const UNITS = ['day', 'week', 'month', 'year'];

function isNumeric(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)));
}

/** A day of the calendar: 2024-02-31 is refused, not counted as 2 March. */
function isIsoDate(v: unknown): boolean {
  return typeof v === 'string' && isCalendarDate(v);
}

/** Checks one scalar value against the column type; returns the i18n key of the problem, if any. */
function scalarProblem(v: unknown, type: ColumnType): string | undefined {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return 'model.error.valueMissing';
  if (type === 'number' && !isNumeric(v)) return 'model.error.valueNumber';
  if (type === 'date' && !isIsoDate(v)) return 'model.error.valueDate';
  if (typeof v !== 'string' && typeof v !== 'number') return 'model.error.valueShape';
  return undefined;
}

/**
 * Checks a condition against the type of its column (undefined when the column does not exist).
 * `path` is the condition's field path, e.g. `nodes[2].conditions[0]`.
 */
export function checkCondition(c: Condition, type: ColumnType | undefined, path: string): Problem | undefined {
  const params = { column: c.column, op: c.op, type: type ?? '' };
  if (c.column === '') return { path: `${path}.column`, key: 'model.error.noColumn', params };
  if (type === undefined) return { path: `${path}.column`, key: 'model.error.unknownColumn', params };
  if (!opFits(c.op, type)) return { path: `${path}.op`, key: 'model.error.opType', params };
  const v = c.value;
  const at = `${path}.value`;
  switch (valueShape(c.op)) {
    case 'none': return undefined;
    case 'scalar': {
      const key = scalarProblem(v, c.op === 'topPercent' || c.op === 'bottomPercent' ? 'number' : type);
      return key ? { path: at, key, params } : undefined;
    }
    case 'list': {
      if (!Array.isArray(v) || v.length === 0) return { path: at, key: 'model.error.valueList', params };
      for (let i = 0; i < v.length; i++) {
        const key = scalarProblem(v[i], type === 'tags' ? 'text' : type);
        if (key) return { path: `${at}[${i}]`, key, params };
      }
      return undefined;
    }
    case 'pair': {
      if (!Array.isArray(v) || v.length !== 2) return { path: at, key: 'model.error.valuePair', params };
      for (let i = 0; i < 2; i++) {
        const key = scalarProblem(v[i], type);
        if (key) return { path: `${at}[${i}]`, key, params };
      }
      // ISO days compare as text; numbers as numbers. Reversed ends are a typing slip to point at, not to guess.
      if (type === 'date' ? String(v[0]) > String(v[1]) : Number(v[0]) > Number(v[1])) return { path: at, key: 'model.error.valueOrder', params };
      return undefined;
    }
    case 'relative': {
      const r = v as { amount?: unknown; unit?: unknown } | undefined;
      if (!r || typeof r !== 'object' || Array.isArray(r) || typeof r.amount !== 'number' || !(r.amount >= 0) || !UNITS.includes(r.unit as string)) {
        return { path: at, key: 'model.error.valueRelative', params };
      }
      return undefined;
    }
  }
}
