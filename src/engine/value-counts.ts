// Counts of each distinct number of a column, by hashing (no sort), and the most frequent of them.

/** Distinct non-empty values `keys[0, size)` with their `counts`. −0 counts as 0. */
export interface ValueCounts { keys: Float64Array; counts: Uint32Array; size: number }

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

function slotHash(v: number): number {
  bits[0] = v;
  let h = Math.imul(words[0] ^ Math.imul(words[1], 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Counts the values of `values[0, rows)`, skipping NaN (empty). */
export function countValues(values: Float64Array, rows: number): ValueCounts {
  let cap = 1024, size = 0;
  let keys = new Float64Array(cap), counts = new Uint32Array(cap);
  for (let i = 0; i < rows; i++) {
    let v = values[i];
    if (v !== v) continue;
    if (v === 0) v = 0;
    let slot = slotHash(v) & (cap - 1);
    while (counts[slot] !== 0 && keys[slot] !== v) slot = (slot + 1) & (cap - 1);
    if (counts[slot]++ !== 0) continue;
    keys[slot] = v;
    if (++size * 2 > cap) {
      const [oldKeys, oldCounts] = [keys, counts];
      cap *= 2;
      keys = new Float64Array(cap);
      counts = new Uint32Array(cap);
      for (let s = 0; s < oldKeys.length; s++) {
        if (oldCounts[s] === 0) continue;
        let t = slotHash(oldKeys[s]) & (cap - 1);
        while (counts[t] !== 0) t = (t + 1) & (cap - 1);
        keys[t] = oldKeys[s];
        counts[t] = oldCounts[s];
      }
    }
  }
  // Packed: the entries first.
  let k = 0;
  for (let s = 0; s < cap; s++) if (counts[s] !== 0) { keys[k] = keys[s]; counts[k] = counts[s]; k++; }
  return { keys: keys.subarray(0, size), counts: counts.subarray(0, size), size };
}

/** The `top` most frequent entries, most frequent first, ties smaller value first: indexes into `c.keys`. */
export function topEntries(c: ValueCounts, top: number): number[] {
  if (c.size <= top) return Array.from({ length: c.size }, (_, i) => i).sort((a, b) => c.counts[b] - c.counts[a] || c.keys[a] - c.keys[b]);
  // The count of the top-th entry: walk the distinct counts from the largest.
  const perCount = new Map<number, number>();
  for (let i = 0; i < c.size; i++) perCount.set(c.counts[i], (perCount.get(c.counts[i]) ?? 0) + 1);
  let threshold = 0, above = 0;
  for (const n of [...perCount.keys()].sort((a, b) => b - a)) {
    if (above + perCount.get(n)! >= top) { threshold = n; break; }
    above += perCount.get(n)!;
  }
  // Everything above it, then the smallest values that have exactly it.
  const out: number[] = [], ties: number[] = [];
  const need = top - above;
  for (let i = 0; i < c.size; i++) {
    const n = c.counts[i];
    if (n > threshold) out.push(i);
    else if (n === threshold && (ties.length < need || c.keys[i] < c.keys[ties[need - 1]])) {
      let at = ties.length;
      while (at > 0 && c.keys[ties[at - 1]] > c.keys[i]) at--;
      ties.splice(at, 0, i);
      if (ties.length > need) ties.pop();
    }
  }
  out.sort((a, b) => c.counts[b] - c.counts[a] || c.keys[a] - c.keys[b]);
  return out.concat(ties);
}
