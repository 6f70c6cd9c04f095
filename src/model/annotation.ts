// Nodes that annotate the canvas for a workshop (sticky notes, frames): they carry no data and take no connections.

import type { ProjectNode } from './types';

/** True for a note or a frame: left out of the plan, the counts and the command line's output. */
export const isAnnotation = (node: Pick<ProjectNode, 'type'>): boolean => node.type === 'note' || node.type === 'frame';
