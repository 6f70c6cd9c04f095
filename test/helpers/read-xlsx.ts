// Reads the first sheet of an .xlsx file back in tests: unzipped with fflate, cells read from the sheet XML as typed
// values (numbers, booleans, shared or inline strings, and the cell's style so dates can be told apart).

import { strFromU8, unzipSync } from 'fflate';

export interface XlsxCell { ref: string; type: 'n' | 's' | 'b' | 'str' | 'inlineStr'; value: string | number | boolean; style?: number }

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\/>/g)].map((m) => unescape(m[1] ?? '')).join('');

/** Every file of the archive as text. */
export function xlsxFiles(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The first sheet as rows of cells (empty cells left out), strings resolved through sharedStrings.xml. */
export function readXlsx(bytes: Uint8Array): { rows: XlsxCell[][]; files: Record<string, string> } {
  const files = xlsxFiles(bytes);
  const shared = [...(files['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]));
  const sheet = files['xl/worksheets/sheet1.xml'];
  const rows = [...sheet.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c): XlsxCell => {
      const attr = (name: string) => c[1].match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
      const type = (attr('t') ?? 'n') as XlsxCell['type'];
      const inner = c[2] ?? '';
      const v = unescape(inner.match(/<v>([\s\S]*?)<\/v>/)?.[1] ?? '');
      const value = type === 's' ? shared[Number(v)] : type === 'inlineStr' ? texts(inner) : type === 'b' ? v === '1' : type === 'n' ? Number(v) : v;
      const style = attr('s');
      return { ref: attr('r') ?? '', type, value, ...(style === undefined ? {} : { style: Number(style) }) };
    }));
  return { rows, files };
}
