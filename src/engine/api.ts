// The one door to the engine: every call the UI makes to the worker, typed. Results are small plain data.

import type { Problem } from '../i18n/problem';
import type { ColumnSpec, ColumnType, Project } from '../model/types';
import type { MembersFormat } from './export-members';
import type { KeyReport } from './key-report';
import type { SmsInfo } from './sms';

/** `' '`: columns aligned by runs of spaces (a line may start with spaces), as in fixed-width text exports. */
export type Delimiter = ',' | ';' | '\t' | '|' | ' ';
/** Text formats (`csv` covers every delimiter) and the binary ones, told apart by their first bytes. */
export type FileFormat = 'csv' | 'json' | 'ndjson' | 'xlsx' | 'parquet' | 'arrow' | 'zip';

/** How to read a file; sniffed by `preview`, overridable by the user before `importFile`. */
export interface ImportOptions {
  format: FileFormat;
  delimiter: Delimiter;
  /** A TextDecoder label: utf-8, windows-1251, windows-1254, windows-1256 … */
  encoding: string;
  /** Per-column overrides of the inferred type, date format, decimal separator, tag separator. */
  columns: Record<string, ColumnSpec>;
  /** xlsx: the sheet to read, by name (default: the first sheet that has a header row). */
  sheet?: string;
  /** xlsx: the 1-based row of the sheet that holds the header (default: found from the sheet or its table object). */
  headerRow?: number;
  /** zip: the file inside to read, by its path in the archive, or `*` for all of them as one table. */
  entry?: string;
}

/** A sheet of a workbook, as the preview lists it. */
export interface SheetInfo {
  name: string;
  /** Rows below the header (all non-empty rows when no header was found). */
  rows: number;
  /** 1-based row of the header row found in the sheet; absent for a sheet without one (empty, a chart, a pivot). */
  headerRow?: number;
  /** The Excel table object the range came from, when there is one. */
  table?: string;
}

/** A file inside a zip archive, as the preview lists it. */
export interface ZipEntryInfo {
  /** Path inside the archive. */
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
}

export type { KeyReport } from './key-report';

export interface ImportWarning {
  /** 1-based line or record number in the file; 0 for file-level warnings. */
  row: number;
  /** i18n key, e.g. `import.warning.fieldCount`, with its params. */
  key: string;
  params?: Record<string, string | number>;
}

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** Inferred date format (`YYYY-MM-DD`, `D.M.YYYY`, `M/D/YYYY H:MM` …) for date columns. */
  format?: string;
  decimal?: '.' | ',';
  separator?: string;
  empty: number;
  distinct: number;
  /** The most frequent values (up to 100) with their counts, most frequent first. For tags: per tag. */
  top: { value: string; count: number }[];
  /** Numbers: numbers; dates: ISO strings. */
  min?: number | string;
  max?: number | string;
  /** Numbers: about 20 bins with nice bounds, each holding values from ≤ v < to, ascending; empties left out. */
  histogram?: { from: number; to: number; count: number }[];
}

/** A text column's values as the filter tells them apart: one entry per folded value, with its most frequent spelling. */
export interface TextValueCounts {
  /** The most frequent folded values, most rows first (ties: first seen first), each as its most frequent spelling. */
  top: { value: string; count: number }[];
  /** How many folded values the column has (empties not counted). */
  distinct: number;
}

export interface ImportPreview {
  options: ImportOptions;
  /** Columns with their inferred type, as they would be imported with `options`. */
  columns: ColumnProfile[];
  /** The first rows as raw text cells, for the preview grid. */
  rows: string[][];
  warnings: ImportWarning[];
  /** Data rows in the file: exact when `rowsExact`, otherwise an estimate from the part read. */
  rowCount?: number;
  rowsExact?: boolean;
  /** xlsx: every sheet of the workbook. */
  sheets?: SheetInfo[];
  /** zip: every file in the archive that can be imported. */
  entries?: ZipEntryInfo[];
}

export interface TableSummary {
  id: string;
  /** The file name or "Demo customers". */
  name: string;
  rowCount: number;
  columns: ColumnProfile[];
  warnings: ImportWarning[];
}

export interface NodeCount {
  count: number;
  /** Size of the node's input set (for "share of input"); absent for sources. */
  input?: number;
  branches?: Record<string, number>;
  reached?: number;
  /**
   * Filters with two or more conditions: members of the input left after conditions 1..k (all) or gained by them (any),
   * before NOT; the last equals the count unless the filter is negated.
   */
  steps?: number[];
  error?: Problem;
}

export interface CountResult {
  total: number;
  nodes: Record<string, NodeCount>;
  /** Milliseconds the evaluation took in the engine. */
  ms: number;
  /** The "as of" date relative dates were counted from (ISO `YYYY-MM-DD`): the project's, or the latest in the data, or today. */
  asOf?: string;
}


/** A column to sort members by; the direction is named as `aria-sort` names it. */
export interface MembersSort {
  column: string;
  direction: 'ascending' | 'descending';
}

/** A window of members: from member number `offset` (0-based), at most `limit` (up to 1,000), optionally sorted. */
export interface MembersPageRequest {
  offset: number;
  limit: number;
  sort?: MembersSort;
}

/** One window of a node's members, in the order asked for. Cells are plain values: null is empty, dates ISO text. */
export interface MembersPage {
  columns: { name: string; type: ColumnType }[];
  rows: (string | number | boolean | null)[][];
  /** All members of the node (or branch). */
  total: number;
  /** Member number of the first row (the asked offset, clamped to 0 … total). */
  offset: number;
  /** The sort applied; absent when none was asked or the column does not exist. */
  sort?: MembersSort;
}

export interface MessagePreview {
  /** Members of the node; the preview shows member number `index` (0-based) of them. */
  total: number;
  index: number;
  rendered?: { subject?: string; body: string };
  /** A broken template: where, in which field; `tooLong` past the template limits (template-limits.ts). The message is never blanked by it. */
  error?: { line: number; column: number; message: string; field: 'subject' | 'body'; tooLong?: true };
  /** Columns the template prints without a `default` that are empty for this member. */
  emptyFields: string[];
  /** For SMS: encoding, length and parts of the rendered body. */
  sms?: SmsInfo;
}

/** What to export of a node's members: the file format, a split branch, and whether to add the rendered message. */
export interface MembersExportRequest {
  format: MembersFormat;
  branch?: string;
  /** Adds message_channel, message_subject (email only) and message_body, rendered per member. */
  messages?: boolean;
  /** CSV only: start with a byte-order mark, so spreadsheet programs read UTF-8 (Cyrillic, Persian …) right. */
  bom?: boolean;
}

/**
 * A node's members as a file to save: its bytes (transferred, not copied), name and media type; or why it cannot be
 * made (a template that does not render, at its line and column; a node without a message; no data).
 */
export type MembersExport =
  | { ok: true; bytes: ArrayBuffer; name: string; type: string; rows: number }
  | { ok: false; problem: Problem };

export interface EngineApi {
  /** Sniffs and parses the start of a file: options, inferred columns, first rows. */
  preview(file: Blob, options?: Partial<ImportOptions>): Promise<ImportPreview>;
  /** Parses the whole file (streaming, reporting progress 0..1), keeps and persists it as table `tableId`. */
  importFile(file: Blob, tableId: string, options: ImportOptions, onProgress?: (fraction: number) => void): Promise<TableSummary>;
  /** Stops the running import; its promise rejects with an AbortError and nothing is replaced. */
  cancelImport(): void;
  /** Makes the built-in demo customers table `tableId` (deterministic). */
  loadDemo(tableId: string): Promise<TableSummary>;
  /** Loads persisted tables from storage; returns what is loaded. */
  restoreTables(): Promise<TableSummary[]>;
  tables(): Promise<TableSummary[]>;
  /** Counts every node. Resolves to null when a newer count request superseded this one. */
  count(project: Project, seq: number): Promise<CountResult | null>;
  /** The node's message rendered for its member number `index`. Resolves to null when a newer preview request superseded this one. */
  messagePreview(project: Project, nodeId: string, index: number): Promise<MessagePreview | null>;
  /** Members shared by each pair of nodes: [i][j] = |rows[i] ∩ cols[j]| (segments × stages). */
  overlap(project: Project, rows: string[], cols: string[]): Promise<number[][]>;
  /**
   * A window of a node's (or split branch's) members, sorted by a column over all its members: empties last in both
   * directions, ties in row order, text by the project locale's collation. The order is kept, so the next window is cheap.
   */
  membersPage(project: Project, nodeId: string, branch: string | undefined, request: MembersPageRequest): Promise<MembersPage>;
  /**
   * A text column's values counted over the whole table per value folded by `locale` (case and surrounding spaces
   * ignored, as conditions match), at most `limit` (up to 1,000). Null when the table or text column does not exist.
   */
  valueCounts(tableId: string, column: string, locale: string, limit: number): Promise<TextValueCounts | null>;
  /** Empty and duplicate values of a table's key column (reported after an import); null without that table or column. */
  keyReport(tableId: string, column: string): Promise<KeyReport | null>;
  /** All members of a node (or split branch) as a CSV, JSON or XLSX file, with their rendered message when asked. */
  exportMembers(project: Project, nodeId: string, request: MembersExportRequest): Promise<MembersExport>;
}
