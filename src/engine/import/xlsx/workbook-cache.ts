// Keeps the last workbook read (every sheet's rows), so that a preview asked again with another sheet or header row,
// and the import that follows it, do not parse the file again. Held for two minutes after its last use.

const HOLD_MS = 120_000;

/**
 * A key for a zip's contents: its size and a hash of its first and last 64 KiB. A zip ends with its central
 * directory, which holds the CRC-32 of every part, so a change to any part changes the key.
 */
export function contentKey(zip: Uint8Array): string {
  const span = 64 * 1024;
  let h1 = 0xdeadbeef ^ zip.length, h2 = 0x41c6ce57 ^ zip.length;
  const mix = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      h1 = Math.imul(h1 ^ zip[i], 2654435761);
      h2 = Math.imul(h2 ^ zip[i], 1597334677);
    }
  };
  mix(0, Math.min(span, zip.length));
  mix(Math.max(span, zip.length - span), zip.length);
  return `${zip.length}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

let held: { key: string; value: Promise<unknown>; timer: ReturnType<typeof setTimeout> } | undefined;

/** Forgets the workbook held (after an import, which is the end of a preview's story). */
export function forgetWorkbook(): void {
  if (held) clearTimeout(held.timer);
  held = undefined;
}

/** Holds `value` (a promise of what was read from the workbook of `key`), in place of the one held. */
export function holdWorkbook<T>(key: string, value: Promise<T>): Promise<T> {
  forgetWorkbook();
  held = { key, value, timer: setTimeout(forgetWorkbook, HOLD_MS) };
  // Node (the CLI, tests) does not wait for the timer before it exits.
  (held.timer as { unref?: () => void }).unref?.();
  // A read that fails is not kept.
  value.catch(() => { if (held?.value === value) forgetWorkbook(); });
  return value;
}

/** What is held for the workbook of `key`, if anything (held two minutes more). */
export function heldWorkbook<T>(key: string): Promise<T> | undefined {
  if (held?.key !== key) return undefined;
  return holdWorkbook(key, held.value as Promise<T>);
}
