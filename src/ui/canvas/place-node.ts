// Where a click-added node goes: below the node it follows, at the nearest spot that covers no card.

import { CARD_SIZE, cardRects, freeSpot, GAP } from '../../model/placement';
import type { Position, ProjectNode, Size } from '../../model/types';

/**
 * A free spot below `from` (or the origin) for a card of `size`, so a new card never lands on top of another;
 * `sizes` are the cards' measured sizes (unmeasured cards count as a default card).
 */
export function placeNode(nodes: ProjectNode[], from?: ProjectNode, sizes: Record<string, Size> = {}, size: Size = CARD_SIZE): Position {
  const below = from ? { x: from.position.x, y: from.position.y + (sizes[from.id] ?? CARD_SIZE).height + GAP } : { x: 0, y: 0 };
  return freeSpot(cardRects({ nodes }, sizes), { ...below, ...size });
}
