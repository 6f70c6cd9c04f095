// The structure of a workbook read from its zip (fflate): its sheets in order, the part holding each, and the Excel
// table objects and pivot tables each sheet holds (read-excel-file reads cells but not these).

import { strFromU8, unzipSync } from 'fflate';
import { type CellRange, parseRange } from './cell-ref';
import { tags } from './xml-attributes';

/** An Excel table object (Insert › Table): its range, header and totals rows, and its column names. */
export interface TableObject {
  name: string;
  range: CellRange;
  /** Rows of the range that are header rows (1, or 0 for a table without one) and totals rows at its end. */
  headerRows: number;
  totalsRows: number;
  columns: string[];
}

/** A sheet as the workbook lists it. */
export interface SheetPart {
  name: string;
  /** The zip entry of a worksheet; undefined for a chart sheet or a dialog sheet (no cells). */
  path?: string;
  tables: TableObject[];
  /** The sheet holds a pivot table. */
  pivot: boolean;
  /** Hidden in Excel (state hidden or veryHidden). */
  hidden: boolean;
}

/** The last path segment's folder: "xl/worksheets/sheet1.xml" → "xl/worksheets/". */
const folder = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** A relationship's target as a zip path, from the folder of the part that points to it. */
function resolve(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

/** The relationships of `part` (from its `_rels/*.rels`): id → { type (last word of the URI), path }. */
function relations(files: Record<string, Uint8Array>, part: string): Map<string, { type: string; path: string }> {
  const rels = files[`${folder(part)}_rels/${part.slice(folder(part).length)}.rels`];
  const out = new Map<string, { type: string; path: string }>();
  if (!rels) return out;
  for (const r of tags(strFromU8(rels), 'Relationship')) {
    if (r.TargetMode === 'External' || !r.Target) continue;
    out.set(r.Id, { type: (r.Type ?? '').slice((r.Type ?? '').lastIndexOf('/') + 1), path: resolve(folder(part), r.Target) });
  }
  return out;
}

function tableObject(xml: string): TableObject | undefined {
  const [table] = tags(xml, 'table');
  const range = table?.ref ? parseRange(table.ref) : undefined;
  if (!range) return undefined;
  return {
    name: table.displayName || table.name || '',
    range,
    headerRows: table.headerRowCount === undefined ? 1 : Number(table.headerRowCount),
    totalsRows: table.totalsRowCount === undefined ? 0 : Number(table.totalsRowCount),
    columns: tags(xml, 'tableColumn').map((c) => c.name ?? ''),
  };
}

/** The small parts of the workbook: workbook.xml, every relationships file, the table objects. */
const wanted = (name: string) => name === 'xl/workbook.xml' || name.endsWith('.rels') || /^xl\/tables\/[^/]+\.xml$/.test(name);

/** The sheets of the workbook in `zip`, in the order the workbook lists them (the order read-excel-file reads). */
export function workbookParts(zip: Uint8Array): SheetPart[] {
  const files = unzipSync(zip, { filter: (f) => wanted(f.name) });
  const workbook = files['xl/workbook.xml'];
  if (!workbook) return [];
  const rels = relations(files, 'xl/workbook.xml');
  return tags(strFromU8(workbook), 'sheet').filter((s) => s.name).map((s) => {
    const rel = rels.get(s.id), hidden = s.state === 'hidden' || s.state === 'veryHidden';
    if (rel?.type !== 'worksheet') return { name: s.name, tables: [], pivot: false, hidden };
    const own = [...relations(files, rel.path).values()];
    const tables = own.filter((r) => r.type === 'table' && files[r.path]).map((r) => tableObject(strFromU8(files[r.path])));
    return {
      name: s.name, path: rel.path,
      tables: tables.filter((t): t is TableObject => t !== undefined),
      pivot: own.some((r) => r.type === 'pivotTable'),
      hidden,
    };
  });
}
