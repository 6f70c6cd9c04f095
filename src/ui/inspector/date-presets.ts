// Ready-made relative date choices a marketer reaches for: "in the last 30 days", "more than 6 months ago".

import type { ColumnProfile } from '../../engine/api';
import type { ConditionValue, Op, RelativeAmount } from '../../model/types';

export interface DatePreset { op: 'inLast' | 'olderThan'; value: RelativeAmount }

/** The presets, in the order they are offered. */
export const DATE_PRESETS: DatePreset[] = [
  { op: 'inLast', value: { amount: 7, unit: 'day' } },
  { op: 'inLast', value: { amount: 30, unit: 'day' } },
  { op: 'inLast', value: { amount: 90, unit: 'day' } },
  { op: 'inLast', value: { amount: 12, unit: 'month' } },
  { op: 'olderThan', value: { amount: 6, unit: 'month' } },
  { op: 'olderThan', value: { amount: 1, unit: 'year' } },
];

/** True when the condition is exactly this preset. */
export function isPreset(p: DatePreset, op: Op, value: ConditionValue | undefined): boolean {
  const v = value as RelativeAmount | undefined;
  return op === p.op && !!v && typeof v === 'object' && v.amount === p.value.amount && v.unit === p.value.unit;
}

/** The latest date among the date columns' profiles (ISO day), the default "as of" when the engine has not said yet. */
export function latestDate(columns: ColumnProfile[]): string | undefined {
  const days = columns.filter((c) => c.type === 'date' && typeof c.max === 'string').map((c) => (c.max as string).slice(0, 10));
  return days.length ? days.sort().at(-1) : undefined;
}
