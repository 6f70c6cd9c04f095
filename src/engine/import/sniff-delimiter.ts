// Finds the delimiter of delimited text: the candidate giving the most consistent field count over the first lines,
// else columns aligned by runs of spaces.

import type { Delimiter } from '../api';

const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];
const LINES = 50;

/** Field counts per line for one delimiter, honouring double quotes (a quoted newline does not end a line). */
function fieldCounts(text: string, d: string, maxLines: number): number[] {
  const counts: number[] = [];
  let n = 1, quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === d) n++;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      counts.push(n);
      n = 1;
    }
  }
  return counts;
}

/**
 * Fields per non-blank line when runs of spaces separate them (spaces at the start and end of a line left out),
 * as CsvParser reads delimiter `' '`: a quote opens a field only at its start.
 */
function spacedCounts(text: string, maxLines: number): number[] {
  const counts: number[] = [];
  let n = 0, inField = false, quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (quoted) { if (ch === '"') quoted = false; continue; }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (n) counts.push(n);
      n = 0;
      inField = false;
    } else if (ch === ' ') inField = false;
    else if (!inField) { n++; inField = true; quoted = ch === '"'; }
  }
  return counts;
}

/** True when the text looks aligned: some line starts with a space or has two in a row outside quotes. */
const aligned = (text: string) => /(^|[\r\n]) |[^ "] {2,}[^ ]/.test(text);

/** The delimiter of `sample` (',' when nothing fits). */
export function sniffDelimiter(sample: string): Delimiter {
  let best: Delimiter = ',', bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = fieldCounts(sample, d, LINES);
    if (counts.length === 0) counts.push(1);
    const first = counts[0];
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) { best = d; bestScore = score; }
  }
  if (bestScore < 0 && spaceAligned(sample)) return ' ';
  return best;
}

/**
 * Columns separated by runs of spaces: every line (a few may differ) has the header's two or more fields, and the
 * text is laid out (leading or doubled spaces) or has three or more columns, so "full name" over "Ann Lee" stays one column.
 */
function spaceAligned(sample: string): boolean {
  const counts = spacedCounts(sample, LINES);
  if (counts.length < 2) return false;
  const first = counts[0];
  if (first < 2) return false;
  const consistent = counts.filter((c) => c === first).length / counts.length;
  return consistent >= 0.9 && (first >= 3 || aligned(sample));
}
