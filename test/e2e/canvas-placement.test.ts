// Placement that never hides work, read in English, Persian (right to left) and Azerbaijani: a new project shows all
// its cards; A/B and hold-out tests and a journey added from the palette land beside the selection, wired, covering
// no card; fitted to the view, 14 cards turn compact and stay legible; drop-off reads "43.7 % drop off"; Svelte
// Flow's own labels speak the user's language.

import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage, screenshot } from './browser';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The palette's words in each language: the A/B and hold-out blocks, and the five-stage journey. */
const WORDS: Record<string, { ab: RegExp; holdout: RegExp; journey: RegExp; fitView: string; zoomIn: string; dropOff: RegExp }> = {
  'en-US': { ab: /^A\/B split/, holdout: /^Hold-out group/, journey: /^Journey: … → Retention/, fitView: 'Fit view', zoomIn: 'Zoom in', dropOff: /^[\d.]+ ?% drop off$/ },
  'fa-IR': { ab: /^تقسیم A\/B/, holdout: /^گروه کنترل/, journey: /^سفر: … ← ماندگاری ← حمایت$/, fitView: 'نمایش همه', zoomIn: 'بزرگ‌نمایی', dropOff: /ریزش$/ },
  'az-AZ': { ab: /^A\/B bölgüsü/, holdout: /^Nəzarət qrupu/, journey: /^Səyahət: … → Saxlama → Tövsiyə$/, fitView: 'Hamısını göstər', zoomIn: 'Yaxınlaşdır', dropOff: /itki$/ },
};
const TAG: Record<string, string> = { 'en-US': 'en', 'fa-IR': 'fa', 'az-AZ': 'az' };

describe.runIf(browserAvailable()).each(Object.keys(WORDS))('placing cards in %s', (locale) => {
  const words = WORDS[locale];
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const cards = () => page.locator('.svelte-flow__node:not(.svelte-flow__node-frame)');
  const edges = () => page.locator('.svelte-flow__edge').count();
  const palette = () => page.locator('aside.palette');
  const boxes = async () => (await cards().evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { id: e.getAttribute('data-id') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
  })));

  async function noneOverlap() {
    const bs = await boxes();
    const pairs = bs.flatMap((a, i) => bs.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.id}/${b.id}`));
    expect(pairs).toEqual([]);
  }

  beforeAll(async () => {
    ({ browser, page, errors } = await openPage(inject('baseURL'), { width: 1440, height: 900 }, locale));
    await page.goto(inject('baseURL'));
    await page.locator('.svelte-flow__node-source [data-testid="count"]').filter({ hasText: /\S\S/ }).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => { await browser?.close(); });
  afterEach(async (ctx) => { if (ctx.task.result?.state === 'fail') await screenshot(page, `canvas-placement-failed-${TAG[locale]}-${ctx.task.name.slice(0, 20).replace(/\W+/g, '-')}`); });

  it('shows every card of a new project, even after zooming far into the last one', async () => {
    const zoomIn = page.getByRole('button', { name: words.zoomIn, exact: true });
    for (let i = 0; i < 4; i++) await zoomIn.click();
    await page.locator('header button[aria-haspopup="dialog"]').first().click();
    await page.locator('[role="dialog"] button.primary').first().click();
    await expect.poll(() => cards().count()).toBe(1);
    await page.waitForTimeout(800);
    const pane = (await page.locator('.svelte-flow').boundingBox())!;
    for (const b of await boxes()) {
      expect(b.x).toBeGreaterThanOrEqual(pane.x);
      expect(b.y).toBeGreaterThanOrEqual(pane.y);
      expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width);
      expect(b.y + b.height).toBeLessThanOrEqual(pane.y + pane.height);
    }
  });

  it('adds a filter and a segment below the selection, wired, covering no card', async () => {
    await page.locator('.svelte-flow__node-source').click();
    await palette().locator('section').first().getByRole('button').first().click();
    await expect.poll(() => cards().count()).toBe(2);
    await page.locator('[role="toolbar"] button').nth(1).click();
    await expect.poll(() => cards().count()).toBe(3);
    await expect.poll(edges).toBe(2);
    await noneOverlap();
  });

  it('adds an A/B test beside the selection, wired branch by branch, covering no card', async () => {
    const before = await cards().count();
    const wired = await edges();
    await page.locator('.svelte-flow__node-segment').first().click();
    await palette().getByRole('button', { name: words.ab }).first().click();
    await expect.poll(() => cards().count()).toBe(before + 3);
    await expect.poll(edges).toBe(wired + 3);
    await page.waitForTimeout(500);
    await noneOverlap();
    // The new split is in view, with one output per branch.
    const split = page.locator('.svelte-flow__node-split').last();
    expect(await split.locator('.svelte-flow__handle.branch').count()).toBe(2);
    const pane = (await page.locator('.svelte-flow').boundingBox())!;
    const s = (await split.boundingBox())!;
    expect(s.y + s.height).toBeLessThanOrEqual(pane.y + pane.height);
    await screenshot(page, `canvas-split-${TAG[locale]}`);
  });

  async function selectFirstSegment() {
    await page.getByRole('button', { name: words.fitView, exact: true }).click();
    await page.waitForTimeout(400);
    await page.locator('.svelte-flow__node-segment').first().click();
  }

  it('adds a hold-out test and a journey beside the selection, each wired to it, covering no card', async () => {
    await selectFirstSegment();
    const before = await cards().count();
    const wired = await edges();
    await palette().getByRole('button', { name: words.holdout }).first().click();
    await expect.poll(() => cards().count()).toBe(before + 3);
    await selectFirstSegment();
    await palette().getByRole('button', { name: words.journey }).first().click();
    await expect.poll(() => cards().count()).toBe(before + 8);
    // Hold-out: split in, two branches out; journey: fed by the selection, four links between its five stages.
    await expect.poll(edges).toBe(wired + 3 + 5);
    await page.waitForTimeout(500);
    await noneOverlap();
  });

  it('fits all 14 cards in view as compact cards whose names and counts stay legible', async () => {
    expect(await cards().count()).toBe(14);
    await page.getByRole('button', { name: words.fitView, exact: true }).click();
    await page.waitForTimeout(600);
    await expect.poll(() => page.locator('.flow.compact').count()).toBe(1);
    expect(await page.locator('.svelte-flow__minimap').count()).toBe(0); // the fitted canvas is its own overview
    const zoom = await page.locator('.svelte-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    const px = await page.locator('.flow.compact .card [data-testid="count"]').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px * zoom).toBeGreaterThanOrEqual(11);
    const name = await page.locator('.flow.compact .card .text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(name * zoom).toBeGreaterThanOrEqual(9);
    await screenshot(page, `canvas-fitted-14-${TAG[locale]}`);
  });

  it('labels the drop-off between stages without a double negative', async () => {
    const labels = await page.locator('.svelte-flow__edge-label, .svelte-flow__edge-textwrapper text, .svelte-flow__edgelabel-renderer div').allTextContents();
    const drops = labels.map((l) => l.trim()).filter((l) => words.dropOff.test(l));
    expect(drops.length).toBe(4);
    expect(drops.every((d) => !d.includes('−') && !d.includes('-'))).toBe(true);
  });

  it('speaks the language in Svelte Flow\'s own controls and hints', async () => {
    for (const english of ['Zoom In', 'Zoom Out', 'Fit View', 'Toggle Interactivity', 'Control Panel']) {
      if (locale !== 'en-US' || english === 'Toggle Interactivity' || english === 'Control Panel') expect(await page.locator(`[aria-label="${english}"]`).count()).toBe(0);
    }
    const hints = await page.locator('[id^="svelte-flow__node-desc"], [id^="svelte-flow__edge-desc"]').allTextContents();
    expect(hints.join(' ')).not.toMatch(/Press enter or space/);
    const edge = await page.locator('.svelte-flow__edge').first().getAttribute('aria-label');
    expect(edge).not.toMatch(/^Edge from/);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: words.zoomIn, exact: true }).click();
    await expect.poll(() => page.locator('.svelte-flow__minimap title').count()).toBe(1);
    expect(await page.locator('.svelte-flow__minimap title').textContent()).not.toBe('Mini Map');
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
