// Which text format a file is (delimited, a JSON list, NDJSON), and a JSON value as a cell's text.

import type { FileFormat } from '../api';

/** Sniffs the format from the first non-blank characters. */
export function sniffFormat(sample: string): FileFormat {
  const s = sample.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) return 'ndjson';
  return 'csv';
}

/** A JSON value as a cell's text: nothing for null, a list's items joined by `;`, an object as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(';');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
