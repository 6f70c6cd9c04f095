// The value checklist lists values as the filter tells them apart in the project's data language: the worker counts
// them per folded value (mocked here), the column profile's own list shows until it answers.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TableSummary, TextValueCounts } from '../../src/engine/api';
import { addNode, setCondition, setDataLocale } from '../../src/model/commands';
import type { ProjectNode } from '../../src/model/types';
import { counts } from '../../src/state/counts.svelte';
import { editor } from '../../src/state/editor.svelte';
import { exampleProject } from '../../src/state/boot';

/** Answers the test gives by hand, per (column, locale), in any order. */
const pending: { column: string; locale: string; resolve: (r: TextValueCounts | null) => void }[] = [];
vi.mock('../../src/ui/engine-client', () => ({
  valueCounts: vi.fn((_table: string, column: string, locale: string) => new Promise((resolve) => pending.push({ column, locale, resolve }))),
}));
const client = await import('../../src/ui/engine-client');
const { default: Inspector } = await import('../../src/ui/inspector/Inspector.svelte');

const AZ: TextValueCounts = { distinct: 3, top: [{ value: 'Bakı', count: 16 }, { value: 'Gəncə', count: 4 }, { value: '<img src=x onerror=alert(1)>', count: 1 }] };
const EN: TextValueCounts = { distinct: 4, top: [{ value: 'Bakı', count: 14 }, { value: 'Gəncə', count: 4 }, { value: 'BAKI', count: 2 }, { value: '<img src=x onerror=alert(1)>', count: 1 }] };
const answer = (locale: string, counts: TextValueCounts | null) => {
  const i = pending.findIndex((p) => p.locale === locale);
  pending.splice(i, 1)[0].resolve(counts);
};

const table: TableSummary = {
  id: 'demo', name: 'az-customers.csv', rowCount: 30, warnings: [],
  columns: [
    { name: 'şəhər', type: 'text', empty: 1, distinct: 5, top: [
      { value: 'Bakı', count: 12 }, { value: 'Gəncə', count: 4 }, { value: 'BAKI', count: 2 }, { value: 'bakı', count: 2 },
      { value: '<img src=x onerror=alert(1)>', count: 1 }] },
  ],
};

const checkboxes = () => within(screen.getByRole('list', { name: 'Values 1' })).getAllByRole('checkbox');
const names = () => checkboxes().map((c) => c.closest('label')?.textContent?.replace(/\s+/g, ' ').trim());
const filterValue = () => (editor.project.nodes.find((n) => n.id === 'filter1') as Extract<ProjectNode, { type: 'filter' }>).conditions[0].value;

beforeEach(() => {
  pending.length = 0;
  vi.mocked(client.valueCounts).mockClear();
  const project = setDataLocale(exampleProject('demo'), 'az').project;
  editor.open('test', setCondition(project, 'filter1', 0, { column: 'şəhər', op: 'in', value: ['BAKI'] }).project);
  editor.tables = [table];
  editor.selection = ['filter1'];
  counts.result = null;
});

describe('the value checklist of a text column', () => {
  it('shows one Bakı of 16 in Azerbaijani, the profile\'s spellings only until the worker answers', async () => {
    render(Inspector);
    expect(names()).toEqual(['Bakı 12', 'Gəncə 4', 'BAKI 2', 'bakı 2', '<img src=x onerror=alert(1)> 1']);
    expect(client.valueCounts).toHaveBeenCalledWith('demo', 'şəhər', 'az', 100);
    answer('az', AZ);
    await waitFor(() => expect(names()).toEqual(['Bakı 16', 'Gəncə 4', '<img src=x onerror=alert(1)> 1']));
    expect(screen.getByRole('checkbox', { name: /^<img src=x onerror=alert\(1\)> / })).not.toBeChecked();
    expect(document.querySelector('fieldset img')).toBeNull();
  });

  it('ticks the group a chosen spelling belongs to, instead of listing it as typed', async () => {
    render(Inspector);
    answer('az', AZ);
    await waitFor(() => expect(names()).toEqual(['Bakı 16', 'Gəncə 4', '<img src=x onerror=alert(1)> 1']));
    expect(checkboxes().filter((c) => (c as HTMLInputElement).checked).map((c) => c.closest('label')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Bakı 16']);
    expect(screen.queryByText('typed')).toBeNull();
    // Unticking drops every spelling of Bakı; ticking it again stores the spelling shown.
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Bakı 16' }));
    expect(filterValue()).toEqual([]);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Bakı 16' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Gəncə 4' }));
    expect(filterValue()).toEqual(['Bakı', 'Gəncə']);
    // Ticking edits the condition, not the column or the language: the worker was asked once.
    expect(client.valueCounts).toHaveBeenCalledTimes(1);
  });

  it('regroups when the data language changes, and drops an answer for the language it left', async () => {
    render(Inspector);
    editor.dispatch(setDataLocale(editor.project, 'en'));
    await waitFor(() => expect(client.valueCounts).toHaveBeenLastCalledWith('demo', 'şəhər', 'en', 100));
    answer('az', AZ); // late: the project is in English now
    await new Promise((r) => setTimeout(r, 0));
    expect(names()).toEqual(['Bakı 12', 'Gəncə 4', 'BAKI 2', 'bakı 2', '<img src=x onerror=alert(1)> 1']);
    answer('en', EN);
    await waitFor(() => expect(names()).toEqual(['Bakı 14', 'Gəncə 4', 'BAKI 2', '<img src=x onerror=alert(1)> 1']));
    // In English the chosen BAKI is a value of its own.
    expect(screen.getByRole('checkbox', { name: 'BAKI 2' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Bakı 14' })).not.toBeChecked();
  });

  it('keeps the profile\'s list when the worker cannot count the column', async () => {
    render(Inspector);
    answer('az', null);
    await new Promise((r) => setTimeout(r, 0));
    expect(names()).toEqual(['Bakı 12', 'Gəncə 4', 'BAKI 2', 'bakı 2', '<img src=x onerror=alert(1)> 1']);
  });
});

describe('a split by value', () => {
  it('lists the branch values grouped, and does not make two branches of two spellings', async () => {
    const split = { id: 's', type: 'split', kind: 'random', seed: 1, position: { x: 0, y: 0 }, branches: [{ id: 'a', label: 'A', percent: 100 }] } as ProjectNode;
    editor.open('test', addNode(editor.project, split, 'segment1').project);
    editor.selection = ['s'];
    render(Inspector);
    await fireEvent.click(screen.getByRole('radio', { name: 'by the values of a column' }));
    expect(editor.project.nodes.find((n) => n.id === 's')).toMatchObject({ kind: 'value', column: 'şəhər', values: ['Bakı', 'Gəncə', '<img src=x onerror=alert(1)>'] });
    await waitFor(() => expect(pending.map((p) => [p.column, p.locale])).toEqual([['şəhər', 'az']]));
    answer('az', AZ);
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Values' })).getAllByRole('checkbox', { checked: true }).map((c) => c.closest('label')?.textContent?.replace(/\s+/g, ' ').trim()))
      .toEqual(['Bakı 16', 'Gəncə 4', '<img src=x onerror=alert(1)> 1']));
  });
});
