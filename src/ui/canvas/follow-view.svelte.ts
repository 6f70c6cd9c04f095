// The view follows the work: a project opened or made anew shows all its cards; a card added off screen comes into view.

import type { useSvelteFlow } from '@xyflow/svelte';
import { editor } from '../../state/editor.svelte';
import { fitWhenMeasured, keepInView } from './view';

/** Sets up, for the canvas component calling it, the effects that keep new work in view. */
export function followView(flow: ReturnType<typeof useSvelteFlow>): void {
  let shownProject = '';
  $effect(() => {
    if (editor.projectId === shownProject) return;
    shownProject = editor.projectId;
    fitWhenMeasured(flow);
  });
  let known: { project: string; ids: Set<string> } | undefined;
  $effect(() => {
    const ids = editor.project.nodes.map((n) => n.id);
    // Another project opened is fitted whole (above); only cards added to the same project are brought into view.
    const same = known?.project === editor.projectId ? known.ids : undefined;
    const added = same ? ids.filter((id) => !same.has(id)) : [];
    known = { project: editor.projectId, ids: new Set(ids) };
    if (added.length && added.length < ids.length) keepInView(flow, added);
  });
}
