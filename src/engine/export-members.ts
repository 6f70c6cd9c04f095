// A node's members as a file: CSV, JSON or XLSX bytes, the media type and a file name made from the node's name.

import type { ProjectNode } from '../model/types';
import type { MembersExport, MembersExportRequest } from './api';
import { toCsv } from './export-csv';
import { toXlsx } from './export-xlsx';
import { memberGrid, type MemberGrid } from './member-grid';
import type { Table } from './table';

export type MembersFormat = 'csv' | 'json' | 'xlsx';

export const MEDIA_TYPES: Record<MembersFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface EncodeOptions {
  /** The sheet's name in an XLSX file. */
  sheet: string;
  rightToLeft?: boolean;
  /** Starts a CSV with a byte-order mark, so spreadsheet programs read its UTF-8 (Cyrillic, Persian …) right. */
  bom?: boolean;
}

/** The grid in `format`: CSV and XLSX neutralise formula-like text; JSON is an array of objects, one per member. */
export async function encodeMembers(grid: MemberGrid, format: MembersFormat, options: EncodeOptions): Promise<Uint8Array> {
  if (format === 'xlsx') return toXlsx(grid, options.sheet, options.rightToLeft);
  const text = format === 'json'
    ? JSON.stringify(grid.rows.map((r) => Object.fromEntries(grid.columns.map((c, k) => [c, r[k]])))) + '\n'
    : (options.bom ? '\uFEFF' : '') + toCsv(grid.columns, grid.rows);
  return new TextEncoder().encode(text);
}

/** What a node is called in a file name or sheet: a segment's or stage's name, a filter's label, else its id. */
export function nodeLabel(node: ProjectNode, branch?: string): string {
  const base = node.type === 'segment' || node.type === 'stage' ? node.name : node.type === 'filter' && node.label ? node.label : node.id;
  const branchLabel = node.type === 'split' && node.kind === 'random' ? node.branches.find((b) => b.id === branch)?.label : branch;
  return branch ? `${base} ${branchLabel ?? branch}` : base;
}

/** `Young VIPs` → `young-vips.csv`: letters and digits of any script kept, the rest become single dashes. */
export function fileName(label: string, format: MembersFormat, locale = 'en'): string {
  const slug = label.toLocaleLowerCase(locale).replace(/[^\p{L}\p{N}\p{M}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${slug || 'members'}.${format}`;
}

/** Writing direction of a project's language, for the sheet (Persian and other right-to-left scripts). */
const RTL = new Set(['fa', 'ar', 'he', 'ur']);

/**
 * The file of `rows` of `table` (the members of `node`), with the node's message rendered per member when asked.
 * A template that does not render is reported at its line and column, naming the node; one past the template limits
 * (too long, too slow, too big: template-limits.ts) as taking too long to render. Nothing is half-written.
 */
export async function membersFile(node: ProjectNode | undefined, table: Table | undefined, rows: Uint32Array, locale: string, request: MembersExportRequest): Promise<MembersExport> {
  if (!node) return { ok: false, problem: { path: '', key: 'engine.export.noNode', params: { node: '' } } };
  const label = nodeLabel(node, request.branch);
  if (!table) return { ok: false, problem: { path: '', key: 'engine.export.noData', params: { node: label } } };
  const message = node.type === 'segment' || node.type === 'stage' ? node.message : undefined;
  if (request.messages && !message) return { ok: false, problem: { path: '', key: 'engine.export.noMessage', params: { node: label } } };
  const grid = memberGrid(table, rows, request.messages ? message : undefined, locale);
  if ('failure' in grid) {
    const { error, field } = grid.failure;
    if (error.tooLong) return { ok: false, problem: { path: '', key: `message.export.${field}TooLong`, params: { node: label } } };
    return { ok: false, problem: { path: '', key: `engine.export.${field}Error`, params: { node: label, line: error.line, column: error.column, detail: error.message } } };
  }
  const rightToLeft = RTL.has(locale.toLowerCase().split(/[-_]/)[0]);
  const bytes = await encodeMembers(grid, request.format, { sheet: label, rightToLeft, bom: request.bom });
  return { ok: true, bytes: bytes.buffer as ArrayBuffer, name: fileName(label, request.format, locale), type: MEDIA_TYPES[request.format], rows: grid.rows.length };
}
