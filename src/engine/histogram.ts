// Histogram bins with nice bounds (steps of 1, 2 or 5 × 10^k) for a number column's value picker.

/** One bin: values v with from ≤ v < to. */
export interface Bin { from: number; to: number; count: number }

/** The bin layout for values in [min, max]: at most about `target` bins, `step` wide, starting at `from`. */
export interface BinLayout { from: number; step: number; bins: number }

/** A number rounded to the decimals of `step`, so 0.1 + 0.2 reads 0.3 in bounds (steps below 1e-19 are left as they are). */
function tidy(x: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return decimals > 20 ? x : Number(x.toFixed(decimals));
}

/**
 * The smallest step of the form 1, 2 or 5 × 10^k that is at least `raw`; `raw` itself where 10^k is no longer a
 * double (denormals near 0, or past 1e308).
 */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  if (!(power > 0 && power < Infinity)) return raw;
  for (const m of [1, 2, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return Math.min(m * power, Number.MAX_VALUE);
  return 10 * power;
}

/**
 * Nice bounds for values in [min, max] (finite); whole-number columns never get bins narrower than 1. Ranges wider
 * than the largest double (-1e308 … 1e308) are measured in halves, so nothing overflows to Infinity.
 */
export function binLayout(min: number, max: number, integers: boolean, target = 20): BinLayout {
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return { from: min, step: 1, bins: 1 };
  let step = niceStep(Number.isFinite(max - min) ? (max - min) / target : max / target - min / target);
  if (integers) step = Math.max(1, step);
  if (!(step > 0 && step < Infinity)) return { from: min, step: 1, bins: 1 };
  // A first bound past the largest double starts at the largest double instead.
  const from = Math.max(-Number.MAX_VALUE, tidy(Math.floor(min / step) * step, step));
  // Bins are half-open, so the largest value opens the last bin when it sits on a boundary.
  const bins = Math.floor(tidy(max / step - from / step, 1e-6)) + 1;
  return { from, step, bins: Math.max(1, Math.min(bins, target * 2 + 2)) };
}

/** Which bin of `layout` a value falls in. */
export function binOf(layout: BinLayout, v: number): number {
  let d = (v - layout.from) / layout.step;
  if (!Number.isFinite(d)) d = v / layout.step - layout.from / layout.step;
  const i = Math.floor(d + 1e-9);
  return i < 0 ? 0 : i >= layout.bins ? layout.bins - 1 : i;
}

/** The bins of `layout` with their counts, from distinct values and how often each occurs. */
export function histogram(layout: BinLayout, values: ArrayLike<number>, times: ArrayLike<number>): Bin[] {
  const counts = new Array<number>(layout.bins).fill(0);
  for (let i = 0; i < values.length; i++) counts[binOf(layout, values[i])] += times[i];
  const bound = (i: number) => Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, tidy(layout.from + i * layout.step, layout.step)));
  return counts.map((count, i) => ({ from: bound(i), to: bound(i + 1), count }));
}
