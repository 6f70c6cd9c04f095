import { render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCondition, updateNode } from '../../src/model/commands';
import { exampleProject } from '../../src/state/boot';
import { counts } from '../../src/state/counts.svelte';
import { editor } from '../../src/state/editor.svelte';
import CanvasHost from './CanvasHost.svelte';

beforeAll(() => {
  // jsdom has no layout: Svelte Flow only needs these to exist.
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} } as unknown as typeof ResizeObserver;
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
  globalThis.DOMMatrixReadOnly ??= class { m22 = 1; constructor() {} } as unknown as typeof DOMMatrixReadOnly;
});

/** Svelte Flow hides nodes until it has measured them, which never happens without layout. */
function reveal() {
  for (const el of document.querySelectorAll<HTMLElement>('.svelte-flow__node')) el.style.visibility = 'visible';
}

function show(updating = false) {
  editor.open('test', exampleProject('demo'));
  counts.result = { total: 5000, ms: 1, nodes: { all: { count: 5000 }, filter1: { count: 1234, input: 5000 }, segment1: { count: 1234, input: 1234 } } };
  counts.updating = updating;
  render(CanvasHost);
}

describe('a filter node on the canvas', () => {
  it('reads as a sentence with its live count and its shares of input and of all customers', () => {
    show();
    reveal();
    const node = screen.getByRole('article', { name: 'Filter: age is between 25 and 40, 1,234 customers' });
    expect(node).toHaveTextContent('1,234 customers');
    expect(within(node).getByText('24.7% of input')).toBeInTheDocument();
    expect(within(node).getByText('24.7% of all')).toBeInTheDocument();
  });

  it('joins several conditions with "or" when any may match, and says when it is recounting', async () => {
    show(true);
    editor.dispatch(addCondition(editor.project, 'filter1', { column: 'country', op: 'eq', value: 'Iran' }));
    editor.dispatch(updateNode(editor.project, 'filter1', { match: 'any' }));
    await tick();
    reveal();
    const node = screen.getByRole('article', { name: /^Filter: age is between 25 and 40 or country is Iran, / });
    expect(node).toHaveTextContent('Counting…');
  });
});
