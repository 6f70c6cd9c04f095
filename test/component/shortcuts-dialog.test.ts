// "?" on the canvas opens the keyboard shortcuts, listed from the command registry in the current language; Escape closes.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterAll, describe, expect, it } from 'vitest';
import { uiLocale } from '../../src/state/locale.svelte';
import Shortcuts from '../../src/ui/canvas/Shortcuts.svelte';
import type { ActionContext } from '../../src/ui/canvas/actions';

const context = (): ActionContext => ({ fitView() {}, picture: async () => {}, size: () => undefined, centre: () => ({ x: 0, y: 0 }) });
const mount = () => render(Shortcuts, { props: { context, positions: () => ({}), focusCard: () => {}, onmenu: () => {} } });
/** Each row of the list as "what it does: keys". */
const rows = (dialog: HTMLElement) => within(dialog).getAllByRole('row').slice(1).map((r) => {
  const [does, keys] = within(r).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
  return `${does}: ${keys}`;
});

afterAll(() => { localStorage.clear(); uiLocale.start(['en-US']); });

describe('the keyboard shortcuts list', () => {
  it('opens on "?", lists the registry\'s shortcuts, and closes on Escape', async () => {
    localStorage.clear();
    uiLocale.start(['en-US']);
    mount();
    expect(screen.queryByRole('dialog')).toBeNull();
    await fireEvent.keyDown(window, { key: '?', code: 'Slash', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(rows(dialog)).toEqual([
      'Undo: Ctrl+Z', 'Redo: Ctrl+Shift+Z or Ctrl+Y', 'Copy: Ctrl+C', 'Cut: Ctrl+X', 'Paste: Ctrl+V', 'Duplicate: Ctrl+D',
      'Delete: Delete', 'Select all: Ctrl+A', 'Tidy up the layout: Shift+L', 'Fit the canvas to the view: Shift+1',
      'Move the selected cards: ↑ ↓ ← →', 'Go to the nearest card in that direction: Alt+↑ ↓ ← →',
      'Open the menu of the selected card: Shift+F10', 'Show these shortcuts: ?',
    ]);
    await fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is written in the chosen language', async () => {
    localStorage.clear();
    uiLocale.start(['fa-IR']);
    mount();
    // On a Persian keyboard Shift+/ types the Arabic question mark.
    await fireEvent.keyDown(window, { key: '؟', code: 'Slash', shiftKey: true });
    const dialog = screen.getByRole('dialog', { name: 'میان‌برهای صفحه‌کلید' });
    expect(rows(dialog)).toContain('نمایش این میان‌برها: ?');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'بستن' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not open while typing in a field', async () => {
    localStorage.clear();
    uiLocale.start(['en-US']);
    mount();
    const field = document.body.appendChild(document.createElement('input'));
    await fireEvent.keyDown(field, { key: '?', code: 'Slash', shiftKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
    field.remove();
  });
});
