// Turns a file's text into records for the column builders: delimited text (streamed) or JSON / NDJSON.

import type { FileFormat } from '../api';
import { ImportError } from './import-error';

/** Sniffs the format from the first non-blank characters. */
export function sniffFormat(sample: string): FileFormat {
  const s = sample.replace(/^\uFEFF/, '').trimStart();
  if (s.startsWith('[')) return 'json';
  if (s.startsWith('{')) return 'ndjson';
  return 'csv';
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join(';');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Parses JSON (an array of objects) or NDJSON (one object per line) into a header and rows of text cells. */
export function jsonRecords(text: string, format: 'json' | 'ndjson'): { header: string[]; rows: string[][]; bad: number[] } {
  let objects: unknown[];
  const bad: number[] = [];
  if (format === 'json') {
    let parsed: unknown;
    try { parsed = JSON.parse(text.replace(/^\uFEFF/, '')); } catch (e) {
      throw new ImportError('import.error.json', { detail: (e as Error).message });
    }
    if (!Array.isArray(parsed)) throw new ImportError('import.error.jsonShape');
    objects = parsed;
  } else {
    objects = [];
    text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try { objects.push(JSON.parse(line)); } catch { bad.push(i + 1); }
    });
  }
  const header: string[] = [];
  const seen = new Set<string>();
  for (const o of objects) {
    if (typeof o !== 'object' || o === null || Array.isArray(o)) continue;
    for (const k of Object.keys(o)) if (!seen.has(k)) { seen.add(k); header.push(k); }
  }
  if (objects.length > 0 && header.length === 0) throw new ImportError('import.error.jsonShape');
  const rows = objects.map((o) => header.map((k) => cellText((o as Record<string, unknown>)?.[k])));
  return { header, rows, bad };
}
