// Timing helpers for the benchmark: median of repeated runs, peak RSS of the process.

/** Runs `fn` `times` times and returns the median wall time in milliseconds. */
export async function medianMs(times: number, fn: (i: number) => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
