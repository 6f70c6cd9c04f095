// Registers every catalogue folder that exists (src/i18n/<locale>/<namespace>.json) with t(); returns the locales the
// UI speaks. Vite (and Vitest) gather the files at build time, so a new language or namespace needs no edit here; the
// namespace files are read directly (not through each folder's index.ts) so a folder still being written never breaks
// the build — a key it lacks falls back to English.

import { addCatalogue, type Message } from './index';
import { LANGUAGES } from './languages';

const files = import.meta.glob<Record<string, Message>>('./*/*.json', { eager: true, import: 'default' });

/** Adds each catalogue to t() and returns the available locales in the order of LANGUAGES (English first). */
export function registerCatalogues(): string[] {
  const byLocale = new Map<string, Record<string, Message>>();
  for (const [path, entries] of Object.entries(files)) {
    const locale = path.split('/')[1];
    byLocale.set(locale, { ...byLocale.get(locale), ...entries });
  }
  for (const [locale, entries] of byLocale) if (locale !== 'en') addCatalogue(locale, entries);
  return LANGUAGES.map((l) => l.code).filter((c) => c === 'en' || byLocale.has(c));
}
