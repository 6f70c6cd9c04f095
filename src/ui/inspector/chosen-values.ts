// Chosen values of a checklist compared as the filter compares them: another spelling of a listed value chooses it.

import { fold } from '../../engine/fold';

/** The chosen values as the checklist shows them: whether a listed value is chosen, and the chosen ones not listed. */
export function chosenValues(listed: { value: string }[], selected: string[], locale: string): { has: (value: string) => boolean; typed: string[] } {
  const chosen = new Set(selected.map((v) => fold(v, locale)));
  const shown = new Set(listed.map((v) => fold(v.value, locale)));
  return { has: (value) => chosen.has(fold(value, locale)), typed: selected.filter((v) => !shown.has(fold(v, locale))) };
}

/** `selected` with `value` ticked: added when no spelling of it is chosen, else every spelling of it left out. */
export function toggleValue(selected: string[], value: string, locale: string): string[] {
  const f = fold(value, locale);
  const kept = selected.filter((v) => fold(v, locale) !== f);
  return kept.length < selected.length ? kept : [...selected, value];
}

/** The first of each set of values that are one value in `locale` (a profile lists BAKI and Bakı apart), in order. */
export function distinctByFold<T extends { value: string }>(values: T[], locale: string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const f = fold(v.value, locale);
    if (seen.has(f)) return false;
    seen.add(f);
    return true;
  });
}
