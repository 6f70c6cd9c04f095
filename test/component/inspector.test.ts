import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TableSummary } from '../../src/engine/api';
import { addNode, setCondition } from '../../src/model/commands';
import type { Condition, Project, ProjectNode } from '../../src/model/types';
import { counts } from '../../src/state/counts.svelte';
import { editor } from '../../src/state/editor.svelte';
import { exampleProject } from '../../src/state/boot';
import Inspector from '../../src/ui/inspector/Inspector.svelte';

const CITIES = ['Baku', 'İstanbul', 'Ankara', 'Ganja', 'İzmir', 'Tehran', 'Moscow', 'London', 'Austin', 'Denver'];
const table: TableSummary = {
  id: 'demo', name: 'Demo customers', rowCount: 5000, warnings: [],
  columns: [
    { name: 'age', type: 'number', empty: 0, distinct: 78, top: [{ value: '34', count: 90 }], min: 13, max: 90,
      histogram: [10, 20, 30, 40, 50, 60, 70, 80, 90].map((from, i) => ({ from, to: from + 10, count: 100 * (i + 1) })) },
    { name: 'country', type: 'text', empty: 0, distinct: 3, top: [{ value: 'Azerbaijan', count: 1000 }, { value: 'Türkiye', count: 990 }, { value: 'Iran', count: 600 }] },
    { name: 'city', type: 'text', empty: 0, distinct: 10, top: CITIES.map((value, i) => ({ value, count: 500 - i * 10 })) },
    { name: 'signup_date', type: 'date', empty: 0, distinct: 900, top: [{ value: '2024-01-02', count: 9 }], min: '2020-11-01', max: '2026-10-31' },
    { name: 'interests', type: 'tags', empty: 40, distinct: 3, separator: ';', top: [{ value: 'travel', count: 900 }, { value: 'pets', count: 800 }, { value: 'art', count: 700 }] },
    { name: 'demo_requested', type: 'boolean', empty: 100, distinct: 2, top: [{ value: 'false', count: 4000 }, { value: 'true', count: 900 }] },
  ],
};

beforeEach(() => {
  editor.open('test', exampleProject('demo'));
  editor.tables = [table];
  editor.selection = ['filter1'];
  counts.result = null;
});

const filterNode = () => editor.project.nodes.find((n) => n.id === 'filter1')!;
const nodeById = (id: string) => editor.project.nodes.find((n) => n.id === id)!;
/** Starts the example filter on another condition. */
const given = (c: Condition) => editor.open('test', setCondition(editor.project, 'filter1', 0, c).project);

describe('the inspector for a filter', () => {
  it('offers the operators that fit the chosen column type', async () => {
    render(Inspector);
    const condition = screen.getByRole('region', { name: 'Condition 1' });
    const ops = () => within(within(condition).getByRole('combobox', { name: 'Operator 1' })).getAllByRole('option').map((o) => o.textContent);
    expect(ops()).toContain('between');
    await fireEvent.change(within(condition).getByRole('combobox', { name: 'Column 1' }), { target: { value: 'signup_date' } });
    expect(ops()).toEqual(['before', 'after', 'on', 'between', 'in the last', 'more than … ago', 'is empty', 'is not empty']);
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'signup_date', op: 'before', value: '2026-10-31' }] });
  });

  it('groups the columns by type, and a finder narrows a long list', async () => {
    editor.tables = [{ ...table, columns: [...table.columns, ...Array.from({ length: 10 }, (_, i) => ({ name: `extra_${i}`, type: 'text' as const, empty: 0, distinct: 1, top: [] }))] }];
    render(Inspector);
    const column = screen.getByRole('combobox', { name: 'Column 1' });
    expect(within(column).getAllByRole('group').map((g) => g.getAttribute('label'))).toEqual(['Text', 'Numbers', 'Dates', 'Yes / no', 'Tag lists']);
    await fireEvent.click(screen.getByRole('button', { name: 'Find a column for condition 1' }));
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Find column 1' }), { target: { value: 'inter' } });
    expect(within(column).getAllByRole('option').map((o) => o.textContent)).toEqual(['age', 'interests']);
    await fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Find column 1' }), { key: 'Enter' });
    // Nothing is ticked for the user: the tag chips are there to choose from.
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'interests', op: 'hasAny', value: [] }] });
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

  it('highlights the chosen range on the histogram', async () => {
    render(Inspector);
    const histogram = screen.getByRole('figure', { name: 'How age is spread' });
    const chosen = () => within(histogram).getAllByLabelText(/, chosen$/).map((bar) => bar.getAttribute('aria-label'));
    expect(chosen()).toEqual(['20 to 30: 200 customers, chosen', '30 to 40: 300 customers, chosen', '40 to 50: 400 customers, chosen']);
    await fireEvent.change(screen.getByRole('combobox', { name: 'Operator 1' }), { target: { value: 'gte' } });
    await fireEvent.change(screen.getByRole('spinbutton', { name: 'Value 1' }), { target: { value: '75' } });
    expect(chosen()).toEqual(['70 to 80: 700 customers, chosen', '80 to 90: 800 customers, chosen', '90 to 100: 900 customers, chosen']);
  });

  it('sets the range from a clicked bar, and widens it with Shift+click', async () => {
    given({ column: 'age', op: 'gt', value: 20 });
    render(Inspector);
    const histogram = screen.getByRole('figure', { name: 'How age is spread' });
    await fireEvent.click(within(histogram).getByLabelText('60 to 70: 600 customers, chosen'));
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'age', op: 'between', value: [60, 69] }] });
    await fireEvent.click(within(histogram).getByLabelText('80 to 90: 800 customers'), { shiftKey: true });
    expect(filterNode()).toMatchObject({ conditions: [{ op: 'between', value: [60, 89] }] });
    expect(screen.getByRole('spinbutton', { name: 'To 1' })).toHaveValue('89');
  });

  it('picks list values from the most common ones, with their counts', async () => {
    render(Inspector);
    // A category column opens its checklist, nothing ticked yet.
    await fireEvent.change(screen.getByRole('combobox', { name: 'Column 1' }), { target: { value: 'country' } });
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'country', op: 'in', value: [] }] });
    expect(screen.queryAllByRole('checkbox', { checked: true })).toEqual([]);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Azerbaijan 1,000' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Türkiye 990' }));
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'country', op: 'in', value: ['Azerbaijan', 'Türkiye'] }] });
    expect(screen.getByRole('textbox', { name: 'Values (comma-separated) 1' })).toHaveValue('Azerbaijan, Türkiye');
  });

  it('searches a long value list ignoring case and dots, and selects all that are shown', async () => {
    given({ column: 'city', op: 'in', value: [] });
    render(Inspector);
    const list = screen.getByRole('list', { name: 'Values 1' });
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search values 1' }), { target: { value: 'iz' } });
    expect(within(list).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['İzmir 460']);
    await fireEvent.input(screen.getByRole('searchbox', { name: 'Search values 1' }), { target: { value: 'an' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Select the 4 shown' }));
    expect(filterNode()).toMatchObject({ conditions: [{ value: ['İstanbul', 'Ankara', 'Ganja', 'Tehran'] }] });
    await fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(filterNode()).toMatchObject({ conditions: [{ value: [] }] });
  });

  it('keeps typed values that are not among the common ones, ticked first', async () => {
    given({ column: 'city', op: 'notIn', value: ['Gyumri'] });
    render(Inspector);
    expect(within(screen.getByRole('list', { name: 'Values 1' })).getAllByRole('checkbox', { checked: true }).map((c) => c.closest('label')?.textContent?.trim())).toEqual(['Gyumri typed']);
  });

  it('offers relative date presets and the "as of" date they count from', async () => {
    given({ column: 'signup_date', op: 'before', value: '2026-01-01' });
    render(Inspector);
    await fireEvent.click(screen.getByRole('button', { name: 'in the last 30 days' }));
    expect(filterNode()).toMatchObject({ conditions: [{ column: 'signup_date', op: 'inLast', value: { amount: 30, unit: 'day' } }] });
    expect(screen.getByRole('button', { name: 'in the last 30 days' })).toHaveAttribute('aria-pressed', 'true');
    const asOf = screen.getByLabelText('As of date');
    expect(asOf).toHaveValue('2026-10-31');
    await fireEvent.click(screen.getByRole('button', { name: 'more than 6 months ago' }));
    expect(filterNode()).toMatchObject({ conditions: [{ op: 'olderThan', value: { amount: 6, unit: 'month' } }] });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Unit 1' }), { target: { value: 'week' } });
    expect(filterNode()).toMatchObject({ conditions: [{ op: 'olderThan', value: { amount: 6, unit: 'week' } }] });
    await fireEvent.change(asOf, { target: { value: '2026-06-30' } });
    expect(editor.project.asOf).toBe('2026-06-30');
    await fireEvent.click(screen.getByRole('button', { name: 'Use the latest date in the data' }));
    expect('asOf' in editor.project).toBe(false);
  });

  it('shows the "as of" date the engine counted from', () => {
    given({ column: 'signup_date', op: 'inLast', value: { amount: 90, unit: 'day' } });
    counts.result = { total: 5000, ms: 1, nodes: {}, asOf: '2026-11-02' };
    render(Inspector);
    expect(screen.getByLabelText('As of date')).toHaveValue('2026-11-02');
    expect(screen.getByText('the latest date in the data')).toBeInTheDocument();
  });

  it('picks tags as chips with their counts', async () => {
    given({ column: 'interests', op: 'hasAll', value: ['travel'] });
    render(Inspector);
    const chips = screen.getByRole('group', { name: 'Tags 1' });
    expect(within(chips).getByRole('button', { name: 'travel 900' })).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(within(chips).getByRole('button', { name: 'art 700' }));
    expect(filterNode()).toMatchObject({ conditions: [{ op: 'hasAll', value: ['travel', 'art'] }] });
    await fireEvent.click(within(chips).getByRole('button', { name: 'travel 900' }));
    expect(filterNode()).toMatchObject({ conditions: [{ value: ['art'] }] });
  });

  it('shows how a yes/no column splits when the condition takes no value', () => {
    given({ column: 'demo_requested', op: 'isTrue' });
    render(Inspector);
    const parts = within(screen.getByRole('list', { name: 'How the values split' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(parts).toEqual(['no 4,000', 'yes 900', 'empty 100']);
  });

  it('shows the running count after each condition', () => {
    editor.open('test', { ...editor.project, nodes: editor.project.nodes.map((n) => (n.id === 'filter1' ? { ...n, conditions: [
      { column: 'age', op: 'between', value: [25, 40] }, { column: 'country', op: 'in', value: ['Azerbaijan'] },
    ] } as ProjectNode : n)) });
    counts.result = { total: 7043, ms: 1, nodes: { filter1: { count: 1412, input: 7043, steps: [3875, 1412] } } };
    render(Inspector);
    expect(screen.getByText('7,043', { selector: '.running span' }).closest('p')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Running count: 7,043 → 3,875 → 1,412');
    expect(within(screen.getByRole('region', { name: 'Condition 1' })).getByText('3,875 customers left after this condition')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Condition 2' })).getByText('1,412 customers left after this condition')).toBeInTheDocument();
  });

  it('switches all/any and NOT', async () => {
    render(Inspector);
    await fireEvent.click(screen.getByRole('radio', { name: 'any condition' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Exclude those who match (NOT)' }));
    expect(filterNode()).toMatchObject({ match: 'any', negate: true });
  });
});

describe('the inspector for a segment', () => {
  beforeEach(() => { editor.selection = ['segment1']; });

  it('renames the segment, typing as one undo step', async () => {
    render(Inspector);
    const name = screen.getByRole('textbox', { name: 'Segment name' });
    await fireEvent.input(name, { target: { value: 'Rural' } });
    await fireEvent.input(name, { target: { value: 'Rural retirees' } });
    await fireEvent.change(name, { target: { value: 'Rural retirees' } });
    expect(nodeById('segment1')).toMatchObject({ name: 'Rural retirees' });
    editor.undo();
    expect(nodeById('segment1')).toMatchObject({ name: 'Young adults' });
  });

  it('takes a colour from the palette or a custom one, and a description', async () => {
    render(Inspector);
    expect(screen.getByRole('radio', { name: 'Violet' })).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'Teal' }));
    expect(nodeById('segment1')).toMatchObject({ color: '#0e9384' });
    await fireEvent.change(screen.getByLabelText('Custom colour'), { target: { value: '#123456' } });
    expect(nodeById('segment1')).toMatchObject({ color: '#123456' });
    await fireEvent.change(screen.getByRole('textbox', { name: 'Description' }), { target: { value: 'Retired, rural, well off' } });
    expect(nodeById('segment1')).toMatchObject({ description: 'Retired, rural, well off' });
  });
});

/** The example project with two filters into a combine. */
function withCombine(mode: 'union' | 'intersect' | 'exclude'): Project {
  const p = exampleProject('demo');
  const f2 = { id: 'filter2', type: 'filter', match: 'all', negate: false, label: 'Churned', conditions: [], position: { x: 0, y: 0 } } as ProjectNode;
  const c = { id: 'c', type: 'combine', mode, position: { x: 0, y: 0 } } as ProjectNode;
  const next = addNode(addNode(p, f2, 'all').project, c).project;
  return { ...next, edges: [...next.edges, { id: 'i1', source: 'filter1', target: 'c' }, { id: 'i2', source: 'filter2', target: 'c' }] };
}

describe('the inspector for a combine', () => {
  it('says in a sentence what each mode does with the inputs', async () => {
    editor.open('test', withCombine('union'));
    editor.selection = ['c'];
    render(Inspector);
    expect(screen.getByText('Customers in “age is between 25 and 40” or “Churned”')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('radio', { name: /^Intersection/ }));
    expect(nodeById('c')).toMatchObject({ mode: 'intersect' });
    expect(screen.getByText('Customers in “age is between 25 and 40” and “Churned”')).toBeInTheDocument();
  });

  it('lets an exclude choose the input it keeps customers of', async () => {
    editor.open('test', withCombine('exclude'));
    editor.selection = ['c'];
    counts.result = { total: 5000, ms: 1, nodes: { filter1: { count: 1064 }, filter2: { count: 800 } } };
    render(Inspector);
    // Until one is chosen, the first connected input is the base.
    expect(screen.getByText('Customers in “age is between 25 and 40” who are not in “Churned”')).toBeInTheDocument();
    const keep = screen.getByRole('group', { name: 'Keep the customers of' });
    expect(within(keep).getByRole('radio', { name: 'age is between 25 and 40' })).toBeChecked();
    expect(keep.textContent?.replace(/\s+/g, ' ')).toContain('Churned 800');
    await fireEvent.click(within(keep).getByRole('radio', { name: 'Churned' }));
    expect(editor.project.edges.find((e) => e.id === 'i2')).toMatchObject({ targetHandle: 'base' });
    expect(screen.getByText('Customers in “Churned” who are not in “age is between 25 and 40”')).toBeInTheDocument();
  });
});

describe('the inspector for a split', () => {
  const ab = { id: 's', type: 'split', kind: 'random', seed: 1, position: { x: 0, y: 0 },
    branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }] } as ProjectNode;
  beforeEach(() => {
    editor.open('test', addNode(exampleProject('demo'), ab, 'segment1').project);
    editor.selection = ['s'];
  });

  it('edits branch names and percents, with the total against 100 % and live branch counts', async () => {
    counts.result = { total: 5000, ms: 1, nodes: { s: { count: 1064, input: 1064, branches: { a: 530, b: 534 } } } };
    render(Inspector);
    expect(screen.getByText('Random: A 50 %, B 50 %')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.count')?.textContent)).toEqual(['530', '534']);
    const name = screen.getByRole('textbox', { name: 'Branch 1 name' });
    await fireEvent.input(name, { target: { value: 'Cont' } });
    await fireEvent.input(name, { target: { value: 'Control' } });
    await fireEvent.change(name, { target: { value: 'Control' } });
    await fireEvent.change(screen.getByRole('spinbutton', { name: 'Branch 2 percent' }), { target: { value: '40' } });
    expect(nodeById('s')).toMatchObject({ branches: [{ id: 'a', label: 'Control', percent: 50 }, { id: 'b', label: 'B', percent: 40 }] });
    expect(screen.getByText('Total 90 %: 10 % of customers get no branch')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: '+ Add branch' }));
    expect(nodeById('s')).toMatchObject({ branches: [{ label: 'Control' }, { label: 'B' }, { id: 'b1', label: 'C', percent: 10 }] });
    await fireEvent.click(screen.getByRole('button', { name: 'Share evenly' }));
    expect(nodeById('s')).toMatchObject({ branches: [{ percent: 34 }, { percent: 33 }, { percent: 33 }] });
    editor.undo(); editor.undo(); editor.undo(); editor.undo();
    expect(nodeById('s')).toEqual(ab);
  });

  it('warns when the branches ask for more than 100 %', async () => {
    render(Inspector);
    await fireEvent.change(screen.getByRole('spinbutton', { name: 'Branch 1 percent' }), { target: { value: '70' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Total 120 %: over 100 %');
  });

  it('deals again with another seed', async () => {
    render(Inspector);
    await fireEvent.click(screen.getByRole('button', { name: 'Deal again' }));
    expect(nodeById('s')).toMatchObject({ seed: 2 });
  });

  it('splits by the values of a column, each value a branch and the rest "other"', async () => {
    render(Inspector);
    await fireEvent.click(screen.getByRole('radio', { name: 'by the values of a column' }));
    expect(nodeById('s')).toMatchObject({ kind: 'value', column: 'country', values: ['Azerbaijan', 'Türkiye', 'Iran'] });
    expect(screen.getByText('By country: Azerbaijan, Türkiye, Iran, other')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Iran 600' }));
    expect(nodeById('s')).toMatchObject({ values: ['Azerbaijan', 'Türkiye'] });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Split by column' }), { target: { value: 'city' } });
    expect(nodeById('s')).toMatchObject({ column: 'city', values: ['Baku', 'İstanbul', 'Ankara', 'Ganja', 'İzmir'] });
    expect(within(screen.getByRole('list', { name: 'Branches' })).getAllByRole('listitem').map((li) => li.firstElementChild?.textContent))
      .toEqual(['Baku', 'İstanbul', 'Ankara', 'Ganja', 'İzmir', 'other']);
  });
});
