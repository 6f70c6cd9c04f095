// Starting values a user would choose when they pick a column or an operator, from the column's profile: round numbers
// near the median (src/model/number-defaults.ts), nothing preselected in a list, the latest day for a date.

import type { ColumnProfile } from '../../engine/api';
import { numberValueAfter, startingNumber, startingRange } from '../../model/number-defaults';
import { opsForType, valueShape } from '../../model/operators';
import type { Condition, ConditionValue, Op } from '../../model/types';

/** The value a condition starts with for `op` on the column of `profile`. */
export function defaultValue(op: Op, profile: ColumnProfile | undefined): ConditionValue | undefined {
  switch (valueShape(op)) {
    case 'none': return undefined;
    // Preselecting the most common value (Gender: Female) counts a segment nobody asked for.
    case 'list': return [];
    case 'pair':
      if (profile?.type === 'number') return startingRange(profile);
      return profile?.type === 'date' ? [profile.min ?? '', profile.max ?? ''] as (string | number)[] : ['', ''];
    case 'relative': return { amount: 30, unit: 'day' };
    default:
      if (op === 'topPercent' || op === 'bottomPercent') return 10;
      if (profile?.type === 'date') return typeof profile.max === 'string' ? profile.max.slice(0, 10) : '';
      if (profile?.type === 'number') return startingNumber(profile);
      return profile?.top[0]?.value ?? '';
  }
}

/** The condition's value once its operator becomes `op`: kept where it still means something, else a fresh start. */
export function valueAfterOp(c: Condition, op: Op, profile: ColumnProfile | undefined): ConditionValue | undefined {
  if (profile?.type === 'number') return numberValueAfter(op, c.op, c.value, profile);
  const percent = (o: Op) => o === 'topPercent' || o === 'bottomPercent';
  const keep = c.value !== undefined && valueShape(op) === valueShape(c.op) && percent(op) === percent(c.op);
  return keep ? c.value : defaultValue(op, profile);
}

/** Text columns with at most this many values are categories: a new condition on one lists them to tick. */
const CATEGORY_VALUES = 100;

/**
 * A new condition on a column: a category opens its value checklist with nothing ticked, a number starts at "at
 * least" a round value near the median, other types at their first operator.
 */
export function conditionFor(profile: ColumnProfile): Condition {
  const op: Op = profile.type === 'text' && profile.distinct <= CATEGORY_VALUES ? 'in'
    : profile.type === 'number' ? 'gte' : opsForType(profile.type)[0];
  const value = defaultValue(op, profile);
  return { column: profile.name, op, ...(value === undefined ? {} : { value }) };
}
