// An ISO day (`2026-10-31`, or a date-time whose day is taken) as people read it in the current language: "31 Oct 2026".

import { formatDate } from '../../i18n/index';

/** The day in the current locale's medium style; text that is not an ISO day is returned as it is. */
export function formatDay(iso: string): string {
  const day = iso.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return iso;
  return formatDate(new Date(`${day}T00:00:00Z`));
}
