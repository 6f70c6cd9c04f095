// A day of the calendar written YYYY-MM-DD: Date.parse alone rolls 2024-02-31 over to 2 March.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` naming a day that exists (no 13th month, no 31 February). */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const day = new Date(0);
  day.setUTCFullYear(y, mo - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}
