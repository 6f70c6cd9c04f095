// Row sets as bitsets (Uint32Array, bit i = row i): the currency of plan evaluation.

export type Bitset = Uint32Array;

export const words = (rows: number): number => (rows + 31) >>> 5;
export const empty = (rows: number): Bitset => new Uint32Array(words(rows));

/** All rows 0..rows-1 set. */
export function full(rows: number): Bitset {
  const b = new Uint32Array(words(rows)).fill(0xffffffff);
  const tail = rows & 31;
  if (tail) b[b.length - 1] = (1 << tail) - 1;
  return b;
}

export function and(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] & b[i];
  return out;
}

export function or(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] | b[i];
  return out;
}

/** a ∖ b */
export function andNot(a: Bitset, b: Bitset): Bitset {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] & ~b[i];
  return out;
}

export function popcount(a: Bitset): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    let v = a[i];
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** Row indexes of the set, ascending, at most `limit`. */
export function indexes(a: Bitset, limit = Infinity): Uint32Array {
  const out: number[] = [];
  for (let w = 0; w < a.length && out.length < limit; w++) {
    let v = a[w];
    while (v !== 0 && out.length < limit) {
      const bit = 31 - Math.clz32(v & -v);
      out.push((w << 5) + bit);
      v &= v - 1;
    }
  }
  return Uint32Array.from(out);
}

/** Sets bit i for every row i where `test(i)` is true. */
export function fromTest(rows: number, test: (i: number) => boolean): Bitset {
  const b = empty(rows);
  for (let i = 0; i < rows; i++) if (test(i)) b[i >>> 5] |= 1 << (i & 31);
  return b;
}

/** For a dictionary column: rows whose code is marked in `hit`. One pass over the codes. */
export function fromCodes(codes: Uint32Array, rows: number, hit: Uint8Array): Bitset {
  const b = empty(rows);
  for (let i = 0; i < rows; i++) if (hit[codes[i]]) b[i >>> 5] |= 1 << (i & 31);
  return b;
}
