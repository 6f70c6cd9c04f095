import { describe, expect, it } from 'vitest';
import { memberGrid } from '../../../src/engine/member-grid';
import { messageRenderer } from '../../../src/engine/templates';
import { tableFromCsv } from '../../helpers/table';

const CSV = 'id,first_name,city,spend,joined\n1,Aysel,Bakı,120.5,2024-03-01\n2,,Gəncə,-5,\n3,   ,Şəki,,2023-12-31\n';
const email = { channel: 'email' as const, subject: 'Hi {{ first_name | default: "there" }}', body: '{{ city | upcase }}: {{ spend | default: 0 }}' };

describe('a node\'s members as a grid', () => {
  it('gives every column of the asked rows, typed, dates as ISO text and empties as null', async () => {
    const table = await tableFromCsv(CSV);
    expect(memberGrid(table, Uint32Array.of(0, 1))).toEqual({
      columns: ['id', 'first_name', 'city', 'spend', 'joined'],
      kinds: ['number', 'text', 'text', 'number', 'date'],
      rows: [[1, 'Aysel', 'Bakı', 120.5, '2024-03-01'], [2, null, 'Gəncə', -5, null]],
    });
  });

  it('adds the email rendered per member, falling back where a field is empty or blank', async () => {
    const table = await tableFromCsv(CSV);
    const grid = memberGrid(table, Uint32Array.of(0, 1, 2), email, 'az');
    expect(grid).toMatchObject({
      columns: ['id', 'first_name', 'city', 'spend', 'joined', 'message_channel', 'message_subject', 'message_body'],
      kinds: ['number', 'text', 'text', 'number', 'date', 'text', 'text', 'text'],
    });
    expect(!('failure' in grid) && grid.rows.map((r) => r.slice(5))).toEqual([
      ['email', 'Hi Aysel', 'BAKI: 120.5'],
      ['email', 'Hi there', 'GƏNCƏ: -5'],
      ['email', 'Hi there', 'ŞƏKİ: 0'],
    ]);
  });

  it('has no subject column for other channels', async () => {
    const table = await tableFromCsv(CSV);
    const grid = memberGrid(table, Uint32Array.of(1), { channel: 'sms', subject: 'ignored', body: 'Salam {{ first_name | default: "dostum" }}' });
    expect(grid).toEqual({
      columns: ['id', 'first_name', 'city', 'spend', 'joined', 'message_channel', 'message_body'],
      kinds: ['number', 'text', 'text', 'number', 'date', 'text', 'text'],
      rows: [[2, null, 'Gəncə', -5, null, 'sms', 'Salam dostum']],
    });
  });

  it('reports a broken template at its line and column instead of rows', async () => {
    const table = await tableFromCsv(CSV);
    expect(memberGrid(table, Uint32Array.of(0), { ...email, body: 'Hi\n{{ first_name | default: "there" ' })).toEqual({
      failure: { error: { line: 2, column: 1, message: 'output "{{ first_name | default: \\"the..." not closed' }, field: 'body' },
    });
    expect(memberGrid(table, Uint32Array.of(0), { ...email, subject: 'Hi {{ name | nofilter }}' })).toEqual({
      failure: { error: { line: 1, column: 4, message: 'undefined filter: nofilter' }, field: 'subject' },
    });
  });

  it('reports a template that fails while rendering with the member it failed for', async () => {
    const table = await tableFromCsv(CSV);
    expect(memberGrid(table, Uint32Array.of(0, 1), { channel: 'sms', body: 'a\n {% include "x" %}' })).toEqual({
      failure: { error: { line: 2, column: 2, message: 'ENOENT: Failed to lookup "x" in "."' }, field: 'body', member: 0 },
    });
  });
});

describe('include, render and layout in a message', () => {
  it('never read a file from disk', () => {
    const render = messageRenderer({ channel: 'sms', body: '{% include "package.json" %}' });
    expect(typeof render).toBe('function');
    expect(() => (render as (r: object) => unknown)({})).toThrow('Failed to lookup "package.json"');
  });
});
