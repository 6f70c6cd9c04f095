import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TableSummary } from '../../src/engine/api';
import { exampleProject } from '../../src/state/boot';
import { editor } from '../../src/state/editor.svelte';
import Palette from '../../src/ui/palette/Palette.svelte';

const table: TableSummary = {
  id: 'demo', name: 'Demo customers', rowCount: 5000, warnings: [],
  columns: [
    { name: 'возраст', type: 'number', empty: 0, distinct: 78, top: [], min: 13, max: 90 },
    { name: 'şəhər', type: 'text', empty: 0, distinct: 3, top: [{ value: 'Şəki', count: 10 }, { value: 'Bakı', count: 8 }] },
  ],
};

beforeEach(() => {
  editor.open('test', exampleProject('demo'));
  editor.tables = [table];
  editor.selection = [];
});

const palette = () => screen.getByRole('complementary', { name: 'Blocks' });

describe('the palette', () => {
  it('groups blocks by segmentation family and shows the column each binds to', () => {
    render(Palette);
    const demographic = within(palette()).getByRole('region', { name: 'Demographic' });
    const age = within(demographic).getByRole('button', { name: 'Age' });
    expect(age).toHaveAccessibleDescription('uses column возраст');
    const city = within(palette()).getByRole('region', { name: 'Geographic' });
    expect(within(city).getByRole('button', { name: 'City' })).toHaveAccessibleDescription('uses column şəhər');
    expect(within(palette()).getByRole('region', { name: 'Logic' })).toBeInTheDocument();
  });

  it('greys a block whose column is missing and says to choose one', () => {
    render(Palette);
    expect(screen.getByRole('button', { name: 'Climate' })).toHaveAccessibleDescription('no matching column — choose one');
  });

  it('finds blocks by their name in another language, and says when nothing matches', async () => {
    render(Palette);
    const search = screen.getByRole('searchbox', { name: 'Search blocks' });
    await fireEvent.input(search, { target: { value: 'yaş' } });
    expect(within(palette()).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Age', 'Teenagers (13–19)', 'Lifestyle', 'Lifetime value']); // yaşam tarzı, yaşam boyu değer
    await fireEvent.input(search, { target: { value: 'zzz' } });
    expect(screen.getByRole('status')).toHaveTextContent('No block matches “zzz”');
  });

  it('adds a clicked block after the selected node, connected, and selects it', async () => {
    editor.selection = ['segment1'];
    render(Palette);
    await fireEvent.click(screen.getByRole('button', { name: 'Sticky note' }));
    expect(editor.project.nodes.at(-1)).toMatchObject({ type: 'note', text: '' });
    editor.selection = ['filter1'];
    await fireEvent.click(screen.getByRole('button', { name: 'City' }));
    const filter = editor.project.nodes.find((n) => n.id === 'filter1');
    expect(filter).toMatchObject({ conditions: [{ column: 'age' }, { column: 'şəhər', op: 'in', value: [] }] });
    expect(editor.selection).toEqual(['filter1']);
  });

  it('puts the block on the drag as data the canvas reads', async () => {
    render(Palette);
    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), effectAllowed: '' };
    await fireEvent.dragStart(screen.getByRole('button', { name: 'Gender' }), { dataTransfer });
    expect(JSON.parse(data.get('application/x-audience-block')!)).toEqual({ kind: 'criterion', id: 'gender' });
  });
});
