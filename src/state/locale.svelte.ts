// The UI language as rune state: chosen in the header, saved (Dexie, with a synchronous copy for the first paint),
// applied to t() and to <html lang dir>. Every t() call reads `current`, so a switch re-renders each string in place —
// the project, selection, undo history and the loaded tables stay as they are.

import { observeLocale, setLocale } from '../i18n/index';
import { bestLocale, directionOf } from '../i18n/languages';
import { registerCatalogues } from '../i18n/register';
import { loadUiLocale, readUiLocaleCopy, saveUiLocale, writeUiLocaleCopy } from '../store/settings';

class UiLocale {
  current = $state('en');
  /** The locales with a catalogue, in the switcher's order. */
  available: string[] = ['en'];

  /** Before the first paint: registers the catalogues and starts in the saved language, else the browser's best match. */
  start(browser: readonly string[] = globalThis.navigator?.languages ?? []): void {
    this.available = registerCatalogues();
    observeLocale(() => void this.current);
    const saved = readUiLocaleCopy();
    this.apply(saved && this.available.includes(saved) ? saved : bestLocale(browser, this.available));
  }

  /** The database is the truth: when it holds another language than the synchronous copy, follow it. */
  async restore(): Promise<void> {
    const saved = await loadUiLocale().catch(() => undefined);
    if (saved && saved !== this.current && this.available.includes(saved)) {
      this.apply(saved);
      writeUiLocaleCopy(saved);
    }
  }

  /** The user picked a language: shown at once, kept for the next visit. */
  async choose(locale: string): Promise<void> {
    if (!this.available.includes(locale)) return;
    this.apply(locale);
    await saveUiLocale(locale).catch(() => { /* the copy is kept; storage problems are told by autosave */ });
  }

  private apply(locale: string): void {
    setLocale(locale);
    this.current = locale;
    const html = globalThis.document?.documentElement;
    if (html) { html.lang = locale; html.dir = directionOf(locale); }
  }
}

export const uiLocale = new UiLocale();
