// The UTF-8 checks against TextDecoder itself: the same text, a U+FFFD exactly where TextDecoder puts one for bad
// bytes, and the same bad offsets however the bytes are cut into chunks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkDecoder } from '../../../../../src/engine/import/decode-text';
import { Utf8Checker, utf8Counts } from '../../../../../src/engine/import/utf8-errors';

/** Bytes made to trip a UTF-8 reader: ASCII runs, valid letters of 2–4 bytes, their pieces, bytes never valid. */
const piece = fc.oneof(
  fc.constantFrom('a', 'abcdefgh', 'ə', 'Ş', 'Д', '€', '😀', '\uFFFD').map((s) => [...new TextEncoder().encode(s)]),
  fc.constantFrom([0xc9], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80], [0xbf], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe]),
  fc.integer({ min: 0, max: 255 }).map((b) => [b]),
);
const bytes = fc.array(piece, { maxLength: 40 }).map((p) => Uint8Array.from(p.flat()));
const cuts = (n: number, at: number[]) => [...new Set(at.map((c) => c % (n + 1)))].sort((a, b) => a - b);

describe('UTF-8 checks', () => {
  it('decode chunk by chunk to what TextDecoder gives the whole, with a bad offset at each U+FFFD it put for bad bytes', () => {
    fc.assert(fc.property(bytes, fc.array(fc.nat(), { maxLength: 4 }), fc.nat(3), (b, at, shift) => {
      // A copy at an odd address, so the four-byte steps start mid-word.
      const buf = new Uint8Array(b.length + shift).subarray(shift);
      buf.set(b);
      const dec = chunkDecoder('utf-8');
      const points = [0, ...cuts(buf.length, at), buf.length];
      let text = '';
      const bad: number[] = [];
      for (let k = 0; k + 1 < points.length; k++) {
        const d = dec.decode(buf.subarray(points[k], points[k + 1]), k + 2 === points.length);
        bad.push(...d.bad.map((o) => o + text.length));
        text += d.text;
      }
      const whole = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf);
      expect(text).toBe(whole);
      const fffd = [...whole.matchAll(/\uFFFD/g)].map((m) => m.index!);
      // Genuine U+FFFD (EF BF BD in the file) are not bad bytes; every bad offset is a U+FFFD.
      expect(bad.every((o) => fffd.includes(o))).toBe(true);
      expect(fffd.length - bad.length).toBe(countGenuine(buf));
    }), { numRuns: 3000 });
  });

  it('find the same bad bytes however the input is cut', () => {
    fc.assert(fc.property(bytes, fc.array(fc.nat(), { maxLength: 4 }), (buf, at) => {
      const whole = new Utf8Checker().check(buf, true);
      const checker = new Utf8Checker();
      const points = [0, ...cuts(buf.length, at), buf.length];
      const found: number[] = [];
      for (let k = 0; k + 1 < points.length; k++) {
        found.push(...checker.check(buf.subarray(points[k], points[k + 1]), false).map((o) => o + points[k]));
      }
      found.push(...checker.check(new Uint8Array(0), true).map((o) => o + buf.length));
      expect(found).toEqual(whole);
    }), { numRuns: 3000 });
  });

  it('count valid letters and bad bytes for the sniffer', () => {
    expect(utf8Counts(new TextEncoder().encode('Bakı Şəki'))).toEqual({ multi: 3, invalid: 0 });
    expect(utf8Counts(Uint8Array.of(0x41, 0xff, 0xc9, 0x99, 0xe2, 0x41))).toEqual({ multi: 1, invalid: 2 });
    // A letter cut by the end of a sample is neither.
    expect(utf8Counts(Uint8Array.of(0x41, 0xe2, 0x82))).toEqual({ multi: 0, invalid: 0 });
  });
});

/** U+FFFD written in the file as valid UTF-8: EF BF BD (these bytes are never part of another sequence). */
function countGenuine(buf: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < buf.length; i++) if (buf[i] === 0xef && buf[i + 1] === 0xbf && buf[i + 2] === 0xbd) n++;
  return n;
}
