// The message catalogue: t(key, params) in the current locale, with plurals and Intl number formatting.
// Pure TypeScript (no Svelte) so the engine and the command line format messages the same way.
// Catalogues are split by namespace (src/i18n/en/<ns>.json) so features own their strings.

import english from './en/index';
import { dateFormatter, type DateStyle, type Formatter, numberFormatter } from './locale-format';

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
export function getLocale(): string { observe(); return current; }

/** Called on every read of the locale; the UI hooks its reactive locale in here, so each t() re-renders on a switch. */
let observe: () => void = () => {};
/** Makes every t(), formatNumber, formatPercent and getLocale call report a read of the locale to `read`. */
export function observeLocale(read: () => void): void { observe = read; }

/** Number formatters per locale and options: making one costs far more than formatting with it. */
const formats = new Map<string, Formatter<number>>();
function numberFormat(options?: Intl.NumberFormatOptions): Formatter<number> {
  const key = `${current}|${options ? JSON.stringify(options) : ''}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = numberFormatter(current, options)));
  return f;
}

/** Formats a number for the current locale (by the language's own conventions where the browser has no data for it). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  observe();
  return numberFormat(options).format(n);
}

/** Formats a fraction 0..1 as a percentage for the current locale. */
export function formatPercent(fraction: number, digits = 1): string {
  observe();
  return numberFormat({ style: 'percent', maximumFractionDigits: digits }).format(fraction);
}

/** The message for `key` in the current locale (falling back to English, then to the key itself). */
export function t(key: string, params: Record<string, string | number> = {}): string {
  observe();
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

const dates = new Map<string, Formatter<Date>>();
/** Formats a day (its UTC date) for the current locale, medium ("25 Apr 2022") or long ("25 April 2022"). */
export function formatDate(day: Date, style: DateStyle = 'medium'): string {
  observe();
  const key = `${current}|${style}`;
  let f = dates.get(key);
  if (!f) dates.set(key, (f = dateFormatter(current, style)));
  return f.format(day);
}
