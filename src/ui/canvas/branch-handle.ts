// A split branch's id as a Svelte Flow handle id: any value of the data becomes a token safe in a CSS selector.

/**
 * Svelte Flow finds handles with `querySelector('[data-id="…"]')`, so a branch id holding a quote or a backslash
 * (a value of the data) would break it: handle ids are the branch id percent-encoded behind a `b:` prefix.
 */
export const handleOf = (branch: string): string => `b:${encodeURIComponent(branch)}`;

/** The branch id a handle id stands for; undefined for a card's plain output (no handle id). */
export function branchOf(handle: string | null | undefined): string | undefined {
  if (!handle?.startsWith('b:')) return undefined;
  try { return decodeURIComponent(handle.slice(2)); } catch { return undefined; }
}
