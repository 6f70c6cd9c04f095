import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { addNode } from '../../src/model/commands';
import type { Project, ProjectNode } from '../../src/model/types';
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

const at = { position: { x: 0, y: 400 } };

function show(split: ProjectNode, withOldEdge = false) {
  let p: Project = addNode(exampleProject('demo'), split, 'segment1').project;
  if (withOldEdge) p = addNode(p, { id: 'seg2', type: 'segment', name: 'Old', color: '#000', ...at }, split.id).project;
  editor.open('test', p);
  counts.result = { total: 5000, ms: 1, nodes: { s: { count: 91, input: 91, branches: { a: 40, b: 47, hold: 4 } } } };
  render(CanvasHost);
  // Svelte Flow hides nodes until it has measured them, which never happens without layout.
  for (const el of document.querySelectorAll<HTMLElement>('.svelte-flow__node')) el.style.visibility = 'visible';
}

describe('a split card', () => {
  it('has one labelled output per branch, each with its count and share of the input', () => {
    show({ id: 's', type: 'split', kind: 'random', seed: 1, branches: [{ id: 'a', label: 'A', percent: 45 }, { id: 'b', label: 'B', percent: 45 }, { id: 'hold', label: 'Hold-out', percent: 10 }], ...at });
    const outputs = within(screen.getByRole('group', { name: 'Branches' })).getAllByRole('button');
    expect(outputs.map((o) => o.getAttribute('aria-label'))).toEqual([
      'Branch A: 40 customers, 44% of input. Drag from here to a card to connect it.',
      'Branch B: 47 customers, 51.6% of input. Drag from here to a card to connect it.',
      'Branch Hold-out: 4 customers, 4.4% of input. Drag from here to a card to connect it.',
    ]);
    expect(outputs.map((o) => o.dataset.handleid)).toEqual(['b:a', 'b:b', 'b:hold']);
  });

  it('keeps an edge drawn before branches on an "all branches" output', () => {
    show({ id: 's', type: 'split', kind: 'random', seed: 1, branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }], ...at }, true);
    const outputs = within(screen.getByRole('group', { name: 'Branches' })).getAllByRole('button');
    expect(outputs.at(-1)!.getAttribute('aria-label')).toBe('All branches together: 91 customers. Drag from here to a card to connect them.');
    expect(outputs.at(-1)!.dataset.handleid).toBeUndefined();
  });

  it('gives a split by value one output per value, the value other apart from the catch-all', () => {
    show({ id: 's', type: 'split', kind: 'value', column: 'c', values: ['other', 'success'], ...at });
    const outputs = within(screen.getByRole('group', { name: 'Branches' })).getAllByRole('button');
    expect(outputs.map((o) => o.textContent?.trim().split(/\s+/)[0])).toEqual(['other', 'success', 'any']);
    expect(outputs.map((o) => o.dataset.handleid)).toEqual(['b:other', 'b:success', 'b:other~2']);
  });
});
