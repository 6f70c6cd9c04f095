// Import fuzz (issue 15): random delimited files — doubles of every magnitude, text with delimiters, quotes and line
// breaks, random quoting, four delimiters, three line ends, BOMs, UTF-8, UTF-16LE/BE and windows-1251 — imported on
// the byte path, the text path and in the preview: no crash, no hang, the generator's row count, each number cell the
// double written and each text cell as written. A new seed each run; replay a failure with FUZZ_SEED=<seed>.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Delimiter, ImportOptions } from '../../../../../src/engine/api';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import { cellValue } from '../../../../../src/engine/table';

const SEED = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;
const RUNS = Number(process.env.FUZZ_RUNS) || 300;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
type Col = { kind: 'number'; cells: (number | null)[]; style: number[] } | { kind: 'text'; cells: string[] };
interface Case { cols: Col[]; rows: number; delimiter: string; eol: string; finalEol: boolean; bom: boolean; encoding: Encoding; quote: boolean[] }

/** windows-1251 bytes of ASCII and the Cyrillic letters (А–я, Ё, ё), written from the code page's table. */
function cp1251(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    throw new Error(`not in windows-1251: ${ch}`);
  });
}

function encode(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  if (encoding === 'windows-1251') return cp1251(text);
  if (encoding === 'utf-8') return new TextEncoder().encode((bom ? '\ufeff' : '') + text);
  const s = (bom ? '\ufeff' : '') + text, out = new Uint8Array(s.length * 2), le = encoding === 'utf-16le';
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out;
}

/**
 * A double as a person or a program writes it (`style`): shortest form, with an exponent (a whole number past 2^53
 * always: its digits alone read as text), an upper-case E, a plus sign, spaces around it.
 */
function numberText(d: number, style: number): string {
  const exp = style % 2 === 1 || (Number.isInteger(d) && Math.abs(d) > Number.MAX_SAFE_INTEGER);
  let s = exp ? d.toExponential() : String(d);
  if (style === 3) s = s.toUpperCase();
  if (style === 4 && d >= 0) s = `+${s}`;
  if (style === 5) s = ` ${s}  `;
  return s;
}

/**
 * A field as written: quoted when it must be (a delimiter, a line break, a leading quote) or when the coin says so;
 * else a quote inside stays as it is (`5" screen`), which reads as written, with a warning.
 */
function field(text: string, delimiter: string, quote: boolean): string {
  const must = text.includes(delimiter) || /[\r\n]/.test(text) || text.startsWith('"');
  return must || quote ? `"${text.replace(/"/g, '""')}"` : text;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  ncols: fc.integer({ min: 1, max: 5 }),
  rows: fc.integer({ min: 0, max: 25 }),
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  finalEol: fc.boolean(),
  bom: fc.boolean(),
  encoding: fc.constantFrom<Encoding>('utf-8', 'utf-16le', 'utf-16be', 'windows-1251'),
}).chain(({ ncols, rows, ...rest }) => {
  const cyrillicOnly = rest.encoding === 'windows-1251';
  const letters = cyrillicOnly ? ['a', 'Z', 'ж', 'Ё'] : ['a', 'Z', 'ж', 'ə', 'ş', 'ف', '😀'];
  const unit = fc.constantFrom(...letters, ' ', ',', ';', '\t', '|', '"', "'", '\r', '\n', '\r\n', '1', '.', '-', '=');
  // A one-column file has no blank lines: its cells are never empty (a blank line is skipped, not a row).
  const text = fc.array(unit, { minLength: ncols === 1 ? 1 : 0, maxLength: 6 }).map((u) => u.join('')).filter((s) => ncols > 1 || s.trim() !== '');
  const double = fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d));
  const col: fc.Arbitrary<Col> = fc.oneof(
    fc.record({ kind: fc.constant('number' as const), cells: fc.array(ncols === 1 ? double : fc.option(double, { freq: 6 }), { minLength: rows, maxLength: rows }), style: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: rows, maxLength: rows }) }),
    fc.record({ kind: fc.constant('text' as const), cells: fc.array(text, { minLength: rows, maxLength: rows }) }),
  );
  return fc.record({
    cols: fc.array(col, { minLength: ncols, maxLength: ncols }),
    quote: fc.array(fc.boolean(), { minLength: (rows + 1) * ncols, maxLength: (rows + 1) * ncols }),
  }).map((r) => ({ ...rest, ...r, rows, bom: rest.encoding === 'windows-1251' ? false : rest.bom }));
});

/** The file's text: a header h0 … and the rows, each cell written by its column's kind; `times` repeats the rows. */
function fileText(c: Case, times = 1): string {
  const names = c.cols.map((_, k) => field(`h${k}`, c.delimiter, c.quote[k]));
  const lines = [names.join(c.delimiter)];
  for (let r = 0; r < c.rows; r++) {
    lines.push(c.cols.map((col, k) => {
      const q = c.quote[(r + 1) * c.cols.length + k];
      if (col.kind === 'text') return field(col.cells[r], c.delimiter, q);
      const d = col.cells[r];
      return d === null ? '' : field(numberText(d, col.style[r]), c.delimiter, q);
    }).join(c.delimiter));
  }
  const body = lines.slice(1).join(c.eol);
  return [lines[0], ...Array<string>(c.rows ? times : 0).fill(body)].join(c.eol) + (c.finalEol ? c.eol : '');
}

/** What the table must hold: each number as the double, each text cell as written (a blank one empty: null). */
const expected = (c: Case) => c.cols.map((col) => col.kind === 'number' ? col.cells : col.cells.map((s) => (s.trim() === '' ? null : s)));

/** The rows (1-based, the header 1) with a quote inside a field written unquoted. */
function looseRows(c: Case): number[] {
  const out: number[] = [];
  for (let r = 0; r < c.rows; r++) {
    const loose = c.cols.some((col, k) => col.kind === 'text' && field(col.cells[r], c.delimiter, c.quote[(r + 1) * c.cols.length + k]) === col.cells[r] && col.cells[r].includes('"'));
    if (loose) out.push(r + 2);
  }
  return out;
}

/** Options as a user would confirm them in the dialog (see the first property). */
const optionsOf = (c: Case): Partial<ImportOptions> => ({
  delimiter: c.delimiter as Delimiter,
  ...(c.bom || c.encoding === 'utf-8' ? {} : { encoding: c.encoding }),
  columns: Object.fromEntries(c.cols.flatMap((col, k) => (col.kind === 'text' ? [[`h${k}`, { type: 'text' as const }]] : []))),
});

describe(`import fuzz (seed ${SEED})`, () => {
  it('random files import on every path with the generator\'s rows and cells', async () => {
    await fc.assert(fc.asyncProperty(caseArb, async (c) => {
      const file = new Blob([encode(fileText(c), c.encoding, c.bom) as BlobPart]);
      // The encoding is named where no BOM tells it (a few random cells are no sample to guess a code page from);
      // text columns stay text (random letters may look like dates or lists); number columns are inferred.
      const options = optionsOf(c);
      const want = expected(c);
      for (const text of [false, true]) {
        const { table, summary } = await importFile(file, 't', 'fuzz', options, undefined, undefined, text);
        expect([table.rowCount, table.columns.map((col) => col.name)]).toEqual([c.rows, c.cols.map((_, k) => `h${k}`)]);
        const got = table.columns.map((col) => Array.from({ length: table.rowCount }, (_, i) => cellValue(col, i)));
        expect({ path: text ? 'text' : 'bytes', got }).toEqual({ path: text ? 'text' : 'bytes', got: want });
        // The only warnings: quotes inside unquoted fields, one per row at most.
        expect(summary.warnings.filter((w) => w.key !== 'import.warning.quote')).toEqual([]);
        expect(summary.warnings.map((w) => w.row)).toEqual(looseRows(c));
      }
      const preview = await previewFile(file, options);
      expect([preview.rowCount, preview.rowsExact, preview.columns.length]).toEqual([c.rows, true, c.cols.length]);
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  }, 300_000);

  it('files past the 4 MiB read chunk and the 256 KiB sample: every record whole across the boundaries', async () => {
    const big = caseArb.filter((c) => c.rows > 0);
    await fc.assert(fc.asyncProperty(big, fc.integer({ min: 0, max: 50_000 }), async (c, extra) => {
      const once = encode(fileText(c), c.encoding, false).length;
      const times = Math.ceil((4 * 1024 * 1024 + extra) / once);
      const file = new Blob([encode(fileText(c, times), c.encoding, c.bom) as BlobPart]);
      const want = expected(c);
      for (const text of [false, true]) {
        const { table } = await importFile(file, 't', 'fuzz', optionsOf(c), undefined, undefined, text);
        expect(table.rowCount).toBe(c.rows * times);
        // The rows of the last copy, and of the copy that spans the chunk's end.
        const middle = Math.floor((4 * 1024 * 1024) / once) * c.rows;
        for (const from of [table.rowCount - c.rows, Math.max(0, middle - c.rows), middle]) {
          const got = table.columns.map((col) => Array.from({ length: c.rows }, (_, i) => cellValue(col, from + i)));
          expect({ path: text ? 'text' : 'bytes', from, got }).toEqual({ path: text ? 'text' : 'bytes', from, got: want });
        }
      }
      const preview = await previewFile(file, optionsOf(c));
      expect([preview.rowsExact, preview.columns.length]).toEqual([false, c.cols.length]);
      // The estimate from the first 256 KiB is near the count (the rows repeat, so their bytes per row do too).
      expect(Math.abs(preview.rowCount! / (c.rows * times) - 1)).toBeLessThan(0.05);
    }), { numRuns: Number(process.env.FUZZ_BIG_RUNS) || 4, seed: SEED, endOnFailure: true });
  }, 600_000);
});
