// Histogram bins with nice bounds (steps of 1, 2 or 5 × 10^k) for a number column's value picker.

/** One bin: values v with from ≤ v < to. */
export interface Bin { from: number; to: number; count: number }

/** The bin layout for values in [min, max]: at most about `target` bins, `step` wide, starting at `from`. */
export interface BinLayout { from: number; step: number; bins: number }

/** A number rounded to the decimals of `step`, so 0.1 + 0.2 reads 0.3 in bounds. */
function tidy(x: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(x.toFixed(Math.min(20, decimals)));
}

/** The smallest step of the form 1, 2 or 5 × 10^k that is at least `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/** Nice bounds for values in [min, max]; whole-number columns never get bins narrower than 1. */
export function binLayout(min: number, max: number, integers: boolean, target = 20): BinLayout {
  if (!(max > min)) return { from: min, step: 1, bins: 1 };
  let step = niceStep((max - min) / target);
  if (integers) step = Math.max(1, step);
  const from = tidy(Math.floor(min / step) * step, step);
  // Bins are half-open, so the largest value opens the last bin when it sits on a boundary.
  return { from, step, bins: Math.floor(tidy((max - from) / step, 1e-6)) + 1 };
}

/** Which bin of `layout` a value falls in. */
export function binOf(layout: BinLayout, v: number): number {
  const i = Math.floor((v - layout.from) / layout.step + 1e-9);
  return i < 0 ? 0 : i >= layout.bins ? layout.bins - 1 : i;
}

/** The bins of `layout` with their counts, from distinct values and how often each occurs. */
export function histogram(layout: BinLayout, values: ArrayLike<number>, times: ArrayLike<number>): Bin[] {
  const counts = new Array<number>(layout.bins).fill(0);
  for (let i = 0; i < values.length; i++) counts[binOf(layout, values[i])] += times[i];
  return counts.map((count, i) => ({
    from: tidy(layout.from + i * layout.step, layout.step),
    to: tidy(layout.from + (i + 1) * layout.step, layout.step),
    count,
  }));
}
