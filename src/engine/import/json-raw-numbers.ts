// The numbers of a JSON object as written, where JSON.parse would give them back otherwise (1.10 → 1.1, 1e5 →
// 100000, a 20-digit id rounded): a cell keeps its text, as in a CSV.

import { canonicalNumber } from './column-builder';

/**
 * Text that may hold a number `String` would write otherwise: an exponent, a fraction ending in 0, -0, six zeros
 * after a point (String writes 1e-7), 16 digits (with a point among them or not). Other records skip the scan: a
 * serializer's output (JSON.stringify, pandas, DuckDB) never matches on its numbers.
 */
const MAYBE_RAW = /\d[eE]|\.\d*0(?!\d)|-0(?![.\d])|\.0{6}|(?:\d\.?){16}/;

const isNumberChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 43 || c === 101 || c === 69;

/**
 * The top-level numbers of the object `text` (one JSON record) whose text `String` of the parsed number would not
 * give back, by key; null when there are none. Nested values are left alone (their cell is JSON text anyway).
 */
export function rawNumbers(text: string): Map<string, string> | null {
  if (!MAYBE_RAW.test(text)) return null;
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
