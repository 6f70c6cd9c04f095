// Stable hash for random splits: FNV-1a 32-bit over the UTF-8 bytes of `${seed}:${key}`.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-8 encoding of `text`, without allocating the bytes. FNV-1a is a running hash:
 * pass the state of a prefix as `h` to hash prefix + text.
 */
export function fnv1a(text: string, h = OFFSET): number {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) { h = Math.imul(h ^ c, PRIME); continue; }
    if (c >= 0xd800 && c < 0xe000) {
      const d = text.charCodeAt(i + 1);
      if (c < 0xdc00 && d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      else c = 0xfffd; // a lone surrogate encodes as U+FFFD
    }
    if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), PRIME);
    } else {
      if (c < 0x10000) h = Math.imul(h ^ (0xe0 | (c >> 12)), PRIME);
      else {
        h = Math.imul(h ^ (0xf0 | (c >> 18)), PRIME);
        h = Math.imul(h ^ (0x80 | ((c >> 12) & 63)), PRIME);
      }
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), PRIME);
    }
    h = Math.imul(h ^ (0x80 | (c & 63)), PRIME);
  }
  return h >>> 0;
}

/** The hash state after `${seed}:`, to continue with each key. */
export const seedState = (seed: number): number => fnv1a(`${seed}:`);

/** The bucket 0..9999 (hundredths of a percent) of a key, given its seed's state. */
export const bucketOf = (state: number, key: string): number => fnv1a(key, state) % 10000;

/** The bucket 0..9999 of a customer key for a seed. */
export function bucket(seed: number, key: string): number {
  return bucketOf(seedState(seed), key);
}
