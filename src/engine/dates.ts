// Day arithmetic in UTC: dates are compared by day number (days since 1970-01-01).

import type { RelativeAmount } from '../model/types';

export const DAY_MS = 86_400_000;

export const dayOf = (ms: number): number => Math.floor(ms / DAY_MS);

/** Day number of an ISO date `YYYY-MM-DD` (NaN when it is not one). */
export function isoDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? dayOf(Date.UTC(+m[1], +m[2] - 1, +m[3])) : NaN;
}

/** The day `amount` units before `day`; months and years move by calendar, clamped to the month's end. */
export function daysBefore(day: number, { amount, unit }: RelativeAmount): number {
  if (unit === 'day') return day - amount;
  if (unit === 'week') return day - 7 * amount;
  const d = new Date(day * DAY_MS);
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth() - (unit === 'year' ? 12 * amount : amount);
  const y = Math.floor(months / 12);
  const m = months - 12 * y;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayOf(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
