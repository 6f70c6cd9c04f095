// Conditions read as sentences in the user's language: "Age is between 25 and 40".

import { formatNumber, t } from '../../i18n/index';
import type { Condition, RelativeAmount } from '../../model/types';

function one(v: unknown): string {
  return typeof v === 'number' ? formatNumber(v) : String(v ?? '…');
}

function list(v: unknown): string {
  const xs = Array.isArray(v) ? v : [v];
  return xs.length ? xs.map(one).join(', ') : '…';
}

/** A column name as people read it: `household_income` → `household income`; an unchosen column → `…`. */
export function columnLabel(name: string): string {
  return name === '' ? '…' : name.replace(/_+/g, ' ').trim() || name;
}

/** One condition as a phrase, e.g. "Country is any of Azerbaijan, Türkiye". */
export function conditionSentence(c: Condition): string {
  const v = c.value;
  let value = '';
  if (Array.isArray(v) && c.op === 'between') value = t('ui.op.range', { a: one(v[0]), b: one(v[1]) });
  else if (Array.isArray(v)) value = list(v);
  else if (v && typeof v === 'object') {
    const r = v as RelativeAmount;
    value = t(`ui.unit.${r.unit}`, { count: r.amount });
  } else value = one(v);
  return t(`ui.sentence.${c.op}`, { column: columnLabel(c.column), value });
}

/** All conditions of a filter joined by "and" / "or", with NOT. */
export function filterSentence(conditions: Condition[], match: 'all' | 'any', negate: boolean): string {
  if (conditions.length === 0) return t('ui.filter.noConditions');
  const joined = conditions.map(conditionSentence).join(match === 'all' ? t('ui.filter.and') : t('ui.filter.or'));
  return negate ? t('ui.filter.not', { text: joined }) : joined;
}
