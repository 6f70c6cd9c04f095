// The colour of a frame that has none of its own: the palette's slate, quiet behind any card.

export const FRAME_COLOUR = '#4e5ba6';
