import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/store/db';
import { loadUiLocale, readUiLocaleCopy, saveUiLocale } from '../../../src/store/settings';

/** A localStorage for Node, as the browser has it. */
function fakeLocalStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; }, clear: () => items.clear(), key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null, setItem: (k, v) => { items.set(k, String(v)); }, removeItem: (k) => { items.delete(k); },
  };
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('the UI language setting', () => {
  it('is kept in the database and in the synchronous copy', async () => {
    vi.stubGlobal('localStorage', fakeLocalStorage());
    expect(await loadUiLocale()).toBeUndefined();
    expect(readUiLocaleCopy()).toBeUndefined();
    await saveUiLocale('fa');
    expect(await loadUiLocale()).toBe('fa');
    expect(readUiLocaleCopy()).toBe('fa');
    expect(await db().settings.get('uiLocale')).toEqual({ key: 'uiLocale', value: 'fa' });
  });

  it('still saves in the database without localStorage', async () => {
    vi.stubGlobal('localStorage', undefined);
    await saveUiLocale('hy');
    expect(readUiLocaleCopy()).toBeUndefined();
    expect(await loadUiLocale()).toBe('hy');
  });

  it('survives a blocked localStorage (reads and writes throw)', async () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    vi.stubGlobal('localStorage', blocked);
    await saveUiLocale('ru');
    expect(readUiLocaleCopy()).toBeUndefined();
    expect(await loadUiLocale()).toBe('ru');
  });
});
