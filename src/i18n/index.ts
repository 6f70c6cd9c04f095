// The message catalogue: t(key, params) in the current locale, with plurals and Intl number formatting.
// Pure TypeScript (no Svelte) so the engine and the command line format messages the same way.
// Catalogues are split by namespace (src/i18n/en/<ns>.json) so features own their strings.

import english from './en/index';

/** A catalogue entry: a string with `{name}` placeholders, or plural forms chosen by the `count` param. */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

const en = english as Record<string, Message>;
const catalogues: Record<string, Record<string, Message>> = { en };
let current = 'en';

/** Every key of the English catalogue. */
export function catalogueKeys(): string[] { return Object.keys(en); }

/** Registers a catalogue for a locale (other locales are added by the i18n issue). */
export function addCatalogue(locale: string, entries: Record<string, Message>): void { catalogues[locale] = entries; }

export function setLocale(locale: string): void { current = locale; }
export function getLocale(): string { return current; }

/** Formats a number for the current locale. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(current, options).format(n);
}

/** Formats a fraction 0..1 as a percentage for the current locale. */
export function formatPercent(fraction: number, digits = 1): string {
  return new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/** The message for `key` in the current locale (falling back to English, then to the key itself). */
export function t(key: string, params: Record<string, string | number> = {}): string {
  const entry = catalogues[current]?.[key] ?? en[key];
  if (entry === undefined) return key;
  let text: string;
  if (typeof entry === 'string') text = entry;
  else {
    const count = Number(params.count ?? 0);
    const rule = new Intl.PluralRules(current).select(count);
    text = entry[rule] ?? entry.other ?? '';
  }
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}
