// Guesses a file's text encoding from its first bytes: UTF-8 (with or without BOM), else a Windows code page.

/** A TextDecoder label for the bytes. */
export function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // A sample may end inside a multi-byte character: drop up to 3 trailing bytes before the strict check.
  let end = bytes.length;
  while (end > 0 && end > bytes.length - 3 && (bytes[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && bytes[end - 1] >= 0xc0) end--;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return 'utf-8';
  } catch {
    return guessCodePage(bytes);
  }
}

/** Chooses among windows-1251 (Cyrillic), windows-1254 (Turkish) and windows-1256 (Arabic, Persian). */
function guessCodePage(bytes: Uint8Array): string {
  let ascii = 0, high = 0;
  for (const b of bytes) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
    else if (b >= 0xc0) high++;
  }
  // Turkish text is mostly ASCII letters with a few accented ones; Cyrillic and Arabic are mostly high bytes.
  if (high < ascii * 0.3) return 'windows-1254';
  // Read as windows-1256, Cyrillic shows many Latin accented letters (à, ç, é …) where Arabic shows letters.
  const latin1256 = new Set([0xe0, 0xe2, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xee, 0xef, 0xf4, 0xf9, 0xfb, 0xfc]);
  let latin = 0;
  for (const b of bytes) if (latin1256.has(b)) latin++;
  return latin > high * 0.2 ? 'windows-1251' : 'windows-1256';
}
