// A member's cell as people read it in the current language: numbers through Intl, days in the medium style, yes / no.

import { formatNumber, t } from '../../i18n/index';
import type { ColumnType } from '../../model/types';
import { formatDay } from '../inspector/format-day';
import { numberStyle } from './number-style';

/**
 * The text of a cell of the column `name`; an empty cell (null) is the empty string. Text stays exactly as imported
 * (shown as text, never markup); a number is written as its column's name asks (number-style.ts).
 */
export function cellText(value: string | number | boolean | null, type: ColumnType, name = ''): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return t(value ? 'members.yes' : 'members.no');
  if (typeof value === 'number') return formatNumber(value, numberStyle(name));
  if (type === 'date') return value.length > 10 ? `${formatDay(value)} ${value.slice(11, 16)}` : formatDay(value);
  return value;
}
