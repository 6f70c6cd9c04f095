import { describe, expect, it } from 'vitest';
import { encodeMembers, fileName, membersFile, nodeLabel } from '../../../src/engine/export-members';
import { sheetName } from '../../../src/engine/export-xlsx';
import type { MemberGrid } from '../../../src/engine/member-grid';
import type { ProjectNode } from '../../../src/model/types';
import { readXlsx } from '../../helpers/read-xlsx';
import { tableFromCsv } from '../../helpers/table';

/** Text that a spreadsheet would run as a formula, beside numbers that must stay numbers. */
const grid: MemberGrid = {
  columns: ['note', 'n', 'ok', 'joined', '=header'],
  kinds: ['text', 'number', 'boolean', 'date', 'text'],
  rows: [
    ['=1+2', -5, true, '2024-03-01', 'plain'],
    ['+x', 0.25, false, '2024-03-01T10:20:30', '-5'],
    ['-x', 1e6, null, null, '<img src=x onerror=alert(1)>'],
    ['@x', null, true, '1999-12-31', 'a,b "c"'],
    ['\tx', -0.5, true, '2024-02-29', null],
    ['\rx', 42, false, '2024-01-01', 'Şəki'],
  ],
};

const text = async (format: 'csv' | 'json', bom = false) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await encodeMembers(grid, format, { sheet: 's', bom }));

describe('members as CSV', () => {
  it('neutralises = + - @ TAB CR at the start of text and keeps numbers as numbers', async () => {
    expect(await text('csv')).toBe([
      "note,n,ok,joined,'=header",
      "'=1+2,-5,true,2024-03-01,plain",
      "'+x,0.25,false,2024-03-01T10:20:30,'-5",
      "'-x,1000000,,,<img src=x onerror=alert(1)>",
      "'@x,,true,1999-12-31,\"a,b \"\"c\"\"\"",
      "\"'\tx\",-0.5,true,2024-02-29,",
      "\"'\rx\",42,false,2024-01-01,Şəki",
      '',
    ].join('\r\n'));
  });

  it('starts with a byte-order mark only when asked', async () => {
    expect((await text('csv', true)).slice(0, 5)).toBe('\uFEFFnote');
    expect((await text('csv')).slice(0, 4)).toBe('note');
  });
});

describe('members as JSON', () => {
  it('is one object per member with typed values and text as it is', async () => {
    expect(JSON.parse(await text('json'))[0]).toEqual({ note: '=1+2', n: -5, ok: true, joined: '2024-03-01', '=header': 'plain' });
  });
});

describe('members as XLSX', () => {
  it('reads back: numbers and booleans typed, dates as date serials with an ISO format, formula-like text neutralised', async () => {
    const { rows, files } = readXlsx(await encodeMembers(grid, 'xlsx', { sheet: 'Young VIPs' }));
    const values = rows.map((r) => r.map((c) => [c.ref, c.type, c.value]));
    expect(values).toEqual([
      [['A1', 's', 'note'], ['B1', 's', 'n'], ['C1', 's', 'ok'], ['D1', 's', 'joined'], ['E1', 's', "'=header"]],
      [['A2', 's', "'=1+2"], ['B2', 'n', -5], ['C2', 'b', true], ['D2', 'n', 45352], ['E2', 's', 'plain']],
      [['A3', 's', "'+x"], ['B3', 'n', 0.25], ['C3', 'b', false], ['D3', 'n', 45352 + (10 * 3600 + 20 * 60 + 30) / 86400], ['E3', 's', "'-5"]],
      [['A4', 's', "'-x"], ['B4', 'n', 1000000], ['E4', 's', '<img src=x onerror=alert(1)>']],
      [['A5', 's', "'@x"], ['C5', 'b', true], ['D5', 'n', 36525], ['E5', 's', 'a,b "c"']],
      [['A6', 's', "'\tx"], ['B6', 'n', -0.5], ['C6', 'b', true], ['D6', 'n', 45351]],
      [['A7', 's', "'\rx"], ['B7', 'n', 42], ['C7', 'b', false], ['D7', 'n', 45292], ['E7', 's', 'Şəki']],
    ]);
    // No cell is a formula, and the date cells carry the ISO formats.
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('<f>');
    const formats = [...files['xl/styles.xml'].matchAll(/numFmtId="(\d+)" formatCode="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(formats).toEqual([['100', 'yyyy-mm-dd'], ['101', 'yyyy-mm-dd hh:mm:ss']]);
    const xfs = [...files['xl/styles.xml'].matchAll(/<xf\b([^>]*)>/g)].map((m) => m[1].match(/numFmtId="(\d+)"/)?.[1] ?? null);
    expect([rows[1][3].style, rows[2][3].style].map((s) => xfs[s!])).toEqual(['100', '101']);
    expect(files['xl/workbook.xml']).toContain('name="Young VIPs"');
  });

  it('writes the sheet right to left for a right-to-left project', async () => {
    const { files } = readXlsx(await encodeMembers(grid, 'xlsx', { sheet: 'بخش', rightToLeft: true }));
    expect(files['xl/worksheets/sheet1.xml']).toContain('rightToLeft="1"');
  });

  it('names a sheet within Excel\'s rules', () => {
    expect(sheetName('A/B: [test]? *x*')).toBe('A B   test    x');
    expect(sheetName('x'.repeat(40))).toBe('x'.repeat(31));
    expect(sheetName(' / ')).toBe('Members');
  });
});

describe('the file of a node\'s members', () => {
  const segment: ProjectNode = { id: 'vip', type: 'segment', name: 'Young VIPs', color: '#7c3aed', position: { x: 0, y: 0 },
    message: { channel: 'email', subject: 'Hi {{ first_name | default: "there" }}', body: '{{ spend }}' } };

  it('is named after the node: segment and stage names, filter labels, ids, split branches', () => {
    expect(fileName(nodeLabel(segment), 'csv')).toBe('young-vips.csv');
    expect(fileName('Şəhər gəncləri / 2024', 'xlsx', 'az')).toBe('şəhər-gəncləri-2024.xlsx');
    expect(fileName('بخش وفادار', 'csv', 'fa')).toBe('بخش-وفادار.csv');
    expect(fileName('***', 'json')).toBe('members.json');
    const split: ProjectNode = { id: 'ab', type: 'split', kind: 'random', seed: 1, position: { x: 0, y: 0 }, branches: [{ id: 'hold', label: 'Hold-out', percent: 10 }] };
    expect(nodeLabel(split, 'hold')).toBe('ab Hold-out');
    expect(nodeLabel({ id: 'f1', type: 'filter', match: 'all', negate: false, conditions: [], position: { x: 0, y: 0 } })).toBe('f1');
  });

  it('carries bytes, name, media type and the member count', async () => {
    const table = await tableFromCsv('first_name,spend,note\nAysel,-5,x\n,7,=2+3\n');
    const withNote = { ...segment, message: { ...segment.message!, body: '{{ spend }} {{ note }}' } };
    const out = await membersFile(withNote, table, Uint32Array.of(0, 1), 'en', { format: 'csv', messages: true });
    expect(out.ok && { name: out.name, type: out.type, rows: out.rows, text: new TextDecoder().decode(out.bytes) }).toEqual({
      name: 'young-vips.csv', type: 'text/csv;charset=utf-8', rows: 2,
      // The number -5 stays a number; the rendered body "-5 x" is text, so it is neutralised like any text.
      text: "first_name,spend,note,message_channel,message_subject,message_body\r\nAysel,-5,x,email,Hi Aysel,'-5 x\r\n,7,'=2+3,email,Hi there,7 =2+3\r\n",
    });
  });

  it('names the node and where its template breaks, and refuses messages for a node without one', async () => {
    const table = await tableFromCsv('first_name\nAysel\n');
    const broken = { ...segment, message: { channel: 'email' as const, subject: 'ok', body: 'Hi\n  {% if x %}' } };
    expect(await membersFile(broken, table, Uint32Array.of(0), 'en', { format: 'xlsx', messages: true })).toEqual({
      ok: false, problem: { path: '', key: 'engine.export.bodyError', params: { node: 'Young VIPs', line: 2, column: 3, detail: 'tag {% if x %} not closed' } },
    });
    // Without messages the same node exports fine.
    expect((await membersFile(broken, table, Uint32Array.of(0), 'en', { format: 'csv' })).ok).toBe(true);
    const filter: ProjectNode = { id: 'f1', type: 'filter', match: 'all', negate: false, conditions: [], position: { x: 0, y: 0 }, label: 'Rich' };
    expect(await membersFile(filter, table, Uint32Array.of(0), 'en', { format: 'csv', messages: true })).toEqual({
      ok: false, problem: { path: '', key: 'engine.export.noMessage', params: { node: 'Rich' } },
    });
    expect(await membersFile(filter, undefined, new Uint32Array(0), 'en', { format: 'csv' })).toEqual({
      ok: false, problem: { path: '', key: 'engine.export.noData', params: { node: 'Rich' } },
    });
  });
});

describe('Engine.exportMembers', () => {
  it('exports the members of a segment with their messages, and of a split branch', async () => {
    const { Engine } = await import('../../../src/engine/engine');
    const { restoreProject } = await import('../../../src/model/restore');
    const engine = new Engine();
    engine.setTable(await tableFromCsv('id,first_name,age\n1,Aysel,30\n2,,41\n3,Kamran,19\n4,Leyla,55\n'));
    const restored = restoreProject(JSON.stringify({
      format: 'audience-canvas', version: 1, name: 't', tables: [{ id: 'customers', role: 'customers', key: 'id' }],
      nodes: [
        { id: 'all', type: 'source', table: 'customers' },
        { id: 'old', type: 'filter', conditions: [{ column: 'age', op: 'gte', value: 30 }] },
        { id: 'vip', type: 'segment', name: 'Over 30', color: '#7c3aed', message: { channel: 'sms', body: 'Salam {{ first_name | default: "dostum" }}' } },
        { id: 'byAge', type: 'split', kind: 'value', column: 'age', values: ['19'] },
      ],
      edges: [{ id: 'e1', source: 'all', target: 'old' }, { id: 'e2', source: 'old', target: 'vip' }, { id: 'e3', source: 'all', target: 'byAge' }],
    }));
    if (!restored.ok) throw new Error('bad project');
    const out = await engine.exportMembers(restored.project, 'vip', { format: 'json', messages: true });
    expect(out.ok && [out.name, out.rows, JSON.parse(new TextDecoder().decode(out.bytes))]).toEqual(['over-30.json', 3, [
      { id: 1, first_name: 'Aysel', age: 30, message_channel: 'sms', message_body: 'Salam Aysel' },
      { id: 2, first_name: null, age: 41, message_channel: 'sms', message_body: 'Salam dostum' },
      { id: 4, first_name: 'Leyla', age: 55, message_channel: 'sms', message_body: 'Salam Leyla' },
    ]]);
    const branch = await engine.exportMembers(restored.project, 'byAge', { format: 'csv', branch: 'other', bom: true });
    expect(branch.ok && [branch.name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(branch.bytes)]).toEqual(['byage-other.csv', '\uFEFFid,first_name,age\r\n1,Aysel,30\r\n2,,41\r\n4,Leyla,55\r\n']);
  });
});
