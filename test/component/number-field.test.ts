// A number condition's field takes what people type in their language: ۶۰ in Persian, 5 000,5 in Azerbaijani; a
// letter says what is wrong and the condition keeps counting with the last number.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
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
  columns: [
    { name: 'age', type: 'number', empty: 0, distinct: 78, top: [{ value: '34', count: 90 }], min: 13, max: 90 },
    { name: 'income', type: 'number', empty: 0, distinct: 900, top: [{ value: '1200.5', count: 3 }], min: 0, max: 90000 },
  ],
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

describe('a number field in Persian', () => {
  // "مقدار" is Persian for "Value": the field's accessible name in the Persian catalogue.
  const field = () => screen.getByRole('spinbutton', { name: 'مقدار 1' });

  it('takes ۶۰ typed in Persian digits as 60 and shows it as typed', async () => {
    start('fa-IR', { column: 'age', op: 'gte', value: 18 });
    render(Inspector);
    expect(field()).toHaveValue('۱۸');
    await fireEvent.input(field(), { target: { value: '۶۰' } });
    await fireEvent.change(field(), { target: { value: '۶۰' } });
    expect(condition()).toEqual({ column: 'age', op: 'gte', value: 60 });
    expect(field()).toHaveValue('۶۰');
    expect(field()).not.toHaveAttribute('aria-invalid');
  });

  it('says a letter is not a number and keeps counting with the last number', async () => {
    start('fa-IR', { column: 'age', op: 'gte', value: 60 });
    render(Inspector);
    await fireEvent.input(field(), { target: { value: '۶۰ب' } });
    expect(field()).toHaveValue('۶۰ب');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    // "«۶۰ب» has letters: type digits only. Counting is still with ۶۰."
    expect(screen.getByRole('alert')).toHaveTextContent('«۶۰ب» حرف دارد: فقط رقم بنویسید. شمارش هنوز با ۶۰ است.');
    expect(field()).toHaveAccessibleDescription('«۶۰ب» حرف دارد: فقط رقم بنویسید. شمارش هنوز با ۶۰ است.');
    expect(condition()).toEqual({ column: 'age', op: 'gte', value: 60 });
  });

  it('shows Latin digits as it read them, in Persian digits', async () => {
    start('fa-IR', { column: 'age', op: 'gte', value: 18 });
    render(Inspector);
    await fireEvent.input(field(), { target: { value: '65' } });
    expect(condition()).toMatchObject({ value: 65 });
    expect(field()).toHaveAccessibleDescription('خوانده‌شده: ۶۵');
  });
});

describe('a number field in Azerbaijani and Russian', () => {
  it('reads a decimal comma and space-grouped thousands, and writes a set value the Azerbaijani way', async () => {
    start('az', { column: 'income', op: 'between', value: [1000, 20000] });
    render(Inspector);
    // "Başlanğıc" and "Son" are Azerbaijani for "From" and "To".
    const section = screen.getByRole('region', { name: /1/ });
    const from = within(section).getByRole('spinbutton', { name: 'Başlanğıc 1' });
    expect(within(section).getByRole('spinbutton', { name: /^Son 1$/ })).toHaveValue('20.000');
    await fireEvent.input(from, { target: { value: '5 000,5' } });
    expect(condition()).toMatchObject({ value: [5000.5, 20000] });
    expect(from).toHaveAccessibleDescription('Belə oxundu: 5000,5');
    await fireEvent.input(from, { target: { value: '5.000' } });
    expect(condition()).toMatchObject({ value: [5000, 20000] });
  });

  it('refuses broken grouping in Russian with the reason, keeping the number', async () => {
    start('ru', { column: 'income', op: 'lt', value: 30000 });
    render(Inspector);
    const field = screen.getByRole('spinbutton', { name: 'Значение 1' });
    expect(field).toHaveValue('30\u00a0000');
    await fireEvent.input(field, { target: { value: '12 34' } });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('«12 34»: разделяйте тысячи по три цифры, например 12 345. Пока считаем по 30 000.');
    expect(condition()).toMatchObject({ value: 30000 });
    await fireEvent.input(field, { target: { value: '' } });
    expect(condition()).toMatchObject({ value: '' });
  });

  it('steps with the arrow keys like a number field', async () => {
    start('en-US', { column: 'age', op: 'gte', value: 18 });
    render(Inspector);
    await fireEvent.keyDown(screen.getByRole('spinbutton', { name: 'Value 1' }), { key: 'ArrowUp' });
    expect(condition()).toMatchObject({ value: 19 });
  });
});
