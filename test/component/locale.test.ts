// Switching the UI language: every visible string changes at once, <html lang dir> follows, the project stays as it was.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import fa from '../../src/i18n/fa/index';
import hy from '../../src/i18n/hy/index';
import { getLocale } from '../../src/i18n/index';
import { updateNode } from '../../src/model/commands';
import { exampleProject } from '../../src/state/boot';
import { editor } from '../../src/state/editor.svelte';
import { uiLocale } from '../../src/state/locale.svelte';
import { loadUiLocale } from '../../src/store/settings';
import Inspector from '../../src/ui/inspector/Inspector.svelte';
import LanguagePicker from '../../src/ui/shell/LanguagePicker.svelte';
import Palette from '../../src/ui/palette/Palette.svelte';

const html = document.documentElement;

beforeEach(async () => {
  localStorage.clear();
  uiLocale.start(['en-US']);
  editor.open('test', exampleProject('demo'));
  editor.tables = [];
  editor.selection = [];
});
afterAll(() => { uiLocale.start(['en-US']); });

describe('the UI language', () => {
  it('starts in the browser language that has a catalogue, and sets <html lang dir>', () => {
    uiLocale.start(['fa-IR', 'en']);
    expect([getLocale(), html.lang, html.dir]).toEqual(['fa', 'fa', 'rtl']);
    uiLocale.start(['de-DE', 'hy-AM']);
    expect([getLocale(), html.lang, html.dir]).toEqual(['hy', 'hy', 'ltr']);
    uiLocale.start(['de-DE']);
    expect([getLocale(), html.lang, html.dir]).toEqual(['en', 'en', 'ltr']);
  });

  it('lists each language in its own name', () => {
    render(LanguagePicker);
    const names = within(screen.getByRole('combobox', { name: 'Language' })).getAllByRole('option').map((o) => o.textContent);
    expect(names.slice(0, 1)).toEqual(['English']);
    expect(names).toEqual(expect.arrayContaining(['فارسی', 'Հայերեն', 'Русский']));
  });

  it('re-renders every string in place on a switch, keeping the project and its undo history', async () => {
    editor.dispatch(updateNode(editor.project, 'segment1', { name: 'Kept' }));
    const before = editor.project;
    render(LanguagePicker);
    render(Palette);
    render(Inspector);
    expect(screen.getByRole('region', { name: 'Demographic' })).toBeInTheDocument();

    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fa' } });
    expect([html.lang, html.dir]).toEqual(['fa', 'rtl']);
    expect(screen.getByRole('combobox', { name: fa['ui.language.label'] as string })).toHaveValue('fa');
    expect(screen.getByRole('region', { name: fa['palette.family.demographic'] as string })).toBeInTheDocument();
    expect(screen.getByText(fa['ui.inspector.empty'] as string)).toBeInTheDocument();
    expect(editor.project).toBe(before);
    expect(editor.canUndo).toBe(true);

    await fireEvent.change(screen.getByRole('combobox', { name: fa['ui.language.label'] as string }), { target: { value: 'hy' } });
    expect(screen.getByRole('region', { name: hy['palette.family.demographic'] as string })).toBeInTheDocument();
    expect(html.dir).toBe('ltr');
  });

  it('keeps the choice for the next visit, in the database and the synchronous copy', async () => {
    await uiLocale.choose('ru');
    expect(await loadUiLocale()).toBe('ru');
    uiLocale.start(['en-US']); // a reload with an English browser
    expect(getLocale()).toBe('ru');
  });

  it('follows the database when the synchronous copy is gone', async () => {
    await uiLocale.choose('hy');
    localStorage.clear();
    uiLocale.start(['en-US']);
    expect(getLocale()).toBe('en');
    await uiLocale.restore();
    expect([getLocale(), html.lang]).toEqual(['hy', 'hy']);
  });
});

describe('the data language', () => {
  it('is set in the inspector with nothing selected, as an undoable step', async () => {
    render(Inspector);
    const select = screen.getByRole('combobox', { name: 'Data language' });
    expect(select).toHaveValue('en');
    await fireEvent.change(select, { target: { value: 'tr' } });
    expect(editor.project.locale).toBe('tr');
    editor.undo();
    expect(editor.project.locale).toBe('en');
  });

  it('starts a new example project in the UI language, named in it', () => {
    uiLocale.start(['fa']);
    expect(exampleProject('demo')).toMatchObject({ locale: 'fa', name: fa['ui.example.name'] });
  });
});
