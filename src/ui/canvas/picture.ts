// The canvas as a PNG for slides: every card and connection, framed, at twice the screen's sharpness.

import { getViewportForBounds, type useSvelteFlow } from '@xyflow/svelte';
import { toBlob } from 'html-to-image';

const MARGIN = 48;

/** Draws all cards (not just the visible part) into a PNG; undefined for an empty canvas. */
export async function canvasPicture(flow: ReturnType<typeof useSvelteFlow>): Promise<Blob | undefined> {
  const viewport = document.querySelector<HTMLElement>('.svelte-flow__viewport');
  const nodes = flow.getNodes();
  if (!viewport || !nodes.length) return undefined;
  const bounds = flow.getNodesBounds(nodes);
  // The picture is the cards' size at 100 % (capped so a huge canvas stays a sane file), plus a margin.
  const width = Math.round(Math.min(3200, bounds.width + 2 * MARGIN));
  const height = Math.round(Math.min(3200, bounds.height + 2 * MARGIN));
  const v = getViewportForBounds(bounds, width, height, 0.1, 1, `${MARGIN}px`);
  const blob = await toBlob(viewport, {
    backgroundColor: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#f6f7f9',
    width, height, pixelRatio: 2,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${v.x}px, ${v.y}px) scale(${v.zoom})` },
    // Connection handles and a selected frame's resize handles are editing chrome, not part of the picture.
    filter: (el) => !(el instanceof HTMLElement && (el.classList.contains('svelte-flow__handle') || el.classList.contains('svelte-flow__resize-control'))),
  });
  return blob ?? undefined;
}
