// Whether a project's locale is a language tag Intl accepts: every Intl call of the engine would throw on any other.

/** True when `tag` is a well-formed BCP 47 language tag (`en`, `tr`, `fa-IR`, `zh-Hant-TW`). */
export function isLocaleTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
