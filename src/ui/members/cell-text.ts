// A member's cell as people read it in the current language: numbers through Intl, days in the medium style, yes / no.

import { formatNumber, t } from '../../i18n/index';
import type { ColumnType } from '../../model/types';
import { formatDay } from '../inspector/format-day';

/** The text of a cell; an empty cell (null) is the empty string. Text stays exactly as imported (shown as text, never markup). */
export function cellText(value: string | number | boolean | null, type: ColumnType): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return t(value ? 'members.yes' : 'members.no');
  if (typeof value === 'number') return formatNumber(value, { maximumFractionDigits: 2 });
  if (type === 'date') return value.length > 10 ? `${formatDay(value)} ${value.slice(11, 16)}` : formatDay(value);
  return value;
}
