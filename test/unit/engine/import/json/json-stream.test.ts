// JSON lists read element by element and NDJSON line by line, in chunks of any size: items that are not objects are
// skipped with their numbers, keys seen late become columns, strings with brackets, quotes and line breaks survive a
// cut anywhere, deep nesting does not crash, and a cancelled read stops.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile, previewFile } from '../../../../../src/engine/import/index';
import type { JsonSink } from '../../../../../src/engine/import/json-sink';
import { readJson } from '../../../../../src/engine/import/json-stream';
import { cellValue, type Table } from '../../../../../src/engine/table';

const utf8 = new TextEncoder();

/** The sink's columns as text: the header, then each row's cells ('' when empty). */
function textTable(sink: JsonSink): { header: string[]; rows: string[][] } {
  const columns = sink.builders.map((b) => b.build({ type: 'text' }, { cells: 0, firstRow: -1 }));
  const n = sink.builders[0]?.rows ?? 0;
  return { header: sink.header ?? [], rows: Array.from({ length: n }, (_, i) => columns.map((c) => (cellValue(c, i) as string | null) ?? '')) };
}

const read = (text: string, format: 'json' | 'ndjson' = 'json', chunk?: number) => readJson(new Blob([text]), format, 'utf-8', undefined, undefined, chunk);

const rowsOf = (t: Table) => Array.from({ length: t.rowCount }, (_, i) => t.columns.map((c) => cellValue(c, i)));

describe('a JSON list', () => {
  it('skips items that are not objects, naming each by its number, and makes a column of a key seen late', async () => {
    const { table, summary } = await importFile(new Blob(['[{"a":1}, 2, "x", [1, {"a":9}], null, {"a":3,"b":"y"}, true, {"b":"z"}]']), 't', 't');
    expect(table.columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(rowsOf(table)).toEqual([[1, null], [3, 'y'], [null, 'z']]);
    expect(summary.warnings).toEqual([
      { row: 2, key: 'import.json.itemNotObject', params: { row: 2, kind: 'number' } },
      { row: 3, key: 'import.json.itemNotObject', params: { row: 3, kind: 'string' } },
      { row: 4, key: 'import.json.itemNotObject', params: { row: 4, kind: 'array' } },
      { row: 5, key: 'import.json.itemNotObject', params: { row: 5, kind: 'null' } },
      { row: 7, key: 'import.json.itemNotObject', params: { row: 7, kind: 'boolean' } },
    ]);
  });

  it('refuses a list with no object in it, and broken JSON, with the messages that say which', async () => {
    await expect(read('[1, "a", null]')).rejects.toMatchObject({ key: 'import.error.jsonShape' });
    await expect(read('[{}, {}]')).rejects.toMatchObject({ key: 'import.error.jsonShape' });
    await expect(read('{"a": 1}')).rejects.toMatchObject({ key: 'import.error.jsonShape' });
    await expect(read('[{"a": }]')).rejects.toMatchObject({ key: 'import.error.json' });
    await expect(read('[]')).rejects.toMatchObject({ key: 'import.error.empty' });
  });

  it('keeps what it can of a list cut short or followed by other text, and says so', async () => {
    const cut = await read('[{"a":"1"},{"a":"2"},{"a":');
    expect(textTable(cut).rows).toEqual([['1'], ['2']]);
    expect(cut.warnings.map((w) => [w.row, w.key])).toEqual([[3, 'import.json.badItem'], [0, 'import.json.unclosed']]);
    const unclosed = await read('[{"a":"1"},{"a":"2"}\n');
    expect(textTable(unclosed).rows).toEqual([['1'], ['2']]);
    expect(unclosed.warnings).toEqual([{ row: 0, key: 'import.json.unclosed', params: { count: 2 } }]);
    const trailing = await read('[{"a":"1"}] [{"a":"2"}]');
    expect(textTable(trailing).rows).toEqual([['1']]);
    expect(trailing.warnings).toEqual([{ row: 0, key: 'import.json.trailing' }]);
  });

  // Strings that end a naive scan early (], }, a comma, an escaped quote, a backslash at the end), line breaks,
  // Cyrillic, an emoji (4 bytes in UTF-8, cut by small chunks), nested values and odd whitespace.
  const TRICKY = `\uFEFF [
    {"id": "1", "note": "a ] b } c, d", "q": "say \\"hi\\"", "path": "C:\\\\dir\\\\", "tags": ["x", "y"]},
    {"id":"2","note":"line\\nbreak","city":"Бишкек 🏔","nested":{"k":[1,{"z":"]"}]}},\r\n\t{"id": "3", "q": "\\\\\\"", "empty": null}
  ]`;
  const EXPECTED = {
    header: ['id', 'note', 'q', 'path', 'tags', 'city', 'nested', 'empty'],
    rows: [
      ['1', 'a ] b } c, d', 'say "hi"', 'C:\\dir\\', 'x;y', '', '', ''],
      ['2', 'line\nbreak', '', '', '', 'Бишкек 🏔', '{"k":[1,{"z":"]"}]}', ''],
      ['3', '', '\\"', '', '', '', '', ''],
    ],
  };

  it.each([1, 2, 3, 5, 7, 16, 64, 1 << 20])('reads tricky strings the same whatever the chunk size (%i bytes)', async (chunk) => {
    const sink = await read(TRICKY, 'json', chunk);
    expect(textTable(sink)).toEqual(EXPECTED);
    expect(sink.warnings).toEqual([]);
  });

  it('gives the same table for random lists cut into random chunks as JSON.parse of the whole text', async () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('"', '\\', ']', '}', ',', '[{', '\n', 'é', '😀'), fc.integer(), fc.constant(null));
    await fc.assert(fc.asyncProperty(
      fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c ]', 'd"'), value, { minKeys: 1 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 1, max: 40 }), fc.constantFrom('', ' ', '\n  '),
      async (objects, chunk, space) => {
        const text = `[${space}${objects.map((o) => JSON.stringify(o, null, space ? 1 : undefined)).join(`,${space}`)}${space}]`;
        const parsed = JSON.parse(text) as Record<string, unknown>[];
        const header = [...new Set(parsed.flatMap((o) => Object.keys(o)))];
        const rows = parsed.map((o) => header.map((k) => (o[k] === null || o[k] === undefined ? '' : String(o[k]))));
        const { header: h, rows: r } = textTable(await read(text, 'json', chunk));
        expect(h).toEqual(header);
        // A cell of blanks only reads as empty.
        expect(r).toEqual(rows.map((row) => row.map((c) => (c.trim() === '' ? '' : c))));
      },
    ), { numRuns: 200 });
  });
});

describe('numbers in JSON', () => {
  it('keep the text they were written with, where String of the parsed number would differ', async () => {
    const item = '{"id": 1, "price": 1.10, "iccid": 89994012345678901234, "big": 1e309, "neg": -0, "e": 1E5, "tiny": 0.0000001, '
      + '"plain": 12.5, "n": {"x": 1.10}, "s": "1.10", "dup": 1.50, "dup": 2, "list": [2.50]}';
    const expected = {
      header: ['id', 'price', 'iccid', 'big', 'neg', 'e', 'tiny', 'plain', 'n', 's', 'dup', 'list'],
      // Nested values are their JSON (or a list's items) as JSON.parse gives them: only top-level numbers keep their text.
      rows: [['1', '1.10', '89994012345678901234', '1e309', '-0', '1E5', '0.0000001', '12.5', '{"x":1.1}', '1.10', '2', '2.5']],
    };
    expect(textTable(await read(`[${item}]`))).toEqual(expected);
    expect(textTable(await read(item, 'ndjson'))).toEqual(expected);
  });

  it('keep their text for any number JSON allows', async () => {
    const number = fc.stringMatching(/^-?(0|[1-9][0-9]{0,20})(\.[0-9]{1,8})?([eE][+-]?[0-9]{1,3})?$/);
    // Cut into chunks of 1 to 16 bytes too, so a number often runs over the end of a chunk.
    await fc.assert(fc.asyncProperty(fc.array(number, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 17 }), async (numbers, chunk) => {
      const text = `[${numbers.map((x) => `{"v": ${x}, "w": [${x}]}`).join(',')}]`;
      const sink = await read(text, 'json', chunk === 17 ? undefined : chunk);
      expect(textTable(sink).rows.map((r) => r[0])).toEqual(numbers);
      const lines = await read(numbers.map((x) => `{"v": ${x}}`).join('\n'), 'ndjson', chunk === 17 ? undefined : chunk);
      expect(textTable(lines).rows).toEqual(numbers.map((x) => [x]));
    }), { numRuns: 300 });
  });

  it('make a text column of numbers and text keep every cell as written, and a number column never Infinity', async () => {
    const mixed = await importFile(new Blob(['[{"v":1.10},{"v":"n/a"},{"v":9.90},{"v":3}]']), 't', 't');
    expect(rowsOf(mixed.table)).toEqual([['1.10'], ['n/a'], ['9.90'], ['3']]);
    // The warning names the item in the file (the third: the second was skipped), not the table's row.
    const numbers = await importFile(new Blob(['[{"v":1.10},"skip me",{"v":1e309},{"v":2}]']), 't', 't');
    expect(numbers.table.columns[0].type).toBe('number');
    expect(rowsOf(numbers.table)).toEqual([[1.1], [null], [2]]);
    expect(numbers.summary.warnings).toEqual([
      { row: 2, key: 'import.json.itemNotObject', params: { row: 2, kind: 'string' } },
      { row: 3, key: 'import.warning.unparsed', params: { column: 'v', count: 1, type: 'number', row: 3 } },
    ]);
  });
});

describe('NDJSON', () => {
  it('skips lines that do not parse or are not objects, by line number, blank lines counted', async () => {
    const sink = await read('{"a":"1"}\n\n[1,2]\nnot json\r\n{"a":"2","b":"x"}\n"s"\n{"b":"y"}', 'ndjson', 4);
    expect(textTable(sink)).toEqual({ header: ['a', 'b'], rows: [['1', ''], ['2', 'x'], ['', 'y']] });
    expect(sink.warnings).toEqual([
      { row: 3, key: 'import.json.lineNotObject', params: { row: 3, kind: 'array' } },
      { row: 4, key: 'import.warning.badJsonLine', params: { row: 4 } },
      { row: 6, key: 'import.json.lineNotObject', params: { row: 6, kind: 'string' } },
    ]);
  });
});

describe('bytes that are not UTF-8', () => {
  const bytes = (...parts: (string | number)[]) => new Blob(parts.map((p) => (typeof p === 'number' ? Uint8Array.of(p) : utf8.encode(p))));

  it.each([1, 3, 1 << 20])('are replaced by U+FFFD and named by item or line (chunks of %i bytes)', async (chunk) => {
    const list = await readJson(bytes('[{"a":"x"},\n{"a":"b', 0xff, 'c"},', 0xc3, '{"a":"y"}]'), 'json', 'utf-8', undefined, undefined, chunk);
    // The lone 0xC3 before the third item starts it: that item does not parse, and is named for its bytes too.
    expect(textTable(list).rows).toEqual([['x'], ['b\uFFFDc']]);
    expect(list.warnings.map((w) => [w.row, w.key])).toEqual([[2, 'import.warning.badBytes'], [3, 'import.warning.badBytes'], [3, 'import.json.badItem']]);
    const lines = await readJson(bytes('{"a":"x"}\n{"a":"b', 0xff, 'c"}\n{"a":"y"}\n'), 'ndjson', 'utf-8', undefined, undefined, chunk);
    expect(textTable(lines).rows).toEqual([['x'], ['b\uFFFDc'], ['y']]);
    expect(lines.warnings).toEqual([{ row: 2, key: 'import.warning.badBytes', params: { row: 2, encoding: 'UTF-8' } }]);
  });

  it('are named in the preview too', async () => {
    // Enough valid UTF-8 around the bad byte for the file to be read as UTF-8.
    const preview = await previewFile(bytes('{"a":"Bakı, Şəki, Ağdam, Gəncə"}\n{"a":"', 0xff, '"}\n'));
    expect(preview.options.encoding).toBe('utf-8');
    expect(preview.warnings).toEqual([{ row: 2, key: 'import.warning.badBytes', params: { row: 2, encoding: 'UTF-8' } }]);
  });
});

describe('deep nesting', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  it.each(['json', 'ndjson'] as const)('a 100,000-deep value in a cell is left empty with a warning, not a crash (%s)', async (format) => {
    const records = [`{"id":"1","deep":${deep}}`, '{"id":"2","deep":"x"}'];
    const text = format === 'json' ? `[${records.join(',')}]` : records.join('\n');
    const { table, summary } = await importFile(new Blob([text]), 't', 't', { format });
    expect(rowsOf(table)).toEqual([[1, null], [2, 'x']]);
    expect(summary.warnings).toEqual([{ row: 1, key: `import.json.${format === 'json' ? 'item' : 'line'}TooDeep`, params: { row: 1, column: 'deep' } }]);
  }, 30_000);
});

describe('a JSON file bigger than one chunk', () => {
  // 120,000 objects, about 6 MiB: more than the 4 MiB the importer reads at a time.
  const n = 120_000;
  const text = `[${Array.from({ length: n }, (_, i) => `{"id":${i + 1},"name":"Ay\u015fe ${i % 7}","amount":"${i % 100}.10"${i === n - 1 ? ',"late":"yes"' : ''}}`).join(',\n')}]`;
  const blob = new Blob([utf8.encode(text)]);

  it('streams with progress, a late key still a column', async () => {
    const progress: number[] = [];
    const { table, summary } = await importFile(blob, 't', 't', undefined, (f) => progress.push(f));
    expect(table.rowCount).toBe(n);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([['id', 'number'], ['name', 'text'], ['amount', 'number'], ['late', 'boolean']]);
    const late = table.columns[3];
    expect(cellValue(late, n - 1)).toBe(true);
    expect(cellValue(late, n - 2)).toBeNull();
    expect(summary.warnings).toEqual([]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
  }, 30_000);

  it('stops with an AbortError when cancelled mid-read', async () => {
    const controller = new AbortController();
    const read = importFile(blob, 't', 't', undefined, () => controller.abort(), controller.signal);
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  }, 30_000);

  it('previews from the start of the file with an estimated row count', async () => {
    const preview = await previewFile(blob);
    expect(preview.options.format).toBe('json');
    expect(preview.rows.length).toBe(50);
    expect(preview.rows[0]).toEqual(['1', 'Ay\u015fe 0', '0.10']);
    expect(preview.rowsExact).toBe(false);
    // Records grow by a few characters as ids get longer: the estimate from the first ones is within 5 % of the truth.
    expect(Math.abs(preview.rowCount! - n) / n).toBeLessThan(0.05);
    const small = await previewFile(new Blob(['[{"a":"1"},{"a":"2"}]']));
    expect([small.rowCount, small.rowsExact]).toEqual([2, true]);
    // A first record longer than the sniffed start (256 KiB): the preview reads on instead of finding nothing.
    const long = 'x'.repeat(300_000);
    const big = await previewFile(new Blob([`[{"a":"${long}"},{"a":"2"}]`]));
    expect([big.rowCount, big.rowsExact, big.rows.map((r) => r[0].length)]).toEqual([2, true, [300_000, 1]]);
  }, 30_000);
});
