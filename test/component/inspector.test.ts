import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TableSummary } from '../../src/engine/api';
import { editor } from '../../src/state/editor.svelte';
import { exampleProject } from '../../src/state/boot';
import Inspector from '../../src/ui/inspector/Inspector.svelte';

const table: TableSummary = {
  id: 'demo', name: 'Demo customers', rowCount: 5000, warnings: [],
  columns: [
    { name: 'age', type: 'number', empty: 0, distinct: 78, top: [{ value: '34', count: 90 }], min: 13, max: 90 },
    { name: 'country', type: 'text', empty: 0, distinct: 3, top: [{ value: 'Azerbaijan', count: 1000 }, { value: 'Türkiye', count: 990 }, { value: 'Iran', count: 600 }] },
    { name: 'signup_date', type: 'date', empty: 0, distinct: 900, top: [{ value: '2024-01-02', count: 9 }], min: '2020-11-01', max: '2026-10-31' },
  ],
};

beforeEach(() => {
  editor.open('test', exampleProject('demo'));
  editor.tables = [table];
  editor.selection = ['filter1'];
});

const filterNode = () => editor.project.nodes.find((n) => n.id === 'filter1')!;

describe('the inspector for a filter', () => {
  it('offers the operators that fit the chosen column type', async () => {
    render(Inspector);
    const condition = screen.getByRole('region', { name: 'Condition 1' });
    const ops = () => within(condition).getAllByRole('option').filter((o) => o.closest('select')?.getAttribute('aria-label') === 'Operator 1').map((o) => o.textContent);
    expect(ops()).toContain('between');
    await fireEvent.change(within(condition).getByRole('combobox', { name: 'Column 1' }), { target: { value: 'signup_date' } });
    expect(ops()).toEqual(['before', 'after', 'on', 'between', 'in the last', 'more than … ago', 'is empty', 'is not empty']);
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'signup_date', op: 'before', value: '2026-10-31' }] });
  });

  it('writes a typed value into the condition, as one undo step', async () => {
    render(Inspector);
    const from = screen.getByRole('spinbutton', { name: 'From 1' });
    await fireEvent.input(from, { target: { value: '3' } });
    await fireEvent.input(from, { target: { value: '30' } });
    await fireEvent.change(from, { target: { value: '30' } });
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'age', op: 'between', value: [30, 40] }] });
    editor.undo();
    expect(filterNode()).toMatchObject({ conditions: [{ value: [25, 40] }] });
  });

  it('picks list values from the most common ones, with their counts', async () => {
    render(Inspector);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Column 1' }), { target: { value: 'country' } });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Operator 1' }), { target: { value: 'in' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Türkiye 990' }));
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'country', op: 'in', value: ['Azerbaijan', 'Türkiye'] }] });
    expect(screen.getByRole('textbox', { name: 'Values (comma-separated) 1' })).toHaveValue('Azerbaijan, Türkiye');
  });

  it('switches all/any and NOT', async () => {
    render(Inspector);
    await fireEvent.click(screen.getByRole('radio', { name: 'any condition' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Exclude those who match (NOT)' }));
    expect(filterNode()).toMatchObject({ match: 'any', negate: true });
  });
});

describe('the inspector for a segment', () => {
  it('renames the segment', async () => {
    editor.selection = ['segment1'];
    render(Inspector);
    await fireEvent.change(screen.getByRole('textbox', { name: 'Segment name' }), { target: { value: 'Rural retirees' } });
    expect(editor.project.nodes.find((n) => n.id === 'segment1')).toMatchObject({ name: 'Rural retirees' });
  });
});
