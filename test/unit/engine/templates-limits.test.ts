// Runaway templates stop on liquidjs's limits with a "too long to render" error, in the preview, the export and the
// command line; ordinary templates near the limits still render exactly. Each runaway case took 14 s to minutes (or
// killed the process) before the limits; with them each stops in well under a second (the timeouts are generous).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { membersFile } from '../../../src/engine/export-members';
import { MEMORY_MAX, TEMPLATE_MAX_CHARS } from '../../../src/engine/template-limits';
import { Engine } from '../../../src/engine/engine';
import { renderMessage, templateError, unguardedFields } from '../../../src/engine/templates';
import type { Project, ProjectNode } from '../../../src/model/types';
import { tableFromCsv } from '../../helpers/table';

const SLOW = 30_000;
const segment: ProjectNode = { id: 'vip', type: 'segment', name: 'Young VIPs', color: '#7c3aed', position: { x: 0, y: 0 } };
const sms = (body: string) => ({ channel: 'sms' as const, body });
const tooLong = { field: 'body', error: { tooLong: true } };

/** `{% capture s %}` is not charged to the memory limit: a string of 2^n characters built by doubling it n times. */
const doubled = (n: number) => `{% capture s %}x{% endcapture %}{% for i in (1..${n}) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}`;

describe('a runaway template stops on a limit', () => {
  it('a loop over a range of ten million', () => {
    expect(renderMessage(sms('{% for i in (1..10000000) %}x{% endfor %}'), {})).toMatchObject(tooLong);
  }, SLOW);

  it('a loop over a range of a billion (a fatal out-of-memory error of V8 before)', () => {
    expect(renderMessage(sms('{% for i in (1..1000000000) %}x{% endfor %}'), {})).toMatchObject(tooLong);
  }, SLOW);

  it('nested loops of a thousand each, two and three deep', () => {
    expect(renderMessage(sms('{% for i in (1..1000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}'), {})).toMatchObject(tooLong);
    expect(renderMessage(sms('{% for i in (1..1000) %}{% for j in (1..1000) %}{% for k in (1..1000) %}{{ k }}{% endfor %}{% endfor %}{% endfor %}'), {})).toMatchObject(tooLong);
  }, SLOW);

  it('a 5 MB template of half a million tags, in the subject of an email too', () => {
    const big = '{{ first_name }} '.repeat(5_000_000 / 17);
    expect(big.length).toBeGreaterThan(4_900_000);
    expect(templateError(big)).toMatchObject({ tooLong: true, message: 'parse length limit exceeded' });
    expect(renderMessage(sms(big), { first_name: 'Aysel' })).toMatchObject(tooLong);
    expect(renderMessage({ channel: 'email', subject: big, body: 'hi' }, {})).toMatchObject({ field: 'subject', error: { tooLong: true } });
  }, SLOW);

  it('a string doubled by append in a loop', () => {
    const out = renderMessage(sms('{% assign s = "ab" %}{% for i in (1..60) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}'), {});
    expect(out).toMatchObject({ ...tooLong, error: { message: 'memory alloc limit exceeded' } });
  }, SLOW);

  it('a string doubled by capture past what V8 can hold, or printed past a million characters', () => {
    expect(renderMessage(sms(`${doubled(40)}{{ s | size }}`), {})).toMatchObject(tooLong);
    // 2^20 = 1,048,576 characters printed: past MEMORY_MAX although no filter made them.
    expect(renderMessage(sms(`${doubled(20)}{{ s }}`), {})).toMatchObject(tooLong);
  }, SLOW);

  it('the case filters of the project language count their strings against the memory limit', () => {
    // Only the size is printed: without the charge this renders "1048576".
    for (const filter of ['upcase', 'downcase', 'capitalize']) {
      expect(renderMessage(sms(`${doubled(20)}{{ s | ${filter} | size }}`), {}, 'tr')).toMatchObject({ ...tooLong, error: { message: 'memory alloc limit exceeded' } });
    }
  }, SLOW);

  it('parentheses nested ten thousand deep', () => {
    expect(renderMessage(sms(`{{ ${'('.repeat(10_000)}first_name${')'.repeat(10_000)} }}`), { first_name: 'x' })).toMatchObject(tooLong);
  }, SLOW);
});

describe('the preview of a runaway template', () => {
  it('looks for fields without fallback in linear time: unclosed outputs up to the longest template, none past it', () => {
    // Each unclosed {{ made the scan read the rest of the template again: 5 MB took hours.
    expect(unguardedFields('{{a'.repeat(10_922))).toEqual([]);
    expect(unguardedFields(`${'{{a'.repeat(10_000)} {{ first_name }}`)).toEqual(['first_name']);
    expect(unguardedFields('{{a'.repeat(1_700_000))).toEqual([]);
    expect(unguardedFields('{{ a | append: "{" }} {{ b | default: "}" }}')).toEqual(['a']);
  }, SLOW);

  it('says the message takes too long for a 5 MB body, with the member and no field warnings', async () => {
    const engine = new Engine();
    engine.setTable(await tableFromCsv('id,first_name\n1,Aysel\n'));
    const p: Project = {
      format: 'audience-canvas', version: 1, name: 't', locale: 'en', tables: [{ id: 'customers', role: 'customers' }], traits: [],
      nodes: [{ id: 'all', type: 'source', table: 'customers', position: { x: 0, y: 0 } },
        { ...segment, message: { channel: 'sms', body: '{{ first_name '.repeat(360_000) } }],
      edges: [{ id: 'e', source: 'all', target: 'vip' }],
    };
    expect(engine.messagePreview(p, 'vip', 0)).toEqual({
      total: 1, index: 0, emptyFields: [], error: { field: 'body', line: 1, column: 1, message: 'parse length limit exceeded', tooLong: true },
    });
  }, SLOW);
});

describe('ordinary templates within the limits', () => {
  it('a template of exactly the longest length parses and renders', () => {
    const tag = '{{ first_name }}';
    const body = 'a'.repeat(TEMPLATE_MAX_CHARS - tag.length) + tag;
    expect(body.length).toBe(32_768);
    expect(renderMessage(sms(body), { first_name: 'Aysel' })).toEqual({ body: `${'a'.repeat(32_752)}Aysel` });
    expect(templateError(`${body} `)).toMatchObject({ tooLong: true });
  });

  it('a loop of a thousand, and a message of exactly a million characters', () => {
    expect(renderMessage(sms('{% for i in (1..1000) %}{{ i | modulo: 10 }}{% endfor %}'), {})).toEqual({ body: '1234567890'.repeat(100) });
    expect(MEMORY_MAX).toBe(1_000_000);
    const million = renderMessage(sms('{% for i in (1..1000) %}{{ first_name }}{% endfor %}'), { first_name: 'x'.repeat(1000) });
    expect('body' in million && million.body.length).toBe(1_000_000);
  });

  it('a broken template is reported where it breaks, not as too long', () => {
    const out = renderMessage(sms('Hello\n{{ first_name '), {});
    expect(out).toMatchObject({ field: 'body', error: { line: 2, column: 1 } });
    expect('error' in out && out.error.tooLong).toBeUndefined();
    expect(renderMessage(sms('{{ x | shout }}'), {})).toEqual({ field: 'body', error: { line: 1, column: 1, message: 'undefined filter: shout' } });
  });
});

describe('exporting members with a runaway message', () => {
  it('refuses naming the node and the field, and exports without messages', async () => {
    const table = await tableFromCsv('first_name\nAysel\nKamran\n');
    const loop = { ...segment, message: { channel: 'email' as const, subject: 'Hi', body: '{% for i in (1..10000000) %}x{% endfor %}' } };
    expect(await membersFile(loop, table, Uint32Array.of(0, 1), 'en', { format: 'csv', messages: true })).toEqual({
      ok: false, problem: { path: '', key: 'message.export.bodyTooLong', params: { node: 'Young VIPs' } },
    });
    const subject = { ...segment, message: { channel: 'email' as const, subject: '{{ first_name }}'.repeat(3000), body: 'b' } };
    expect(await membersFile(subject, table, Uint32Array.of(0, 1), 'en', { format: 'xlsx', messages: true })).toEqual({
      ok: false, problem: { path: '', key: 'message.export.subjectTooLong', params: { node: 'Young VIPs' } },
    });
    expect((await membersFile(loop, table, Uint32Array.of(0, 1), 'en', { format: 'csv' })).ok).toBe(true);
  }, SLOW);
});

describe('the command line with a runaway message', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), 'ac-limits-'));
  const data = join(dir, 'small.csv');
  writeFileSync(data, 'id,first_name,age\n1,Aysel,30\n2,,41\n3,Kamran,19\n');
  const project = (body: string) => {
    const path = join(dir, `m${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify({
      format: 'audience-canvas', version: 1, name: 't', tables: [{ id: 'customers', role: 'customers', key: 'id' }],
      nodes: [{ id: 'all', type: 'source', table: 'customers' }, { id: 'vip', type: 'segment', name: 'Over 30', color: '#7c3aed', message: { channel: 'sms', body } }],
      edges: [{ id: 'e1', source: 'all', target: 'vip' }],
    }));
    return path;
  };
  const exportMessages = async (body: string) => {
    try {
      await run('node_modules/.bin/tsx', ['src/engine/cli.ts', 'export', project(body), '--data', `customers=${data}`, '--node', 'vip', '--format', 'csv', '--messages']);
    } catch (e) { return e as { code: number; stderr: string }; }
    throw new Error('expected the command to fail');
  };

  it('exits 2 naming the node for a range of a billion (a V8 fatal error before) and for ten million', async () => {
    for (const n of ['1000000000', '10000000']) {
      const e = await exportMessages(`{% for i in (1..${n}) %}x{% endfor %}`);
      expect([e.code, e.stderr.trim()]).toEqual([2, '--node vip: The message of “Over 30” cannot be rendered: its body takes too long to render. Make its loops smaller or its text shorter.']);
    }
  }, 60_000);
});
