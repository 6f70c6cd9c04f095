// Frames as pure commands: wrap cards in a frame, resize it, and move a frame together with the cards inside it.

import { freshId, moveNodes, type CommandResult } from './commands';
import { autoLayout, DEFAULT_SIZE } from './layout';
import type { FrameNode, Position, Project, ProjectNode, Size } from './types';

/** Room left around the framed cards, and above them for the title. */
export const FRAME_PADDING = 32;
export const FRAME_TITLE_SPACE = 28;
/** The smallest frame the resize handles allow. */
export const FRAME_MIN: Size = { width: 200, height: 120 };
/** A frame added from the palette. */
export const FRAME_SIZE: Size = { width: 480, height: 320 };

/** Measured card sizes by node id; a card not measured yet counts as `DEFAULT_SIZE`. */
export type Sizes = Record<string, Size>;

const sizeOf = (n: ProjectNode, sizes: Sizes): Size => (n.type === 'frame' ? n.size : sizes[n.id] ?? DEFAULT_SIZE);

/**
 * The nodes lying inside a frame: those whose centre is within its bounds (a card half over the edge belongs to
 * the frame its middle is in). Frames inside a frame count too, so nested frames move with it.
 */
export function framedIds(project: Project, frameId: string, sizes: Sizes = {}): string[] {
  const f = project.nodes.find((n): n is FrameNode => n.id === frameId && n.type === 'frame');
  if (!f) return [];
  return project.nodes.filter((n) => {
    if (n.id === f.id) return false;
    const s = sizeOf(n, sizes);
    const cx = n.position.x + s.width / 2;
    const cy = n.position.y + s.height / 2;
    return cx >= f.position.x && cx <= f.position.x + f.size.width && cy >= f.position.y && cy <= f.position.y + f.size.height;
  }).map((n) => n.id);
}

/**
 * Moves nodes to `positions`; a moved frame carries the nodes inside it (as they lay before the move) by the same
 * distance, unless they were moved themselves. One undo step when `capture`.
 */
export function moveWithFrames(project: Project, positions: Record<string, Position>, sizes: Sizes = {}, capture = true): CommandResult {
  const all = { ...positions };
  for (const f of project.nodes) {
    const to = positions[f.id];
    if (f.type !== 'frame' || !to) continue;
    const dx = to.x - f.position.x;
    const dy = to.y - f.position.y;
    if (!dx && !dy) continue;
    for (const id of framedIds(project, f.id, sizes)) {
      if (id in positions || id in all) continue;
      const n = project.nodes.find((x) => x.id === id)!;
      all[id] = { x: n.position.x + dx, y: n.position.y + dy };
    }
  }
  return moveNodes(project, all, capture);
}

/** Sets a frame's top-left corner and size (resizing from the left or top edge moves the corner), whole pixels, never below `FRAME_MIN`. */
export function resizeFrame(project: Project, id: string, rect: Position & Size): CommandResult {
  const size = { width: Math.max(FRAME_MIN.width, Math.round(rect.width)), height: Math.max(FRAME_MIN.height, Math.round(rect.height)) };
  const position = { x: Math.round(rect.x), y: Math.round(rect.y) };
  return {
    project: { ...project, nodes: project.nodes.map((n) => (n.id === id && n.type === 'frame' ? { ...n, position, size } : n)) },
    capture: true,
  };
}

/** The frame rectangle around `nodes`: padding on every side and room for the title above. */
function around(nodes: ProjectNode[], sizes: Sizes): { position: Position; size: Size } {
  const left = Math.min(...nodes.map((n) => n.position.x));
  const top = Math.min(...nodes.map((n) => n.position.y));
  const right = Math.max(...nodes.map((n) => n.position.x + sizeOf(n, sizes).width));
  const bottom = Math.max(...nodes.map((n) => n.position.y + sizeOf(n, sizes).height));
  return {
    position: { x: Math.round(left - FRAME_PADDING), y: Math.round(top - FRAME_PADDING - FRAME_TITLE_SPACE) },
    size: {
      width: Math.max(FRAME_MIN.width, Math.round(right - left + 2 * FRAME_PADDING)),
      height: Math.max(FRAME_MIN.height, Math.round(bottom - top + 2 * FRAME_PADDING + FRAME_TITLE_SPACE)),
    },
  };
}

/**
 * A new frame around the nodes `ids`, with room for its title above them. It is placed first among the nodes, so
 * it is drawn behind the cards it frames. Undefined when none of `ids` exists.
 */
export function frameNodes(project: Project, ids: string[], title: string, sizes: Sizes = {}): { result: CommandResult; id: string } | undefined {
  const chosen = project.nodes.filter((n) => ids.includes(n.id));
  if (!chosen.length) return undefined;
  const frame: FrameNode = { id: freshId(project, 'frame'), type: 'frame', title, ...around(chosen, sizes) };
  return { result: { project: { ...project, nodes: [frame, ...project.nodes] }, capture: true }, id: frame.id };
}

/**
 * Tidy-up on a canvas with frames: the cards are laid out without the frames, then each frame that held cards is
 * fitted around the same cards again (an empty frame stays where it was). One undo step.
 */
export function tidyWithFrames(project: Project, sizes: Sizes = {}): CommandResult {
  const cards = project.nodes.filter((n) => n.type !== 'frame');
  if (!cards.length) return { project, capture: false };
  const groups = project.nodes.filter((n) => n.type === 'frame')
    .map((f) => ({ id: f.id, inside: new Set(framedIds(project, f.id, sizes).filter((id) => cards.some((c) => c.id === id))) }));
  const laid = autoLayout(project, sizes, cards.map((n) => n.id)).project;
  const nodes = laid.nodes.map((n) => {
    const inside = groups.find((g) => g.id === n.id)?.inside;
    return n.type === 'frame' && inside?.size ? { ...n, ...around(laid.nodes.filter((c) => inside.has(c.id)), sizes) } : n;
  });
  return { project: { ...laid, nodes }, capture: true };
}

/** `ids` with the nodes inside every frame among them (in the project's order), so copying a frame copies its group. */
export function withFramed(project: Project, ids: string[], sizes: Sizes = {}): string[] {
  const all = new Set(ids);
  for (const id of ids) for (const inner of framedIds(project, id, sizes)) all.add(inner);
  return project.nodes.filter((n) => all.has(n.id)).map((n) => n.id);
}
