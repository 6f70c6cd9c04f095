// The order a presentation walks the canvas in: the whole canvas, then each journey's stages in order, then the segments.

import { topoOrder } from '../../model/graph';
import type { Project } from '../../model/types';

/** Node ids to show one by one after the overview: stages along their chains first, then segments, in flow order. */
export function presentationSteps(project: Project): string[] {
  const order = topoOrder(project);
  return [...order.filter((n) => n.type === 'stage'), ...order.filter((n) => n.type === 'segment')].map((n) => n.id);
}
