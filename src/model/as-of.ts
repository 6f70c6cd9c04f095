// The project's "as of" date: the day relative dates ("in the last 30 days") are counted back from.

import type { CommandResult } from './commands';
import { isCalendarDate } from './calendar-date';
import type { Project } from './types';

/** Sets the "as of" date (ISO `YYYY-MM-DD`); undefined or an invalid date returns to the default (the latest date in the data). */
export function setAsOf(project: Project, asOf: string | undefined): CommandResult {
  const { asOf: _, ...rest } = project;
  const valid = asOf !== undefined && isCalendarDate(asOf);
  return { project: valid ? { ...rest, asOf } as Project : rest as Project, capture: true };
}
