// A team lays out a buyer journey from the palette's template, checks each stage against DuckDB,
// edits a stage's rule and watches the funnel follow.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { duckCount } from '../oracle/duckdb';
import { browserAvailable, openPage, screenshot } from './browser';

const DEMO = join(tmpdir(), 'audience-canvas-e2e', 'demo-5000-journey.csv');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const yes = (c: string) => `lower(CAST(${c} AS VARCHAR)) IN ('yes', 'true')`;
/** Furthest stage first, as PRODUCT.md defines a journey. */
const stageSql = (pricing: number) => `CASE WHEN ${yes('demo_requested')} OR ${yes('trial_started')} THEN 'Decision'
  WHEN pricing_page_visits >= ${pricing} THEN 'Consideration' WHEN website_visits_30d >= 1 THEN 'Awareness' END`;
const inStage = (stage: string, pricing = 1) => duckCount(`SELECT count(*) FROM read_csv('${DEMO}') WHERE (${stageSql(pricing)}) = '${stage}'`);

describe.runIf(browserAvailable())('designing a buyer journey', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
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

  it('drops the three-stage template below all customers and counts each stage as DuckDB does', async () => {
    const canvas = page.getByRole('region', { name: 'Segment canvas' });
    const src = (await card(/^All customers:/).boundingBox())!;
    const c = (await canvas.boundingBox())!;
    await page.getByRole('complementary', { name: 'Blocks' }).getByRole('button', { name: 'Journey: Awareness → Consideration → Decision' })
      .dragTo(canvas, { targetPosition: { x: src.x + src.width / 2 + 300 - c.x, y: src.y + src.height + 80 - c.y } });
    for (const stage of ['Awareness', 'Consideration', 'Decision']) {
      await expect.poll(() => countOf(new RegExp(`^Stage: ${stage} —`))).toBe(fmt(await inStage(stage)));
    }
  });

  it('shows the funnel beside the canvas and follows an edited rule', async () => {
    await card(/^Stage: Consideration —/).click();
    const funnel = page.getByRole('figure', { name: 'Funnel' });
    const bars = async () => (await funnel.locator('svg text').allTextContents()).join(' | ');
    const reachedBefore = (await inStage('Consideration')) + (await inStage('Decision'));
    await expect.poll(bars).toContain(`Consideration | Decision | `);
    await expect.poll(bars).toContain(` | ${fmt(reachedBefore)} · `);
    const value = page.getByRole('complementary', { name: 'Inspector' }).getByRole('spinbutton', { name: 'Value 1' });
    await value.fill('3');
    await value.press('Tab');
    const reachedAfter = (await inStage('Consideration', 3)) + (await inStage('Decision', 3));
    expect(reachedAfter).toBeLessThan(reachedBefore);
    await expect.poll(bars).toContain(` | ${fmt(reachedAfter)} · `);
    await expect.poll(() => countOf(/^Stage: Awareness —/)).toBe(fmt(await inStage('Awareness', 3)));
    await expect.poll(() => page.getByRole('table').getByRole('row', { name: /Young adults/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Fit View' }).click();
    await screenshot(page, 'journey');
  });

  it('offers stage-fitting starter content, as valid Liquid, in one click', async () => {
    await card(/^Stage: Decision —/).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('button', { name: 'Write a message for this group' }).click();
    await expect.poll(() => inspector.getByText(/^Decision: make it easy to say yes/).count()).toBe(1);
    await inspector.getByRole('button', { name: 'Insert a starter for Decision' }).click();
    await expect.poll(() => inspector.getByRole('textbox', { name: 'Message body' }).inputValue()).toMatch(/special offer this week/);
    const preview = inspector.getByRole('group', { name: 'Preview' });
    await expect.poll(() => preview.getByTestId('preview-body').textContent()).toMatch(/^Hi .+,\n\nEverything you need to decide/);
    expect(await inspector.getByRole('alert').count()).toBe(0);
  });

  it('takes a sticky note for the workshop, whose text is data, not markup', async () => {
    await page.getByRole('complementary', { name: 'Blocks' }).getByRole('button', { name: 'Sticky note' }).click();
    const text = page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Note text' });
    await text.fill('Ask the client about loyalty data <img src=x onerror=alert(1)>');
    await text.press('Tab');
    await expect.poll(() => card(/^Note:/).getAttribute('aria-label')).toBe('Note: Ask the client about loyalty data <img src=x onerror=alert(1)>');
    expect(await card(/^Note:/).locator('img').count()).toBe(0);
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
