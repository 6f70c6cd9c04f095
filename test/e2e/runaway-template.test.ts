// A marketer types a runaway loop into a segment's message: the canvas keeps counting as a filter is edited and undone,
// and the preview says the template takes too long to render. Before the template limits this one loop (a hundred
// million steps) kept the worker busy for minutes, so no count came back within the polls below.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { duckCount } from '../oracle/duckdb';
import { browserAvailable, openPage, screenshot } from './browser';

const DEMO = join(tmpdir(), 'audience-canvas-e2e', 'demo-5000-runaway.csv');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const demoCount = (where: string) => duckCount(`SELECT count(*) FROM read_csv('${DEMO}') WHERE ${where}`);
const RUNAWAY = '{% for i in (1..10000000) %}{% for j in (1..10) %}x{% endfor %}{% endfor %}';
const TOO_LONG = 'Message body: this template takes too long to render. Make its loops smaller or its text shorter.';
// Generous for a busy machine; the limits answer in well under a second.
const POLL = { timeout: 15_000, interval: 100 };

describe.runIf(browserAvailable())('a runaway template in a segment', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const inspector = () => page.getByRole('complementary', { name: 'Inspector' });
  const card = (name: RegExp) => page.getByRole('article', { name });
  const countOf = async (name: RegExp) => (await card(name).getAttribute('aria-label'))?.match(/, ([\d,]+) customers?$/)?.[1];

  beforeAll(async () => {
    mkdirSync(join(tmpdir(), 'audience-canvas-e2e'), { recursive: true });
    writeFileSync(DEMO, demoCsv(5000));
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1440, height: 1000 }));
    await page.goto(inject('baseURL'));
    await card(/^All customers: .*, 5,000 customers$/).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('says the template takes too long to render, keeping what was typed', async () => {
    await card(/^Segment: Young adults/).click();
    await inspector().getByRole('button', { name: 'Write a message for this group' }).click();
    const body = inspector().getByRole('textbox', { name: 'Message body' });
    await body.pressSequentially(RUNAWAY);
    await expect.poll(() => inspector().getByRole('alert').textContent(), POLL).toBe(TOO_LONG);
    expect(await body.inputValue()).toBe(RUNAWAY);
  });

  it('counts an edited filter and its undo at once, and the preview still explains the template', async () => {
    const before = fmt(await demoCount('age BETWEEN 25 AND 40'));
    expect(await countOf(/^Segment: Young adults,/)).toBe(before);
    await card(/^Filter: age is between 25 and 40,/).click();
    await inspector().getByRole('region', { name: 'Condition 1' }).getByRole('spinbutton', { name: 'To 1' }).fill('30');
    const after = fmt(await demoCount('age BETWEEN 25 AND 30'));
    expect(after).not.toBe(before);
    await expect.poll(() => countOf(/^Segment: Young adults,/), POLL).toBe(after);

    await page.getByRole('region', { name: 'Segment canvas' }).click({ position: { x: 20, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => countOf(/^Segment: Young adults,/), POLL).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => countOf(/^Segment: Young adults,/), POLL).toBe(after);

    await card(/^Segment: Young adults/).click();
    await expect.poll(() => inspector().getByRole('alert').textContent(), POLL).toBe(TOO_LONG);
    expect(await inspector().getByRole('textbox', { name: 'Message body' }).inputValue()).toBe(RUNAWAY);
    await screenshot(page, 'runaway-template');
  });

  it('refuses to export the members with their messages, naming the segment', async () => {
    const exporter = inspector().getByRole('region', { name: 'Export members' });
    await exporter.getByRole('checkbox', { name: 'With messages' }).check();
    await exporter.getByRole('button', { name: 'Export members' }).click();
    await expect.poll(() => exporter.getByRole('alert').textContent(), POLL)
      .toBe('The message of “Young adults” cannot be rendered: its body takes too long to render. Make its loops smaller or its text shorter.');
    await exporter.getByRole('alert').scrollIntoViewIfNeeded();
    await screenshot(page, 'runaway-template-export');
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
