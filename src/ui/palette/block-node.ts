// What a palette block becomes on the canvas: a filter with one condition, or a logic node, and where it attaches.

import type { ColumnProfile } from '../../engine/api';
import { t } from '../../i18n/index';
import { bindBlock } from '../../model/bind-block';
import { isAnnotation } from '../../model/annotation';
import { addCondition, addNode, type CommandResult, connectionProblem, freshId } from '../../model/commands';
import { FRAME_SIZE } from '../../model/frame-commands';
import type { JourneyTemplate } from '../../model/journeys';
import { BLOCKS, type LogicBlock } from '../../model/palette';
import type { Condition, Position, Project, ProjectNode } from '../../model/types';
import { placeNode } from '../canvas/place-node';
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

/** The node a drop at `p` should follow: the nearest card above the point whose output may feed the new node. */
export function feederFor(project: Project, p: Position, newNode: ProjectNode): ProjectNode | undefined {
  const withNode = { ...project, nodes: [...project.nodes, newNode] };
  let best: { node: ProjectNode; d: number } | undefined;
  for (const n of project.nodes) {
    const outX = n.position.x + CARD.width / 2;
    const outY = n.position.y + CARD.height;
    if (outY > p.y + 40 || connectionProblem(withNode, n.id, newNode.id)) continue;
    const d = Math.hypot(outX - (p.x + CARD.width / 2), outY - p.y);
    if (d < 600 && (!best || d < best.d)) best = { node: n, d };
  }
  return best?.node;
}

/** The MIME type a dragged palette block travels under. */
export const BLOCK_MIME = 'application/x-audience-block';

export type Drop = { kind: 'criterion'; id: string } | { kind: 'logic'; id: LogicBlock } | { kind: 'journey'; id: JourneyTemplate };

/** A journey's stage chain added at `position`, its first stage fed by `from` when that is allowed. */
function addJourney(project: Project, template: JourneyTemplate, columns: ColumnProfile[], position: Position, from?: (first: ProjectNode) => ProjectNode | undefined): { result: CommandResult; select: string } {
  const { nodes, edges } = journeyNodes(project, template, columns, position);
  const feeder = from?.(nodes[0]);
  const next = { ...project, nodes: [...project.nodes, ...nodes], edges: [...project.edges, ...edges] };
  const result = feeder && !connectionProblem(next, feeder.id, nodes[0].id)
    ? { project: { ...next, edges: [...next.edges, { id: freshId(next, 'e'), source: feeder.id, target: nodes[0].id }] }, capture: true }
    : { project: next, capture: true };
  return { result, select: nodes[0].id };
}

/** The new node for a block: a filter with the block's condition, or the logic node. */
function blockNode(project: Project, drop: Exclude<Drop, { kind: 'journey' }>, columns: ColumnProfile[], position: Position): ProjectNode {
  return drop.kind === 'criterion'
    ? { id: freshId(project, 'filter'), type: 'filter', match: 'all', negate: false, conditions: [blockCondition(drop.id, columns)], position }
    : logicNode(project, drop.id, columns, position);
}

/**
 * A block dropped at canvas point `p`: a criterion dropped on a filter becomes one more condition of it;
 * anything else becomes a new node, connected from the nearest card above when that connection is allowed.
 */
export function dropBlock(project: Project, drop: Drop, p: Position, columns: ColumnProfile[]): { result: CommandResult; select: string } {
  const target = nodeAt(project, p);
  if (drop.kind === 'criterion' && target?.type === 'filter') {
    return { result: addCondition(project, target.id, blockCondition(drop.id, columns)), select: target.id };
  }
  const position = { x: Math.round(p.x - CARD.width / 2), y: Math.round(p.y) };
  if (drop.kind === 'journey') return addJourney(project, drop.id, columns, position, (first) => feederFor(project, position, first));
  const node = blockNode(project, drop, columns, position);
  const from = isAnnotation(node) ? undefined : feederFor(project, { x: position.x, y: position.y }, node);
  return { result: addNode(project, node, from?.id), select: node.id };
}

/**
 * A block clicked (or chosen with the keyboard) while `selected` is the selected node: a criterion joins a
 * selected filter as one more condition; anything else becomes a new node below the selection, connected from it.
 */
export function addBlockAt(project: Project, drop: Drop, selected: ProjectNode | undefined, columns: ColumnProfile[]): { result: CommandResult; select: string } {
  if (drop.kind === 'criterion' && selected?.type === 'filter') {
    return { result: addCondition(project, selected.id, blockCondition(drop.id, columns)), select: selected.id };
  }
  const from = selected ?? project.nodes.find((n) => n.type === 'source');
  const position = placeNode(project.nodes, from);
  if (drop.kind === 'journey') return addJourney(project, drop.id, columns, position, () => from);
  const node = blockNode(project, drop, columns, position);
  return { result: addNode(project, node, isAnnotation(node) ? undefined : from?.id), select: node.id };
}
