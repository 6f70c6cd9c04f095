// What a palette block becomes on the canvas: a filter with one condition, or a logic node, and where it attaches.

import type { ColumnProfile } from '../../engine/api';
import { getLocale, t } from '../../i18n/index';
import { directionOf } from '../../i18n/languages';
import { bindBlock } from '../../model/bind-block';
import { isAnnotation } from '../../model/annotation';
import { addCondition, addNode, type CommandResult, connectionProblem, freshId } from '../../model/commands';
import { JOURNEYS } from '../../model/journeys';
import { cardRects, freeSpot, GAP } from '../../model/placement';
import { branchIds } from '../../model/split-branches';
import { addSplitWithSegments } from '../../model/split-segments';
import { FRAME_SIZE } from '../../model/frame-commands';
import type { JourneyTemplate } from '../../model/journeys';
import { BLOCKS, type LogicBlock } from '../../model/palette';
import type { Condition, Position, Project, ProjectNode, SplitNode } from '../../model/types';
import { defaultValue } from '../inspector/condition-defaults';
import { journeyNodes } from './journey-nodes';

/** Approximate card size on the canvas, for hit-testing a drop. */
export const CARD = { width: 260, height: 170 };

/** Colours given to new segments in turn (distinct, readable on white, with white text). */
export const SEGMENT_COLOURS = ['#7c3aed', '#0e9384', '#c11574', '#dc6803', '#1570ef', '#4e5ba6', '#067647', '#b42318'];

/** The condition a criterion block starts with: its preset, or the column type's first operator with a value from the profile. */
export function blockCondition(blockId: string, columns: ColumnProfile[]): Condition {
  const block = BLOCKS.find((b) => b.id === blockId);
  if (!block) throw new Error(`unknown block ${blockId}`);
  const column = bindBlock(block, columns);
  const profile = columns.find((c) => c.name === column);
  if (!profile) return { column: '', op: block.preset?.op ?? 'eq', ...(block.preset?.value !== undefined ? { value: block.preset.value } : {}) };
  if (block.preset && (profile.type === 'number' || profile.type === 'date')) return { column: profile.name, ...block.preset };
  const op = profile.type === 'text' ? 'in' : profile.type === 'number' ? 'between' : profile.type === 'date' ? 'inLast' : profile.type === 'tags' ? 'hasAny' : 'isTrue';
  const value = defaultValue(op, profile);
  return { column: profile.name, op, ...(value === undefined ? {} : { value }) };
}

/** A category column to split by value: few distinct values, preferably the first such. */
function splitColumn(columns: ColumnProfile[]): ColumnProfile | undefined {
  return columns.find((c) => c.type === 'text' && c.distinct >= 2 && c.distinct <= 8) ?? columns.find((c) => c.type === 'text');
}

/** A new node for a logic block (labels in the current language become the user's data). */
export function logicNode(project: Project, block: LogicBlock, columns: ColumnProfile[], position: Position): ProjectNode {
  switch (block) {
    case 'combineUnion': case 'combineIntersect': case 'combineExclude':
      return { id: freshId(project, 'combine'), type: 'combine', mode: block === 'combineUnion' ? 'union' : block === 'combineIntersect' ? 'intersect' : 'exclude', position };
    case 'splitAB':
      return { id: freshId(project, 'split'), type: 'split', kind: 'random', seed: 1, position,
        branches: [{ id: 'a', label: 'A', percent: 50 }, { id: 'b', label: 'B', percent: 50 }] };
    case 'splitHoldout':
      return { id: freshId(project, 'split'), type: 'split', kind: 'random', seed: 1, position,
        branches: [{ id: 'target', label: t('palette.branch.target'), percent: 90 }, { id: 'holdout', label: t('palette.branch.holdout'), percent: 10 }] };
    case 'splitValue': {
      const col = splitColumn(columns);
      return { id: freshId(project, 'split'), type: 'split', kind: 'value', column: col?.name ?? '', values: (col?.top ?? []).slice(0, 5).map((v) => v.value), position };
    }
    case 'segment': {
      const n = project.nodes.filter((x) => x.type === 'segment').length;
      return { id: freshId(project, 'segment'), type: 'segment', name: t('palette.newSegment', { n: n + 1 }), color: SEGMENT_COLOURS[n % SEGMENT_COLOURS.length], position };
    }
    case 'note':
      return { id: freshId(project, 'note'), type: 'note', text: '', position };
    case 'frame':
      return { id: freshId(project, 'frame'), type: 'frame', title: t('frame.new', { n: project.nodes.filter((x) => x.type === 'frame').length + 1 }), size: FRAME_SIZE, position };
  }
}

/** The card under a canvas point, if any (a frame lies behind the cards, so it is never the one hit). */
export function nodeAt(project: Project, p: Position): ProjectNode | undefined {
  return [...project.nodes].reverse().find((n) => n.type !== 'frame' && p.x >= n.position.x && p.x <= n.position.x + CARD.width && p.y >= n.position.y && p.y <= n.position.y + CARD.height);
}

/** How far below a card's output a drop still follows that card. */
const FOLLOW = 200;

/** The output a new node takes from `n`: a split's first branch that feeds nothing yet (none when all are used). */
export function freeOutput(project: Project, n: ProjectNode): { handle?: string } | undefined {
  if (n.type !== 'split') return {};
  const used = new Set(project.edges.filter((e) => e.source === n.id).map((e) => e.sourceHandle));
  const free = branchIds(n).find((b) => !used.has(b));
  return free === undefined ? undefined : { handle: free };
}

/**
 * The card a new node whose top-left is `p` should follow: one whose output lies just above it (at most FOLLOW
 * below the card, at most a card and a half sideways) and may feed it. A drop anywhere else connects nothing: a block is
 * never attached, unseen, to a card far from where it was dropped.
 */
export function feederFor(project: Project, p: Position, newNode: ProjectNode): { node: ProjectNode; handle?: string } | undefined {
  const withNode = { ...project, nodes: [...project.nodes, newNode] };
  let best: { node: ProjectNode; handle?: string; d: number } | undefined;
  for (const n of project.nodes) {
    if (isAnnotation(n)) continue;
    const outX = n.position.x + CARD.width / 2;
    const outY = n.position.y + CARD.height;
    const dx = Math.abs(outX - (p.x + CARD.width / 2));
    if (p.y < outY - 40 || p.y > outY + FOLLOW || dx > CARD.width * 1.5) continue;
    const out = freeOutput(project, n);
    if (!out || connectionProblem(withNode, n.id, newNode.id, out.handle)) continue;
    const d = Math.hypot(dx, p.y - outY);
    if (!best || d < best.d) best = { node: n, ...out, d };
  }
  return best && { node: best.node, ...(best.handle === undefined ? {} : { handle: best.handle }) };
}

/** The MIME type a dragged palette block travels under. */
export const BLOCK_MIME = 'application/x-audience-block';

export type Drop = { kind: 'criterion'; id: string } | { kind: 'logic'; id: LogicBlock } | { kind: 'journey'; id: JourneyTemplate };

type Placed = { result: CommandResult; select: string };

/** How much room a journey template's chain of stages takes. */
const journeySize = (template: JourneyTemplate) => ({ width: CARD.width, height: JOURNEYS[template].length * 230 });

/** A journey's stage chain at the free spot nearest `want`, its first stage fed by `from` when that is allowed. */
function addJourney(project: Project, template: JourneyTemplate, columns: ColumnProfile[], want: Position, from?: { node: ProjectNode; handle?: string }): Placed {
  const position = freeSpot(cardRects(project), { ...want, ...journeySize(template) });
  const { nodes, edges } = journeyNodes(project, template, columns, position);
  const next = { ...project, nodes: [...project.nodes, ...nodes], edges: [...project.edges, ...edges] };
  const wired = from && !connectionProblem(next, from.node.id, nodes[0].id, from.handle)
    ? { ...next, edges: [...next.edges, { id: freshId(next, 'e'), source: from.node.id, target: nodes[0].id, ...(from.handle ? { sourceHandle: from.handle } : {}) }] }
    : next;
  return { result: { project: wired, capture: true }, select: nodes[0].id };
}

/** An A/B or hold-out split with one segment per branch, named after the branch, wired from it (one undo step). */
function addTest(project: Project, split: SplitNode, want: Position, from?: string): Placed {
  const segments = project.nodes.filter((n) => n.type === 'segment').length;
  const labels = split.kind === 'random' ? split.branches.map((b) => b.label) : [];
  const { result, ids } = addSplitWithSegments(project, split, (i) => ({
    name: t('canvas.branches.segmentName', { branch: labels[i] ?? '' }), color: SEGMENT_COLOURS[(segments + i) % SEGMENT_COLOURS.length],
  }), want, from, {}, directionOf(getLocale()) === 'rtl');
  return { result, select: ids[0] };
}

/** The new node for a block: a filter with the block's condition, or the logic node. */
function blockNode(project: Project, drop: Exclude<Drop, { kind: 'journey' }>, columns: ColumnProfile[], position: Position): ProjectNode {
  return drop.kind === 'criterion'
    ? { id: freshId(project, 'filter'), type: 'filter', match: 'all', negate: false, conditions: [blockCondition(drop.id, columns)], position }
    : logicNode(project, drop.id, columns, position);
}

/** A new node (or an A/B test, or a journey) wanted at `want`, moved to the nearest free spot, fed by `from`. */
function place(project: Project, drop: Drop, columns: ColumnProfile[], want: Position, from?: { node: ProjectNode; handle?: string }): Placed {
  if (drop.kind === 'journey') return addJourney(project, drop.id, columns, want, from);
  const node = blockNode(project, drop, columns, want);
  if (node.type === 'split' && node.kind === 'random') return addTest(project, node, want, from?.node.id);
  const size = node.type === 'frame' ? node.size : CARD;
  const position = node.type === 'frame' ? want : freeSpot(cardRects(project), { ...want, ...size });
  const placed = { ...node, position } as ProjectNode;
  return { result: addNode(project, placed, isAnnotation(placed) ? undefined : from?.node.id, from?.handle), select: placed.id };
}

/**
 * A block dropped at canvas point `p`: a criterion dropped on a filter becomes one more condition of it; dropped on
 * another card, the new node follows that card; dropped just below a card, it follows that card; anywhere else it
 * stands alone. The new node never covers a card.
 */
export function dropBlock(project: Project, drop: Drop, p: Position, columns: ColumnProfile[]): Placed {
  const target = nodeAt(project, p);
  if (drop.kind === 'criterion' && target?.type === 'filter') {
    return { result: addCondition(project, target.id, blockCondition(drop.id, columns)), select: target.id };
  }
  if (target && !isAnnotation(target)) return addBlockAt(project, drop, target, columns);
  const want = { x: Math.round(p.x - CARD.width / 2), y: Math.round(p.y) };
  const probe: ProjectNode = drop.kind === 'journey'
    ? { id: freshId(project, 'stage'), type: 'stage', name: '', match: 'all', conditions: [], position: want }
    : blockNode(project, drop, columns, want);
  return place(project, drop, columns, want, isAnnotation(probe) ? undefined : feederFor(project, want, probe));
}

/**
 * A block clicked (or chosen with the keyboard) while `selected` is the selected node: a criterion joins a
 * selected filter as one more condition; anything else becomes a new node below the selection (or the source),
 * connected from it, at the nearest spot that covers no card.
 */
export function addBlockAt(project: Project, drop: Drop, selected: ProjectNode | undefined, columns: ColumnProfile[]): Placed {
  if (drop.kind === 'criterion' && selected?.type === 'filter') {
    return { result: addCondition(project, selected.id, blockCondition(drop.id, columns)), select: selected.id };
  }
  const node = selected && !isAnnotation(selected) ? selected : project.nodes.find((n) => n.type === 'source');
  const out = node && freeOutput(project, node);
  const want = node ? { x: node.position.x, y: node.position.y + CARD.height + GAP } : { x: 0, y: 0 };
  return place(project, drop, columns, want, node && out ? { node, ...out } : undefined);
}
