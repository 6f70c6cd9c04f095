// Number and date formatters per locale: the browser's Intl where it knows the language, else the language's own
// conventions (locale-conventions.ts) applied to Intl's English parts, so "5 000,5" never becomes "5,000.5".

import { type Conventions, conventionsFor } from './locale-conventions';

/** Something that formats numbers or dates (Intl's formatters and ours alike). */
export interface Formatter<T> { format(value: T): string }

/** The date styles the app uses. */
export type DateStyle = 'medium' | 'long';

/** Which Intl constructors to ask; tests swap in a browser that lacks every language of the table. */
export interface IntlLike {
  NumberFormat: typeof Intl.NumberFormat;
  DateTimeFormat: typeof Intl.DateTimeFormat;
}
let intl: IntlLike = Intl;
const trusted = new Map<string, boolean>();

/** Formats with `impl` instead of the global Intl (for tests that play a browser without data); clears the checks. */
export function useIntl(impl: IntlLike): void {
  intl = impl;
  trusted.clear();
}

const PROBE_NUMBER = -12345.5;
const PROBE_DAY = new Date(Date.UTC(2022, 3, 25));

/**
 * Whether Intl really knows the locale for numbers or dates. `supportedLocalesOf` alone is not enough: Chromium
 * claims `az` and formats it with the root locale, so Intl is trusted only when it also writes a probe as the
 * language's conventions do.
 */
function intlKnows(locale: string, kind: 'number' | 'date', conv: Conventions): boolean {
  const key = `${kind}|${locale}`;
  let ok = trusted.get(key);
  if (ok === undefined) {
    try {
      ok = kind === 'number'
        ? intl.NumberFormat.supportedLocalesOf([locale]).length > 0 && new intl.NumberFormat(locale).format(PROBE_NUMBER) === ownNumber(conv, 'en', {}).format(PROBE_NUMBER)
        : intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0
          && new intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(PROBE_DAY) === ownDate(conv, 'long').format(PROBE_DAY);
    } catch {
      ok = false;
    }
    trusted.set(key, ok);
  }
  return ok;
}

/** Digits grouped by threes, from `minGrouping` digits above the first group on. */
function group(digits: string, sep: string, minGrouping: number): string {
  if (digits.length < 3 + minGrouping) return digits;
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(sep);
}

const COMPACT: Record<string, number> = { K: 0, M: 1, B: 2, T: 3 };

/** A number formatter for a language of the table: Intl's English parts (rounding, digits, compact steps) re-spelled. */
function ownNumber(conv: Conventions, base: string, options: Intl.NumberFormatOptions): Formatter<number> {
  const useGrouping = options.useGrouping;
  const english = new intl.NumberFormat(base, { ...options, useGrouping: false });
  const minGrouping = useGrouping === 'min2' ? 2 : useGrouping === 'always' ? 1 : conv.minGrouping;
  return {
    format(n: number): string {
      let out = '';
      for (const p of english.formatToParts(n)) {
        switch (p.type) {
          case 'integer': out += useGrouping === false ? p.value : group(p.value, conv.group, minGrouping); break;
          case 'decimal': out += conv.decimal; break;
          case 'group': break;
          case 'minusSign': out += '-'; break;
          case 'percentSign': out += conv.percentSuffix; break;
          case 'compact': out += conv.compact[COMPACT[p.value] ?? 0]; break;
          default: out += p.value;
        }
      }
      return out;
    },
  };
}

/** A date formatter for a language of the table (the day in UTC, as the data's days are). */
function ownDate(conv: Conventions, style: DateStyle): Formatter<Date> {
  const months = style === 'long' ? conv.monthsLong : conv.monthsShort;
  const pattern = style === 'long' ? conv.long : conv.medium;
  return {
    format: (d: Date) => pattern.replace('{dd}', String(d.getUTCDate()).padStart(2, '0')).replace('{d}', String(d.getUTCDate())).replace('{M}', months[d.getUTCMonth()]).replace('{y}', String(d.getUTCFullYear())),
  };
}

/** A number formatter for `locale` and `options` (decimal, percent, compact; fraction digits; grouping). */
export function numberFormatter(locale: string, options: Intl.NumberFormatOptions = {}): Formatter<number> {
  const conv = conventionsFor(locale);
  if (!conv || intlKnows(locale, 'number', conv)) return new intl.NumberFormat(locale, options);
  return ownNumber(conv, 'en', options);
}

/** A formatter of days (UTC) in `locale`, medium ("25 apr 2022") or long ("25 aprel 2022"). */
export function dateFormatter(locale: string, style: DateStyle = 'medium'): Formatter<Date> {
  const conv = conventionsFor(locale);
  if (!conv || intlKnows(locale, 'date', conv)) return new intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
  return ownDate(conv, style);
}
