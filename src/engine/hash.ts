// Stable hash for random splits: FNV-1a 32-bit over the UTF-8 bytes of `${seed}:${key}`.

const encoder = new TextEncoder();

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The bucket 0..9999 (hundredths of a percent) of a customer key for a seed. */
export function bucket(seed: number, key: string): number {
  return fnv1a(`${seed}:${key}`) % 10000;
}
