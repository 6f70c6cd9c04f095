// Keyboard navigation between cards: Alt+arrow goes to the nearest card in that direction on the canvas.

import type { Position } from '../../model/types';

export type Direction = 'up' | 'down' | 'left' | 'right';

const AXIS: Record<Direction, Position> = { up: { x: 0, y: -1 }, down: { x: 0, y: 1 }, left: { x: -1, y: 0 }, right: { x: 1, y: 0 } };

/**
 * The card nearest to `from` in `direction`: it must lie ahead (within 45° of the direction); cards straight
 * ahead beat closer ones off to the side. Undefined at the edge of the canvas.
 */
export function nearestInDirection(cards: { id: string; position: Position }[], from: string, direction: Direction): string | undefined {
  const origin = cards.find((c) => c.id === from)?.position;
  if (!origin) return undefined;
  const axis = AXIS[direction];
  let best: { id: string; score: number } | undefined;
  for (const c of cards) {
    if (c.id === from) continue;
    const dx = c.position.x - origin.x;
    const dy = c.position.y - origin.y;
    const ahead = dx * axis.x + dy * axis.y;
    const aside = Math.abs(dx * axis.y + dy * axis.x);
    if (ahead <= 0 || aside > ahead) continue;
    const score = ahead + 3 * aside;
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id;
}
