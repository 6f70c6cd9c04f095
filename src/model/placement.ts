// Where new cards go: the free spot nearest to where they are wanted, overlapping no card already on the canvas.

import type { Position, Project, Size } from './types';

export interface Rect { x: number; y: number; width: number; height: number }

/** A card's size when the canvas has not measured it (a filter card with one condition and its shares). */
export const CARD_SIZE: Size = { width: 260, height: 170 };
/** The space kept between two cards. */
export const GAP = 40;

/** True when `a` and `b`, each widened by half of `gap` on every side, overlap. */
export function overlaps(a: Rect, b: Rect, gap = GAP): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * The top-left corner nearest to `want` where a box of `want`'s size overlaps none of `taken`: tried on a grid of
 * half-card steps from `want` sideways (right before left) and downwards, never above, the nearest first.
 */
export function freeSpot(taken: Rect[], want: Rect, gap = GAP): Position {
  const stepX = Math.round((CARD_SIZE.width + gap) / 2);
  const stepY = Math.round((CARD_SIZE.height + gap) / 2);
  const candidates: { x: number; y: number; d: number }[] = [];
  for (let j = 0; j <= 24; j++) {
    for (let i = -24; i <= 24; i++) {
      // Sideways costs less than downwards (a row stays a row); right wins a tie by a hair.
      candidates.push({ x: want.x + i * stepX, y: want.y + j * stepY, d: Math.abs(i) * stepX + j * stepY * 1.5 + (i < 0 ? 0.5 : 0) });
    }
  }
  candidates.sort((a, b) => a.d - b.d);
  const free = candidates.find((c) => !taken.some((r) => overlaps({ ...want, x: c.x, y: c.y }, r, gap)));
  return free ? { x: free.x, y: free.y } : { x: want.x, y: want.y };
}

/** The rectangles the project's cards cover (frames lie behind cards and take no room), at measured sizes when known. */
export function cardRects(project: Pick<Project, 'nodes'>, sizes: Record<string, Size> = {}): Rect[] {
  return project.nodes.filter((n) => n.type !== 'frame').map((n) => ({ ...n.position, ...(sizes[n.id] ?? CARD_SIZE) }));
}
