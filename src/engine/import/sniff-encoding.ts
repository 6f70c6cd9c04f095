// Guesses a file's text encoding from its first bytes: UTF-8 or UTF-16 (with or without BOM), else a Windows code page.

import { utf8Counts } from './utf8-errors';

/** The encodings the importer offers for a text file (TextDecoder labels); sniffEncoding gives one of them. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1254', 'windows-1256', 'iso-8859-1'] as const;

/**
 * Below this share of valid multi-byte sequences among all non-ASCII ones, bytes that are not UTF-8 mean a code page;
 * above it, a UTF-8 file with a few bad bytes (read as U+FFFD, with a warning): in text of a code page, a byte
 * of 0xC2–0xF4 is almost never followed by the continuation bytes UTF-8 asks for.
 */
const UTF8_SHARE = 0.8;

/** A TextDecoder label for the bytes. */
export function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = utf16Order(bytes);
  if (utf16) return utf16;
  const { multi, invalid } = utf8Counts(bytes);
  if (invalid === 0 || multi >= UTF8_SHARE * (multi + invalid)) return 'utf-8';
  return guessCodePage(bytes);
}

/**
 * UTF-16 without a BOM, told by its zero bytes: text of a Latin, Cyrillic, Arabic … script keeps its delimiters,
 * digits and line breaks below U+0100, so the high byte of many code units is 0 — every odd byte in little-endian
 * order, every even one in big-endian — while the other position is almost never 0.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (units < 2) return null;
  if (odd >= units * 0.2 && even <= odd * 0.02) return 'utf-16le';
  if (even >= units * 0.2 && odd <= even * 0.02) return 'utf-16be';
  return null;
}

/** Chooses among windows-1251 (Cyrillic), windows-1254 (Turkish) and windows-1256 (Arabic, Persian). */
function guessCodePage(bytes: Uint8Array): string {
  const letter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
  let ascii = 0, high = 0, besideAscii = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (letter(b)) ascii++;
    else if (b >= 0xc0) {
      high++;
      if (letter(bytes[i - 1]) || letter(bytes[i + 1])) besideAscii++;
    }
  }
  // Turkish text is mostly ASCII letters with a few accented ones, inside words of ASCII letters; Cyrillic and
  // Arabic are mostly high bytes, in words of their own.
  if (high < ascii * 0.3 || besideAscii > high * 0.5) return 'windows-1254';
  // Read as windows-1256, Cyrillic shows many Latin accented letters (à, ç, é …) where Arabic shows letters.
  const latin1256 = new Set([0xe0, 0xe2, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xee, 0xef, 0xf4, 0xf9, 0xfb, 0xfc]);
  let latin = 0;
  for (const b of bytes) if (latin1256.has(b)) latin++;
  return latin > high * 0.2 ? 'windows-1251' : 'windows-1256';
}
