// A split dropped together with one segment per branch, each wired from its branch: an A/B test in one step.

import type { CommandResult } from './commands';
import { connectionProblem, freshId } from './commands';
import { CARD_SIZE, cardRects, freeSpot, GAP } from './placement';
import { splitBranches } from './split-branches';
import type { Edge, Position, Project, SegmentNode, Size, SplitNode } from './types';

/** What the caller names and colours each branch's segment with (labels are in the user's language). */
export interface SegmentLook { name: string; color: string }

/** How far below the split its segments sit, and how far apart (a split card with its branch row is taller). */
const BELOW = 280;
const APART = CARD_SIZE.width + GAP;

/** The width of a split card: it grows with its branches so each keeps a readable output. */
export const splitCardWidth = (branches: number): number => Math.max(CARD_SIZE.width, branches * 110 + 28);

/**
 * Adds `split` (its position is chosen here) fed by `from` (when allowed) and below it one segment per branch, wired from that branch, the
 * whole group moved to the free spot nearest `want` so it covers no card (`rtl`: the row runs right to left, as
 * the card's outputs do). One command: one undo step.
 */
export function addSplitWithSegments(
  project: Project, split: SplitNode, looks: (branchIndex: number) => SegmentLook,
  want: Position, from?: string, sizes: Record<string, Size> = {}, rtl = false,
): { result: CommandResult; ids: string[] } {
  const branches = splitBranches(split);
  const width = Math.max(splitCardWidth(branches.length), branches.length * APART - GAP);
  const rowLeft = (width - (branches.length * APART - GAP)) / 2;
  const splitLeft = (width - splitCardWidth(branches.length)) / 2;
  const at = freeSpot(cardRects(project, sizes), { ...want, x: want.x - splitLeft, width, height: BELOW + CARD_SIZE.height });
  const node: SplitNode = { ...split, position: { x: Math.round(at.x + splitLeft), y: Math.round(at.y) } };
  let p: Project = { ...project, nodes: [...project.nodes, node] };
  if (from && !connectionProblem(p, from, node.id)) p = { ...p, edges: [...p.edges, { id: freshId(p, 'e'), source: from, target: node.id }] };
  const ids = [node.id];
  branches.forEach((b, i) => {
    const seg: SegmentNode = {
      id: freshId(p, 'segment'), type: 'segment', ...looks(i),
      // Right to left the split's first branch is its rightmost output, so its segment is the rightmost too.
      position: { x: Math.round(at.x + rowLeft + (rtl ? branches.length - 1 - i : i) * APART), y: Math.round(at.y + BELOW) },
    };
    p = { ...p, nodes: [...p.nodes, seg] };
    const e: Edge = { id: freshId(p, 'e'), source: node.id, target: seg.id, sourceHandle: b.id };
    p = { ...p, edges: [...p.edges, e] };
    ids.push(seg.id);
  });
  return { result: { project: p, capture: true }, ids };
}
