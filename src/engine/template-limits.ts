// How far one message template may go (liquidjs's own DoS limits), and telling a limit's error from a broken template.

/**
 * Characters of one template field (liquidjs `parseLimit`). liquidjs parses in time quadratic in its tags: 32,768
 * characters of the densest tags parse in ~60 ms; twice that took ~350 ms. A message is plain text: an SMS is at most a
 * few hundred characters, a long email ten thousand.
 */
export const TEMPLATE_MAX_CHARS = 32_768;

/**
 * Milliseconds of one render for one member (liquidjs `renderLimit`, checked between tags). An ordinary message renders
 * in well under a millisecond; the worker answers a count queued behind a runaway preview after at most twice this
 * (see RENDER_TRIES) plus the parse.
 */
export const RENDER_MS = 200;

/** A render that ran out of time is tried once more, so a pause of the machine (GC, a busy core) is not taken for a runaway template. */
export const RENDER_TRIES = 2;

/**
 * Characters and list items one render may create (liquidjs `memoryLimit`: ranges, append, join, replace …), and
 * the longest message it may give. A million: far above any message, far below what stalls the worker
 * (`(1..1000000000)` is refused before its list is made).
 */
export const MEMORY_MAX = 1_000_000;

/** The Liquid constructor options that bound a template. */
export const LIQUID_LIMITS = { parseLimit: TEMPLATE_MAX_CHARS, renderLimit: RENDER_MS, memoryLimit: MEMORY_MAX } as const;

// liquidjs's Limiter throws an AssertionError named after its resource; a render wraps it in a RenderError.
const LIMIT_MESSAGES = new Set(['parse length limit exceeded', 'template render limit exceeded', 'memory alloc limit exceeded']);
// What V8 throws when a template outgrows it anyway (a string past its maximum length, tags nested too deep).
const ENGINE_LIMITS = /^(Invalid string length|Invalid array length|Maximum call stack size exceeded)/;

interface LiquidFailure { name?: string; message?: string; originalError?: unknown }

/** The error under liquidjs's ParseError / RenderError wrapper. */
const cause = (e: unknown): LiquidFailure => ((e as LiquidFailure)?.originalError ?? e) as LiquidFailure;

/** Whether a parse or render failed on a limit (too long, too slow, too much memory, too deep), not on the template's syntax. */
export function isLimitError(e: unknown): boolean {
  const c = cause(e);
  if (c instanceof RangeError) return ENGINE_LIMITS.test(c.message);
  return c?.name === 'AssertionError' && LIMIT_MESSAGES.has(String(c.message));
}

/** Whether a render stopped on its time limit: the one limit a busy machine can trip, so worth one more try. */
export function isTimeLimit(e: unknown): boolean {
  const c = cause(e);
  return c?.name === 'AssertionError' && c.message === 'template render limit exceeded';
}
