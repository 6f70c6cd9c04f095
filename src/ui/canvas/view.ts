// What the view shows: all cards when a project opens, a new card when it lands off screen, and when text is too small.

import type { useSvelteFlow } from '@xyflow/svelte';
import { FIT } from './flow-context';

type Flow = ReturnType<typeof useSvelteFlow>;

/**
 * Below this zoom a card's 12–14 px text is drawn under 9 px, too small to read: cards switch to their compact
 * form (name and count, large).
 */
export const COMPACT_ZOOM = 0.7;

/** How far the view zooms out: far enough to fit a workshop's canvas of a few dozen cards (compact, still legible). */
export const MIN_ZOOM = 0.2;

/** Fits every card in view once Svelte Flow has measured them (a few frames after a project opens; never unmeasured). */
export function fitWhenMeasured(flow: Flow, frames = 60): void {
  const measured = () => { const ns = flow.getNodes(); return ns.length > 0 && ns.every((n) => !!n.measured?.width); };
  const step = (left: number) => requestAnimationFrame(() => {
    if (measured()) void flow.fitView(FIT);
    else if (left > 0) step(left - 1);
  });
  step(frames);
}

/** Pans (zooming out only when they do not fit) so the cards `ids` are in view, when any lies outside it. */
export function keepInView(flow: Flow, ids: string[]): void {
  requestAnimationFrame(() => {
    const pane = document.querySelector('.svelte-flow')?.getBoundingClientRect();
    const nodes = ids.map((id) => flow.getInternalNode(id)).filter((n) => !!n);
    if (!pane?.width || !nodes.length) return; // no layout (yet): nothing to bring into view
    const box = nodes.reduce((b, n) => {
      const { x, y } = n.internals.positionAbsolute;
      const w = n.measured.width ?? 260, h = n.measured.height ?? 170;
      return { x0: Math.min(b.x0, x), y0: Math.min(b.y0, y), x1: Math.max(b.x1, x + w), y1: Math.max(b.y1, y + h) };
    }, { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity });
    const tl = flow.flowToScreenPosition({ x: box.x0, y: box.y0 });
    const br = flow.flowToScreenPosition({ x: box.x1, y: box.y1 });
    if (tl.x >= pane.left && tl.y >= pane.top + 60 && br.x <= pane.right && br.y <= pane.bottom) return;
    const { zoom } = flow.getViewport();
    const fits = (br.x - tl.x) < pane.width * 0.9 && (br.y - tl.y) < pane.height * 0.8;
    // At once, not animated: a view still gliding while the user aims the next drop would move the target away.
    if (fits) void flow.setCenter((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { zoom });
    else void flow.fitBounds({ x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 }, { padding: 0.15 });
  });
}
