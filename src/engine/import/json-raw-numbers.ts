// The numbers of a JSON object as written, where JSON.parse would give them back otherwise (1.10 → 1.1, 1e5 →
// 100000, a 20-digit id rounded): a cell keeps its text, as in a CSV.

import { canonicalNumber } from './column-builder';

/**
 * Text that may hold a number `String` would write otherwise: an exponent, a fraction ending in 0, -0, six zeros
 * after a point (String writes 1e-7), 16 digits (with a point among them or not). Other records skip the scan: a
 * serializer's output (JSON.stringify, pandas, DuckDB) never matches on its numbers.
 */
const MAYBE_RAW = /\d[eE]|\.\d*0(?!\d)|-0(?![.\d])|\.0{6}|(?:\d\.?){16}/;

/** A character of a JSON number: digits, point, signs, exponent. */
export const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69;

/**
 * Whether `String` of the JSON number `t[s, e)` gives back its text, from the characters alone (the rules of
 * `canonicalNumber`); false may be wrong, true never is.
 */
export function canonicalSpan(t: string, s: number, e: number): boolean {
  const from = t.charCodeAt(s) === 45 ? s + 1 : s;
  let digits = 0, point = -1;
  for (let k = from; k < e; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && point < 0) point = k;
    else return false;
  }
  if (digits === 0 || digits > 15) return false;
  if (t.charCodeAt(from) === 48) {
    // 0 alone (not -0), or 0.x with fewer than six zeros after the point (String writes 1e-7 for 0.0000001).
    if (point < 0) return e - from === 1 && from === s;
    if (point !== from + 1) return false;
    let zeros = 0;
    while (point + 1 + zeros < e && t.charCodeAt(point + 1 + zeros) === 48) zeros++;
    if (zeros >= 6) return false;
  }
  return point < 0 || (point > from && point < e - 1 && t.charCodeAt(e - 1) !== 48);
}

/**
 * The top-level numbers of the object `text` (one JSON record) whose text `String` of the parsed number would not
 * give back, by key; null when there are none. Nested values are left alone (their cell is JSON text anyway).
 * `checked`: the caller already found such a number somewhere in `text` (else a regular expression looks first).
 */
export function rawNumbers(text: string, checked = false): Map<string, string> | null {
  if (!checked && !MAYBE_RAW.test(text)) return null;
  let out: Map<string, string> | null = null;
  let depth = 0, inString = false, escaped = false, stringStart = -1, key = -1, keyEnd = -1, afterColon = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) { inString = false; if (depth === 1 && !afterColon) { key = stringStart; keyEnd = i + 1; } }
      continue;
    }
    if (c === 34) { inString = true; stringStart = i; }
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    else if (depth === 1 && c === 58) afterColon = true; // :
    else if (depth === 1 && c === 44) afterColon = false; // ,
    else if (depth === 1 && afterColon && key >= 0 && (c === 45 || (c >= 48 && c <= 57))) {
      let j = i + 1;
      while (j < text.length && isNumberChar(text.charCodeAt(j))) j++;
      const raw = text.slice(i, j);
      // A repeated key: JSON.parse keeps the last value, so does this map.
      if (!canonicalNumber(raw, Number(raw))) (out ??= new Map()).set(JSON.parse(text.slice(key, keyEnd)) as string, raw);
      else if (out) out.delete(JSON.parse(text.slice(key, keyEnd)) as string);
      i = j - 1;
    }
  }
  return out;
}
