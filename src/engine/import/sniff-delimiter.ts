// Finds the delimiter of delimited text: the candidate giving the most consistent field count over the first lines.

import type { Delimiter } from '../api';

const CANDIDATES: Delimiter[] = [',', ';', '\t', '|'];

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

export function sniffDelimiter(sample: string): Delimiter {
  let best: Delimiter = ',', bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = fieldCounts(sample, d, 50);
    if (counts.length === 0) counts.push(1);
    const first = counts[0];
    if (first < 2) continue;
    const consistent = counts.filter((c) => c === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > bestScore) { best = d; bestScore = score; }
  }
  return best;
}
