// Sensible starting values when the user picks a column or an operator, from the column's profile.

import type { ColumnProfile } from '../../engine/api';
import { opsForType, valueShape } from '../../model/operators';
import type { Condition, ConditionValue, Op } from '../../model/types';

export function defaultValue(op: Op, profile: ColumnProfile | undefined): ConditionValue | undefined {
  const top = profile?.top[0]?.value;
  switch (valueShape(op)) {
    case 'none': return undefined;
    case 'list': return top !== undefined ? [top] : [];
    case 'pair': return profile?.type === 'number' || profile?.type === 'date' ? [profile.min ?? '', profile.max ?? ''] as (string | number)[] : ['', ''];
    case 'relative': return { amount: 30, unit: 'day' };
    default:
      if (op === 'topPercent' || op === 'bottomPercent') return 10;
      if (profile?.type === 'date') return typeof profile.max === 'string' ? profile.max.slice(0, 10) : '';
      if (profile?.type === 'number') return typeof profile.min === 'number' ? profile.min : '';
      return top ?? '';
  }
}

/** A new condition on a column: its first operator and a value from its profile. */
export function conditionFor(profile: ColumnProfile): Condition {
  const op = opsForType(profile.type)[0];
  const value = defaultValue(op, profile);
  return { column: profile.name, op, ...(value === undefined ? {} : { value }) };
}
