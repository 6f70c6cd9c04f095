import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../helpers/read-xlsx';
import { sharedFile } from '../../helpers/shared-data';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'ac-cli-'));
const TELCO = sharedFile('telco_churn.csv');

function projectFile(extra: object = {}): string {
  const path = join(dir, `p${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify({
    format: 'audience-canvas', version: 1, name: 't', tables: [{ id: 'customers', role: 'customers', key: 'customerID' }],
    nodes: [
      { id: 'all', type: 'source', table: 'customers' },
      { id: 'young', type: 'filter', conditions: [{ column: 'Contract', op: 'eq', value: 'Month-to-month' }, { column: 'tenure', op: 'lt', value: 12 }] },
      { id: 'ab', type: 'split', kind: 'random', seed: 7, branches: [{ id: 'a', label: 'A', percent: 45 }, { id: 'b', label: 'B', percent: 45 }, { id: 'hold', label: 'H', percent: 10 }] },
      { id: 'aw', type: 'stage', name: 'Aware', conditions: [] }, { id: 'de', type: 'stage', name: 'Churned', conditions: [{ column: 'Churn', op: 'isTrue' }] },
      { id: 'n', type: 'note', text: 'hello' },
    ],
    edges: [{ id: 'e1', source: 'all', target: 'young' }, { id: 'e2', source: 'young', target: 'ab' }, { id: 'e3', source: 'all', target: 'aw' }, { id: 'e4', source: 'aw', target: 'de' }],
    ...extra,
  }));
  return path;
}

const cli = (...args: string[]) => run('node_modules/.bin/tsx', ['src/engine/cli.ts', ...args]);
const fails = async (...args: string[]) => {
  try { await cli(...args); } catch (e) { return e as { code: number; stderr: string }; }
  throw new Error('expected the command to fail');
};

describe('command line', () => {
  it('counts every node but notes as one JSON object', async () => {
    const { stdout } = await cli('count', projectFile(), '--data', `customers=${TELCO}`);
    const out = JSON.parse(stdout);
    expect(out.total).toBe(7043);
    expect(Object.keys(out.nodes)).toEqual(['all', 'young', 'ab', 'aw', 'de']);
    expect(out.nodes.young).toEqual({ count: 1908 });
    expect(out.nodes.ab.count).toBe(1908);
    expect(Object.values(out.nodes.ab.branches as Record<string, number>).reduce((a, b) => a + b)).toBe(1908);
    expect(out.nodes.de).toEqual({ count: 1869, reached: 1869 });
    expect(out.nodes.aw).toEqual({ count: 7043 - 1869, reached: 7043 });
  }, 30_000);

  it('exports a node\'s members as CSV and JSON', async () => {
    const p = projectFile();
    const csv = (await cli('export', p, '--data', `customers=${TELCO}`, '--node', 'young', '--format', 'csv')).stdout.trim().split('\r\n');
    expect(csv.length).toBe(1909);
    expect(csv[0].split(',').slice(0, 3)).toEqual(['customerID', 'gender', 'SeniorCitizen']);
    const json = JSON.parse((await cli('export', p, '--data', `customers=${TELCO}`, '--node', 'ab', '--branch', 'hold', '--format', 'json')).stdout);
    expect(json.every((m: { Contract: string; tenure: number }) => m.Contract === 'Month-to-month' && m.tenure < 12)).toBe(true);
  }, 30_000);

  it.each([
    [{ version: 2 }, 'version: This project was saved by a newer version'],
    [{ nodes: [{ id: 'x', type: 'filter', conditions: [{ op: 'eq' }] }] }, 'nodes[0].conditions[0].column'],
  ])('exits 2 naming the problem in a bad project (%j)', async (extra, message) => {
    const e = await fails('count', projectFile(extra), '--data', `customers=${TELCO}`);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain(message);
  }, 30_000);

  it('exits 2 for a missing or empty data file', async () => {
    expect((await fails('count', projectFile(), '--data', 'customers=/nonexistent.csv')).code).toBe(2);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const e = await fails('count', projectFile(), '--data', `customers=${empty}`);
    expect([e.code, e.stderr.trim()]).toEqual([2, `${empty}: The file is empty`]);
  }, 30_000);
});

describe('command line export of members with their messages', () => {
  const data = join(dir, 'small.csv');
  writeFileSync(data, 'id,first_name,age,note\n1,Aysel,30,=1+2\n2,,41,@x\n3,Kamran,19,ok\n4,Leyla,55,-x\n');
  const project = (message: object) => {
    const path = join(dir, `m${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify({
      format: 'audience-canvas', version: 1, name: 't', tables: [{ id: 'customers', role: 'customers', key: 'id' }],
      nodes: [
        { id: 'all', type: 'source', table: 'customers' },
        { id: 'old', type: 'filter', conditions: [{ column: 'age', op: 'gte', value: 30 }] },
        { id: 'vip', type: 'segment', name: 'Over 30', color: '#7c3aed', message },
      ],
      edges: [{ id: 'e1', source: 'all', target: 'old' }, { id: 'e2', source: 'old', target: 'vip' }],
    }));
    return path;
  };
  const email = { channel: 'email', subject: 'Hi {{ first_name | default: "there" }}', body: 'You are {{ age }}' };

  it('prints the exact rows with the rendered subject and body, formulas neutralised', async () => {
    const { stdout } = await cli('export', project(email), '--data', `customers=${data}`, '--node', 'vip', '--format', 'csv', '--messages');
    expect(stdout).toBe([
      'id,first_name,age,note,message_channel,message_subject,message_body',
      "1,Aysel,30,'=1+2,email,Hi Aysel,You are 30",
      "2,,41,'@x,email,Hi there,You are 41",
      "4,Leyla,55,'-x,email,Hi Leyla,You are 55",
      '',
    ].join('\r\n'));
    const json = JSON.parse((await cli('export', project({ channel: 'sms', body: 'Salam {{ first_name | default: "dostum" }}' }), '--data', `customers=${data}`, '--node', 'vip', '--format', 'json', '--messages')).stdout);
    expect(json.map((m: Record<string, unknown>) => [m.id, m.message_channel, m.message_subject, m.message_body])).toEqual([[1, 'sms', undefined, 'Salam Aysel'], [2, 'sms', undefined, 'Salam dostum'], [4, 'sms', undefined, 'Salam Leyla']]);
  }, 30_000);

  it('writes XLSX to --out (and as bytes to a redirected stdout) with numbers as numbers', async () => {
    const out = join(dir, 'vip.xlsx');
    expect((await cli('export', project(email), '--data', `customers=${data}`, '--node', 'vip', '--format', 'xlsx', '--messages', '--out', out)).stdout).toBe('');
    const { rows } = readXlsx(readFileSync(out));
    expect(rows.map((r) => r.map((c) => c.value))).toEqual([
      ['id', 'first_name', 'age', 'note', 'message_channel', 'message_subject', 'message_body'],
      [1, 'Aysel', 30, "'=1+2", 'email', 'Hi Aysel', 'You are 30'],
      [2, 41, "'@x", 'email', 'Hi there', 'You are 41'],
      [4, 'Leyla', 55, "'-x", 'email', 'Hi Leyla', 'You are 55'],
    ]);
    const piped = await run('node_modules/.bin/tsx', ['src/engine/cli.ts', 'export', project(email), '--data', `customers=${data}`, '--node', 'vip', '--format', 'xlsx'], { encoding: 'buffer' });
    expect(readXlsx(piped.stdout).rows.length).toBe(4);
  }, 30_000);

  it('exits 2 naming the node and where its template is broken', async () => {
    const e = await fails('export', project({ ...email, body: 'Hello\n  {{ first_name ' }), '--data', `customers=${data}`, '--node', 'vip', '--messages');
    expect([e.code, e.stderr.trim()]).toEqual([2, '--node vip: The message of “Over 30” cannot be rendered: body, line 2, column 3: output "{{ first_name " not closed']);
    const noMessage = await fails('export', project(email), '--data', `customers=${data}`, '--node', 'old', '--messages');
    expect([noMessage.code, noMessage.stderr.trim()]).toEqual([2, '--node old: “old” has no message to export']);
    expect((await fails('export', project(email), '--data', `customers=${data}`, '--node', 'vip', '--format', 'pdf')).code).toBe(2);
  }, 30_000);
});
