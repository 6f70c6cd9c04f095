// Narrowing a value list by what the user types: case-insensitive by the project's language (Turkish İ/ı included).

/**
 * Text as search compares it: lower case by `locale`, accents and dots dropped, dotless ı as i ("İstanbul" → "istanbul",
 * "Türkiye" → "turkiye", "Isparta" in Turkish → "isparta"), so people find values without the exact keyboard.
 */
function loose(text: string, locale: string): string {
  return text.trim().toLocaleLowerCase(locale || 'en').normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

/** Values whose text contains `query`, ignoring case, accents and surrounding spaces; all of them for a blank query. */
export function searchValues<T extends { value: string }>(values: T[], query: string, locale: string): T[] {
  const q = loose(query, locale);
  if (!q) return values;
  return values.filter((v) => loose(v.value, locale).includes(q));
}

/** The values typed in a comma-separated list, trimmed, blanks and repeats left out. */
export function parseList(raw: string): string[] {
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
}
