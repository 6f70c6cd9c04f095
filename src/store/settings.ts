// The user's settings that outlive a project: the UI language, kept in Dexie (the truth) with a synchronous copy in
// localStorage so the first paint is already in the user's language.

import { db } from './db';
import { guarded } from './errors';

const KEY = 'uiLocale';
const COPY = 'audience-canvas.uiLocale';

/** The UI language saved in the database, if any. */
export async function loadUiLocale(): Promise<string | undefined> {
  const value = (await db().settings.get(KEY))?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Saves the UI language in the database and in the synchronous copy. */
export async function saveUiLocale(locale: string): Promise<void> {
  writeUiLocaleCopy(locale);
  await guarded(() => db().settings.put({ key: KEY, value: locale }));
}

/** The synchronous copy, read before the first paint (undefined without localStorage, e.g. blocked storage or Node). */
export function readUiLocaleCopy(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(COPY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeUiLocaleCopy(locale: string): void {
  try {
    globalThis.localStorage?.setItem(COPY, locale);
  } catch { /* no localStorage: Dexie still has it */ }
}
