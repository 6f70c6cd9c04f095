// The canvas's one command registry: toolbar, keyboard shortcuts and the right-click menu all run these actions.

import { copyNodes, duplicateNodes, pasteClip, type Clip } from '../../model/clipboard';
import { addNode, freshId, removeNodes } from '../../model/commands';
import { frameNodes, tidyWithFrames, withFramed, type Sizes } from '../../model/frame-commands';
import type { Size } from '../../model/layout';
import type { Position, ProjectNode } from '../../model/types';
import { editor } from '../../state/editor.svelte';
import { freeOutput, SEGMENT_COLOURS } from '../palette/block-node';
import { placeNode } from './place-node';
import { t } from '../../i18n/index';

/** What an action may use of the canvas: Svelte Flow's view and, from a context menu, where it was opened. */
export interface ActionContext {
  fitView(): void;
  /** Saves the whole canvas as a PNG file. */
  picture(): Promise<void>;
  /** A card's measured size, when the canvas has drawn it. */
  size(id: string): Size | undefined;
  /** Flow coordinates of the middle of the visible canvas. */
  centre(): Position;
  /** Flow coordinates where the right-click menu was opened. */
  at?: Position;
}

export interface Action {
  id: string;
  /** Catalogue key of the label. */
  label: string;
  /** Shortcuts as `Mod+Shift+Z` (Mod = Ctrl, or ⌘ on a Mac); the first is shown in menus. */
  keys?: string[];
  /**
   * A shortcut the browser or the canvas already turns into an event (copy, cut and paste events carry the
   * system clipboard; Delete is Svelte Flow's, which also removes selected connections): shown, not matched.
   */
  shows?: string;
  /** Where the right-click menu offers it: on a card, on the empty canvas, or both. */
  menu?: 'node' | 'pane' | 'both';
  enabled?: () => boolean;
  run(ctx: ActionContext): void;
}

/** The last copied cards, kept for pasting into this or another project (the system clipboard holds a copy too). */
let clip: Clip | undefined;
export const setClip = (c: Clip | undefined): void => { clip = c; };
export const getClip = (): Clip | undefined => clip;

const selected = () => editor.selection;
const hasSelection = () => editor.selection.length > 0;

/** Pastes `c` with its top-left card at `at`, selecting the copies. */
export function paste(c: Clip, at: Position): void {
  const left = Math.min(...c.nodes.map((n) => n.position.x));
  const top = Math.min(...c.nodes.map((n) => n.position.y));
  const { result, ids } = pasteClip(editor.project, c, { x: Math.round(at.x - left), y: Math.round(at.y - top) });
  editor.dispatch(result);
  editor.selection = ids;
}

/** The selection as measured by the canvas, widened by the cards inside any selected frame (a frame is copied with its group). */
function selectionWithFramed(ctx?: ActionContext): string[] {
  const sizes: Sizes = {};
  for (const n of editor.project.nodes) { const s = ctx?.size(n.id); if (s) sizes[n.id] = s; }
  return withFramed(editor.project, selected(), sizes);
}

/** Copies the selection (a frame with the cards inside it) to the in-app clip; returns it (for the system clipboard). */
export function copySelection(ctx?: ActionContext): Clip | undefined {
  const c = copyNodes(editor.project, selectionWithFramed(ctx));
  if (c) clip = c;
  return c;
}

/** The measured sizes of the project's cards. */
const measuredSizes = (ctx: ActionContext) => Object.fromEntries(editor.project.nodes.flatMap((n) => { const s = ctx.size(n.id); return s ? [[n.id, s]] : []; }));

/** A new segment named like the others ("Segment"), in the next colour. */
function newSegment(id: string, position: Position): ProjectNode {
  const segments = editor.project.nodes.filter((n) => n.type === 'segment').length;
  return { id, type: 'segment', name: t('ui.node.segment'), color: SEGMENT_COLOURS[segments % SEGMENT_COLOURS.length], position };
}

/**
 * A new filter or segment after the selected card (or the last one), at a free spot below it; after a split it
 * takes the split's first branch that feeds nothing yet.
 */
function addAfter(kind: 'filter' | 'segment' | 'note', ctx: ActionContext): void {
  const p = editor.project;
  const from = p.nodes.find((n) => n.id === selected()[0]) ?? (ctx.at ? undefined : p.nodes[p.nodes.length - 1]);
  const position = ctx.at ? { x: Math.round(ctx.at.x), y: Math.round(ctx.at.y) } : placeNode(p.nodes, from, measuredSizes(ctx));
  const node: ProjectNode = kind === 'filter'
    ? { id: freshId(p, 'filter'), type: 'filter', match: 'all', negate: false, conditions: [], position }
    : kind === 'segment' ? newSegment(freshId(p, 'segment'), position) : { id: freshId(p, 'note'), type: 'note', text: '', position };
  const handle = from && kind !== 'note' ? freeOutput(p, from)?.handle : undefined;
  editor.dispatch(addNode(p, node, kind === 'note' ? undefined : from?.id, handle));
  editor.selection = [node.id];
}

/** A new segment fed by branch `branch` of split `splitId`, below the split where it covers no card. */
export function addSegmentAfterBranch(splitId: string, branch: string, ctx: ActionContext): void {
  const p = editor.project;
  const split = p.nodes.find((n) => n.id === splitId);
  if (!split) return;
  const node = newSegment(freshId(p, 'segment'), placeNode(p.nodes, split, measuredSizes(ctx)));
  editor.dispatch(addNode(p, node, split.id, branch));
  editor.selection = [node.id];
}

/** Wraps the selected cards in a new frame sized to them, and selects it so its title can be typed in the panel. */
function frameSelection(ctx: ActionContext): void {
  const p = editor.project;
  const sizes = Object.fromEntries(selected().flatMap((id) => { const s = ctx.size(id); return s ? [[id, s]] : []; }));
  const framed = frameNodes(p, selected(), t('frame.new', { n: p.nodes.filter((n) => n.type === 'frame').length + 1 }), sizes);
  if (!framed) return;
  editor.dispatch(framed.result);
  editor.selection = [framed.id];
}

export const ACTIONS: Action[] = [
  { id: 'undo', label: 'canvas.action.undo', keys: ['Mod+Z'], enabled: () => editor.canUndo, run: () => editor.undo() },
  { id: 'redo', label: 'canvas.action.redo', keys: ['Mod+Shift+Z', 'Mod+Y'], enabled: () => editor.canRedo, run: () => editor.redo() },
  { id: 'addFilter', label: 'canvas.action.addFilter', menu: 'both', run: (ctx) => addAfter('filter', ctx) },
  { id: 'addSegment', label: 'canvas.action.addSegment', menu: 'both', run: (ctx) => addAfter('segment', ctx) },
  { id: 'addNote', label: 'canvas.action.addNote', menu: 'pane', run: (ctx) => addAfter('note', ctx) },
  { id: 'copy', label: 'canvas.action.copy', shows: 'Mod+C', menu: 'node', enabled: hasSelection, run: (ctx) => { copySelection(ctx); } },
  {
    id: 'cut', label: 'canvas.action.cut', shows: 'Mod+X', menu: 'node', enabled: hasSelection,
    run: (ctx) => { const c = copySelection(ctx); if (c) editor.dispatch(removeNodes(editor.project, c.nodes.map((n) => n.id))); },
  },
  {
    id: 'paste', label: 'canvas.action.paste', shows: 'Mod+V', menu: 'pane', enabled: () => !!clip,
    run: (ctx) => { if (clip) paste(clip, ctx.at ?? ctx.centre()); },
  },
  {
    id: 'duplicate', label: 'canvas.action.duplicate', keys: ['Mod+D'], menu: 'node', enabled: hasSelection,
    run: (ctx) => {
      const d = duplicateNodes(editor.project, selectionWithFramed(ctx));
      if (!d) return;
      editor.dispatch(d.result);
      editor.selection = d.ids;
    },
  },
  { id: 'frameSelection', label: 'frame.action.wrap', menu: 'node', enabled: hasSelection, run: frameSelection },
  { id: 'delete', label: 'canvas.action.delete', shows: 'Delete', menu: 'node', enabled: hasSelection, run: () => editor.dispatch(removeNodes(editor.project, selected())) },
  { id: 'selectAll', label: 'canvas.action.selectAll', keys: ['Mod+A'], menu: 'pane', run: () => { editor.selection = editor.project.nodes.map((n) => n.id); } },
  {
    id: 'autoLayout', label: 'canvas.action.autoLayout', keys: ['Shift+L'], menu: 'both',
    run: (ctx) => {
      const sizes = Object.fromEntries(editor.project.nodes.flatMap((n) => { const s = ctx.size(n.id); return s ? [[n.id, s]] : []; }));
      // Frames are not laid out: each is fitted around its cards again afterwards.
      editor.dispatch(tidyWithFrames(editor.project, sizes));
      setTimeout(() => ctx.fitView(), 50);
    },
  },
  { id: 'fitView', label: 'canvas.action.fitView', keys: ['Shift+1'], menu: 'pane', run: (ctx) => ctx.fitView() },
  { id: 'picture', label: 'canvas.action.picture', menu: 'pane', run: (ctx) => { void ctx.picture(); } },
];

export const action = (id: string): Action => ACTIONS.find((a) => a.id === id)!;
export const isEnabled = (a: Action): boolean => a.enabled?.() ?? true;

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** True when the key event is the shortcut `combo` (e.g. `Mod+Shift+Z`, `Shift+1`, `Delete`). */
export function matches(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, combo: string): boolean {
  const parts = combo.split('+');
  const key = parts.pop()!;
  const mod = parts.includes('Mod');
  if (mod !== (e.ctrlKey || e.metaKey) || parts.includes('Shift') !== e.shiftKey || parts.includes('Alt') !== e.altKey) return false;
  // Digits by their physical key, so Shift+1 works on every layout; letters by the typed letter.
  if (/^\d$/.test(key)) return e.code === `Digit${key}`;
  return e.key.toLowerCase() === key.toLowerCase();
}

/** The action a key press asks for, if any. */
export const actionFor = (e: KeyboardEvent): Action | undefined => ACTIONS.find((a) => a.keys?.some((k) => matches(e, k)));

/** A shortcut as the user's keyboard labels it: Ctrl+D, or ⌘D on a Mac. */
export function shortcutLabel(combo: string): string {
  if (!isMac()) return combo.replace('Mod', 'Ctrl');
  return combo.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}
