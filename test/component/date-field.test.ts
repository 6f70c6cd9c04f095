// A date condition's field takes a day as people write it in their language and shows the day it understood; a day
// that does not exist says so and the condition keeps counting with the last day.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { TableSummary } from '../../src/engine/api';
import { setCondition } from '../../src/model/commands';
import type { Condition, FilterNode } from '../../src/model/types';
import { exampleProject } from '../../src/state/boot';
import { counts } from '../../src/state/counts.svelte';
import { editor } from '../../src/state/editor.svelte';
import { uiLocale } from '../../src/state/locale.svelte';
import Inspector from '../../src/ui/inspector/Inspector.svelte';

const table: TableSummary = {
  id: 'demo', name: 'Demo customers', rowCount: 5000, warnings: [],
  columns: [{ name: 'signup_date', type: 'date', empty: 0, distinct: 900, top: [{ value: '2024-01-02', count: 9 }], min: '2020-11-01', max: '2026-10-31' }],
};
function start(locale: string, c: Condition) {
  localStorage.clear();
  uiLocale.start([locale]);
  editor.open('test', setCondition(exampleProject('demo'), 'filter1', 0, c).project);
  editor.tables = [table];
  editor.selection = ['filter1'];
}
const condition = () => (editor.project.nodes.find((n) => n.id === 'filter1') as FilterNode).conditions[0];

beforeEach(() => { counts.result = null; });
afterAll(() => { localStorage.clear(); uiLocale.start(['en-US']); });

describe('a date field', () => {
  it('reads 1.2.2024 in Azerbaijani as the first of February, and says so in Azerbaijani', async () => {
    start('az', { column: 'signup_date', op: 'before', value: '2026-10-31' });
    render(Inspector);
    const field = screen.getByRole('textbox', { name: 'Dəyər 1' });
    expect(field).toHaveValue('31.10.2026');
    await fireEvent.input(field, { target: { value: '1.2.2024' } });
    expect(condition()).toMatchObject({ op: 'before', value: '2024-02-01' });
    expect(field).toHaveAccessibleDescription('1 fev 2024');
  });

  it('says a day does not exist and keeps counting with the last one', async () => {
    start('ru', { column: 'signup_date', op: 'after', value: '2024-02-01' });
    render(Inspector);
    const field = screen.getByRole('textbox', { name: 'Значение 1' });
    await fireEvent.input(field, { target: { value: '30.02.2024' } });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('«30.02.2024»: такого дня нет. Пока считаем по 1 февр. 2024 г.');
    expect(condition()).toMatchObject({ value: '2024-02-01' });
  });

  it('writes and reads the solar date in Persian', async () => {
    start('fa-IR', { column: 'signup_date', op: 'on', value: '2026-10-31' });
    render(Inspector);
    const field = screen.getByRole('textbox', { name: 'مقدار 1' });
    expect(field).toHaveValue('۱۴۰۵/۰۸/۰۹');
    await fireEvent.input(field, { target: { value: '۱۴۰۳/۰۱/۰۱' } });
    expect(condition()).toMatchObject({ value: '2024-03-20' });
  });

  it('takes both ends of a range as typed in English', async () => {
    start('en-US', { column: 'signup_date', op: 'between', value: ['2024-01-01', '2024-12-31'] });
    render(Inspector);
    expect(screen.getByRole('textbox', { name: 'From 1' })).toHaveValue('1/1/2024');
    await fireEvent.input(screen.getByRole('textbox', { name: 'To 1' }), { target: { value: '6/30/2024' } });
    expect(condition()).toMatchObject({ value: ['2024-01-01', '2024-06-30'] });
  });
});
