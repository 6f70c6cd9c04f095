// The project's "as of" date: the day relative dates ("in the last 30 days") are counted back from.

import type { CommandResult } from './commands';
import type { Project } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Sets the "as of" date (ISO `YYYY-MM-DD`); undefined or an invalid date returns to the default (the latest date in the data). */
export function setAsOf(project: Project, asOf: string | undefined): CommandResult {
  const { asOf: _, ...rest } = project;
  const valid = asOf !== undefined && ISO_DATE.test(asOf) && !Number.isNaN(Date.parse(asOf));
  return { project: valid ? { ...rest, asOf } as Project : rest as Project, capture: true };
}
