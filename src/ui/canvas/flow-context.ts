// Builds the registry's ActionContext from Svelte Flow's hook, so the toolbar, shortcuts and menu share one.

import type { useSvelteFlow } from '@xyflow/svelte';
import type { Sizes } from '../../model/frame-commands';
import type { Position, Project } from '../../model/types';
import { editor } from '../../state/editor.svelte';
import { download } from '../download';
import type { ActionContext } from './actions';
import { canvasPicture } from './picture';

/** Fitting never blows a small canvas up past 100 %, and keeps the top cards clear of the floating toolbar. */
export const FIT = { maxZoom: 1, padding: { top: '84px', bottom: '8%', x: '8%' } } as const;

type Flow = ReturnType<typeof useSvelteFlow>;

export function canvasContext(flow: Flow, at?: Position): ActionContext {
  return {
    at,
    fitView: () => { void flow.fitView(FIT); },
    picture: async () => {
      const png = await canvasPicture(flow);
      if (png) download(png, `${(editor.project.name || 'canvas').replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'canvas'}.png`);
    },
    size: (id) => {
      const m = flow.getInternalNode(id)?.measured;
      return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
    },
    centre: () => {
      const r = document.querySelector('.svelte-flow')?.getBoundingClientRect();
      if (!r) return { x: 0, y: 0 };
      // A little above the middle, so a pasted chain of cards shows mostly inside the view.
      return flow.screenToFlowPosition({ x: r.left + r.width / 2 - 130, y: r.top + r.height / 3 });
    },
  };
}

/** Moves keyboard focus to a card (Svelte Flow pans to a focused card that is off screen). */
export function focusCard(id: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`.svelte-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
}

/** The cards' sizes as Svelte Flow measured them (a frame's size is its own). */
export function cardSizes(flow: Flow, project: Project): Sizes {
  const sizes: Sizes = {};
  for (const n of project.nodes) {
    const m = flow.getInternalNode(n.id)?.measured;
    if (m?.width && m.height) sizes[n.id] = { width: m.width, height: m.height };
  }
  return sizes;
}
