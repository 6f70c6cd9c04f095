// Where a click-added node goes: below the node it follows, moved sideways past any card already there.

import type { Position, ProjectNode } from '../../model/types';

const WIDTH = 300; // a card (260px) plus a gap
const HEIGHT = 190;

/** A free spot below `from` (or the origin), so a new branch never lands on top of an existing card. */
export function placeNode(nodes: ProjectNode[], from?: ProjectNode): Position {
  const below = from ? { x: from.position.x, y: from.position.y + HEIGHT } : { x: 0, y: 0 };
  const taken = (x: number) => nodes.some((n) => Math.abs(n.position.x - x) < WIDTH && Math.abs(n.position.y - below.y) < HEIGHT - 20);
  for (let step = 0; step < 50; step++) {
    // Try right, then left, alternating outwards: 0, +1, -1, +2, -2, …
    const offset = step === 0 ? 0 : (step % 2 ? 1 : -1) * Math.ceil(step / 2);
    const x = below.x + offset * WIDTH;
    if (!taken(x)) return { x, y: below.y };
  }
  return below;
}
