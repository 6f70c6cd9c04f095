// The languages of the product: each named in its own language, its writing direction, and the best match for a browser.

/** A language the UI speaks (and a project's data can be written in). */
export interface Language { code: string; name: string; dir: 'ltr' | 'rtl' }

/** The seven languages, in the order the switcher lists them; each name is written in the language itself. */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'az', name: 'Azərbaycanca', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'hy', name: 'Հայերեն', dir: 'ltr' },
  { code: 'ky', name: 'Кыргызча', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
];

/** The writing direction of a locale (`fa-IR` → rtl); scripts we do not list read left to right. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return ['fa', 'ar', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi'].includes(base) ? 'rtl' : 'ltr';
}

/**
 * The first of the browser's languages (most preferred first) that one of `available` serves: an exact tag, then the
 * language without its region (`tr-TR` → tr, `fa-IR` → fa); English when none matches.
 */
export function bestLocale(preferred: readonly string[], available: readonly string[]): string {
  const have = new Map(available.map((a) => [a.toLowerCase(), a]));
  for (const tag of preferred) {
    const lower = tag.trim().toLowerCase().replace(/_/g, '-');
    const hit = have.get(lower) ?? have.get(lower.split('-')[0]);
    if (hit) return hit;
  }
  return have.get('en') ?? available[0] ?? 'en';
}
