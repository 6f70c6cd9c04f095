// Poisoned project files opened through Projects → Open: each is refused with a message naming the field, and the
// open project and the saved list stay as they were; a file with a byte order mark opens, and a condition on a
// column named `constructor` is named at its card while every other card counts.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage } from './browser';

const DIR = join(tmpdir(), 'audience-canvas-e2e', 'hostile-projects');

describe.runIf(browserAvailable())('hostile project files', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let project: Record<string, unknown> & { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[]; tables: Record<string, unknown>[] };
  let counts: string[] = [];
  const dialog = () => page.getByRole('dialog', { name: 'Projects' });
  const list = () => dialog().getByRole('list', { name: 'Saved projects' });
  const labels = () => page.getByRole('article').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '').sort());
  const projectName = () => page.getByRole('textbox', { name: 'Project name' });
  const open = async (name: string, text: string) => {
    const file = join(DIR, name);
    writeFileSync(file, text);
    if (!(await dialog().count())) {
      await page.getByRole('button', { name: 'Projects', exact: true }).click();
      await dialog().waitFor();
    }
    await dialog().getByLabel('Open a project file…').setInputFiles(file);
  };

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    ({ browser, page, errors } = await openPage(inject('baseURL'), { width: 1280, height: 800 }));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^Segment: .*customers$/ }).waitFor({ timeout: 20_000 });
    // Every card counted (none still shows "—"): expect.poll is for tests, so wait by hand here.
    for (const end = Date.now() + 20_000; Date.now() < end; await page.waitForTimeout(200)) {
      counts = await labels();
      if (counts.length && !counts.some((l) => l.endsWith('—'))) break;
    }
    // The open project as a file, to poison one field at a time.
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), list().getByRole('button', { name: /^Export .* to a file$/ }).click()]);
    const path = join(DIR, 'clean.json');
    await download.saveAs(path);
    project = JSON.parse(readFileSync(path, 'utf8'));
  }, 60_000);
  afterAll(async () => { await browser?.close(); });

  const note = (i: number) => ({ id: `note${i}`, type: 'note', text: '', position: { x: 0, y: 0 } });
  const firstFilter = () => project.nodes.findIndex((n) => n.type === 'filter');
  const firstSegment = () => project.nodes.findIndex((n) => n.type === 'segment');
  const cases: [string, () => unknown, () => string][] = [
    ['a locale that is not one', () => ({ ...project, locale: 'not a locale!!' }), () => 'locale: “not a locale!!” is not a language tag'],
    ['an as-of day in month 13', () => ({ ...project, asOf: '2024-13-45' }), () => 'asOf: “2024-13-45” is not a day of the calendar'],
    ['an as-of 31 February', () => ({ ...project, asOf: '2024-02-31' }), () => 'asOf: “2024-02-31” is not a day of the calendar'],
    ['a date format that is a number', () => ({ ...project, tables: [{ ...project.tables[0], columns: { signup: { type: 'date', format: 7 } } }, ...project.tables.slice(1)] }),
      () => 'tables[0].columns.signup.format: Expected text'],
    ['5,001 cards', () => ({ ...project, nodes: [...project.nodes, ...Array.from({ length: 5001 - project.nodes.length }, (_, i) => note(i))] }),
      () => 'nodes: Too many cards: 5,001; a project holds at most 5,000'],
    ['a message of 100,001 characters', () => ({ ...project, nodes: project.nodes.map((n, i) => (i === firstSegment() ? { ...n, message: { channel: 'email', body: 'x'.repeat(100_001) } } : n)) }),
      () => `nodes[${firstSegment()}].message.body: This message is too long: its length is 100,001 characters, the limit is 100,000`],
    ['501 conditions', () => ({ ...project, nodes: project.nodes.map((n, i) => (i === firstFilter() ? { ...n, conditions: Array.from({ length: 501 }, () => ({ column: 'age', op: 'isEmpty' })) } : n)) }),
      () => `nodes[${firstFilter()}].conditions: Too many conditions: 501`],
    ['101 journey stages', () => ({ ...project, nodes: [...project.nodes, ...Array.from({ length: 101 }, (_, i) => ({ id: `st${i}`, type: 'stage', position: { x: 0, y: 0 } }))] }),
      () => `nodes[${project.nodes.length + 100}]: Too many journey stages: 101; a project holds at most 100`],
    ['an unknown field nested 10,000 levels deep', () => `{"format":"audience-canvas","version":1,"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      () => `x${'[0]'.repeat(99)}: Nested too deeply: a project file has at most 100 levels`],
  ];

  it.each(cases)('refuses %s, naming the field, and leaves the open project and the saved list as they were', async (name, poisoned, message) => {
    const file = poisoned();
    // A file too deep for JSON.stringify is written as text.
    await open(`${name.replace(/\W+/g, '-')}.json`, typeof file === 'string' ? file : JSON.stringify(file));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(message());
    expect(await page.getByRole('alert').textContent()).toContain('This project file cannot be opened, and nothing you saved was changed.');
    expect(await list().getByRole('listitem').count()).toBe(1);
    expect(await projectName().inputValue()).toBe(project.name);
    expect(await labels()).toEqual(counts);
  });

  it('opens a file that starts with a byte order mark, with the same counts', async () => {
    await open('bom.json', `\uFEFF${JSON.stringify({ ...project, name: 'With a BOM' })}`);
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => projectName().inputValue()).toBe('With a BOM');
    await expect.poll(labels).toEqual(counts);
  });

  it('opens a condition on a column named constructor: that card names the column, the others count', async () => {
    const f = firstFilter();
    const filter = project.nodes[f] as { conditions: unknown[] };
    const poisoned = { ...project, name: 'Constructor', nodes: project.nodes.map((n, i) => (i === f ? { ...n, conditions: [...filter.conditions, { column: 'constructor', op: 'eq', value: 'x' }] } : n)) };
    await open('constructor.json', JSON.stringify(poisoned));
    await expect.poll(() => projectName().inputValue()).toBe('Constructor');
    await expect.poll(() => page.getByRole('article').filter({ hasText: 'There is no column “constructor”' }).count()).toBe(1);
    // The source still counts every customer: the count did not fail as a whole.
    const source = counts.find((l) => l.startsWith('All customers'))!;
    await expect.poll(labels).toContain(source);
    expect(errors).toEqual([]);
  });
});
