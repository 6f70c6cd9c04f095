// Workshopping a journey with a room: present the canvas full-screen and walk through each stage and segment.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage, screenshot } from './browser';

describe.runIf(browserAvailable())('presenting a journey', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const card = (name: RegExp) => page.getByRole('article', { name });
  const countOf = async (name: RegExp) => (await card(name).getAttribute('aria-label'))?.match(/, ([\d,]+) customers?$/)?.[1];
  const bar = () => page.getByRole('region', { name: 'Presentation' });

  beforeAll(async () => {
    ({ browser, page, errors } = await openPage(inject('baseURL'), { width: 1440, height: 900 }));
    await page.goto(inject('baseURL'));
    await card(/^All customers: .*, 5,000 customers$/).waitFor({ timeout: 20_000 });
    const canvas = page.getByRole('region', { name: 'Segment canvas' });
    const src = (await card(/^All customers:/).boundingBox())!;
    const c = (await canvas.boundingBox())!;
    await page.getByRole('complementary', { name: 'Blocks' }).getByRole('button', { name: 'Journey: Awareness → Consideration → Decision' })
      .dragTo(canvas, { targetPosition: { x: src.x + src.width / 2 + 300 - c.x, y: src.y + src.height + 80 - c.y } });
    await card(/^Stage: Decision —.*customers?$/).waitFor();
  });
  afterAll(async () => { await browser?.close(); });

  it('hides the editing chrome and opens on the overview', async () => {
    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => bar().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Import data' }).count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Blocks' }).count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Inspector' }).count()).toBe(0);
    expect(await bar().textContent()).toContain('1 of 5');
    expect(await bar().textContent()).toContain('5,000 customers');
  });

  it('steps through the stages in journey order with their counts, then the segment', async () => {
    for (const [i, stage] of ['Awareness', 'Consideration', 'Decision'].entries()) {
      await page.keyboard.press(i === 1 ? 'Space' : 'ArrowRight');
      await expect.poll(() => bar().getByRole('heading').textContent()).toBe(stage);
      const text = await bar().textContent();
      expect(text).toContain(`Stage · ${i + 2} of 5`);
      expect(text).toContain(`${await countOf(new RegExp(`^Stage: ${stage} —`))} customers`);
      // The step's card is framed in the space above the bar, wholly in view.
      const stageCard = card(new RegExp(`^Stage: ${stage} —`));
      await expect.poll(async () => {
        const [c, b] = [await stageCard.boundingBox(), await bar().boundingBox()];
        return !!c && !!b && c.y >= 0 && c.y + c.height <= b.y && c.x >= 0 && c.x + c.width <= 1440;
      }, { timeout: 3000 }).toBe(true);
      if (i === 2) await screenshot(page, 'present-decision');
    }
    await bar().getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => bar().getByRole('heading').textContent()).toBe('Young adults');
    expect(await bar().getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => bar().textContent()).toContain('1 of 5');
  });

  it('ends with Escape and the canvas is editable again, nothing changed', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Import data' }).isVisible()).toBe(true);
    expect(await bar().count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true); // the template drop, still undoable
    expect(errors).toEqual([]);
  });
});
