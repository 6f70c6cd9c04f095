// Builds .xlsx files byte by byte for the tests: the sheet XML as the test writes it, zipped with fflate.

import { strToU8, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface TableSpec { name: string; ref: string; columns: string[]; headerRowCount?: number; totalsRowCount?: number }

export interface SheetSpec {
  name: string;
  /** The inside of `<sheetData>`; absent for a chart sheet. */
  rows?: string;
  tables?: TableSpec[];
  pivot?: boolean;
  hidden?: boolean;
}

/**
 * Styles of the built workbooks: 0 General, 1 a custom yyyy-mm-dd format (164), 2 the built-in date format 14,
 * 3 a number format with two decimals (built-in 2).
 */
const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>`
  + '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A cell: text as an inline string, a number as a number cell (General format). */
export function cell(ref: string, v: string | number): string {
  return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

/** A row `r` of cells from column `col` (a letter) on. */
export function row(r: number, values: (string | number | null)[], col = 'A'): string {
  const start = col.charCodeAt(0);
  return `<row r="${r}">${values.map((v, i) => (v === null ? '' : cell(String.fromCharCode(start + i) + r, v))).join('')}</row>`;
}

/** The .xlsx file of these sheets; `date1904` sets the workbook's 1904 date system. */
export function workbook(sheets: SheetSpec[], { date1904 = false } = {}): Blob {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string) => { files[path] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`); };
  put('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  put('_rels/.rels', `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels: string[] = [`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`];
  let tableNo = 0;
  sheets.forEach((s, i) => {
    const n = i + 1;
    if (s.rows === undefined) {
      rels.push(`<Relationship Id="rId${n}" Type="${REL}/chartsheet" Target="chartsheets/sheet${n}.xml"/>`);
      put(`xl/chartsheets/sheet${n}.xml`, `<chartsheet xmlns="${MAIN}"/>`);
      return;
    }
    rels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    const parts = (s.tables ?? []).map((t) => {
      tableNo++;
      const attrs = [`headerRowCount="${t.headerRowCount ?? 1}"`, t.totalsRowCount ? `totalsRowCount="${t.totalsRowCount}"` : ''].join(' ');
      put(`xl/tables/table${tableNo}.xml`, `<table xmlns="${MAIN}" id="${tableNo}" name="${t.name}" displayName="${t.name}" ref="${t.ref}" ${attrs}>`
        + `<tableColumns count="${t.columns.length}">${t.columns.map((c, k) => `<tableColumn id="${k + 1}" name="${esc(c)}"/>`).join('')}</tableColumns></table>`);
      return `<Relationship Id="rIdT${tableNo}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`;
    });
    if (s.pivot) {
      parts.push(`<Relationship Id="rIdP${n}" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable${n}.xml"/>`);
      put(`xl/pivotTables/pivotTable${n}.xml`, `<pivotTableDefinition xmlns="${MAIN}" name="PivotTable${n}"/>`);
    }
    if (parts.length) put(`xl/worksheets/_rels/sheet${n}.xml.rels`, `<Relationships xmlns="${PKG}">${parts.join('')}</Relationships>`);
    put(`xl/worksheets/sheet${n}.xml`, `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${s.rows}</sheetData></worksheet>`);
  });
  put('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`);
  put('xl/styles.xml', STYLES);
  put('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>`
    + `${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`);
  return new Blob([zipSync(files)]);
}
