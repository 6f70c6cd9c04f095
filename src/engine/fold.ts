// Locale text folding: compare text ignoring case (by the project's locale) and surrounding spaces.

/** The comparable form of a text value: trimmed, NFC, lower-cased by `locale` (Turkish İ/ı included). */
export function fold(value: string, locale: string): string {
  return value.trim().normalize('NFC').toLocaleLowerCase(locale || 'en');
}

/** Dictionary entries folded once per (dict, locale); dict[0] (empty) stays null. */
const cache = new WeakMap<(string | null)[], Map<string, (string | null)[]>>();
export function foldedDict(dict: (string | null)[], locale: string): (string | null)[] {
  let byLocale = cache.get(dict);
  if (!byLocale) cache.set(dict, (byLocale = new Map()));
  let f = byLocale.get(locale);
  if (!f) byLocale.set(locale, (f = dict.map((v) => (v === null ? null : fold(v, locale)))));
  return f;
}
