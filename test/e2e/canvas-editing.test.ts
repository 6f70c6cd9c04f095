// Editing comfort on the canvas: duplicate, copy / paste, the right-click menu, tidy-up, keyboard navigation and
// keyboard moves, all through the one command registry, with undo and reload losing nothing.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage, screenshot } from './browser';

describe.runIf(browserAvailable())('editing the canvas', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const cards = (name: RegExp) => page.getByRole('article', { name });
  const filters = () => cards(/^Filter:/);
  const segments = () => cards(/^Segment:/);
  const mod = 'Control';

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1440, height: 900 }));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^Filter: .*customers$/ }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('duplicates a filter with Ctrl+D: the copy reads the same input and counts the same', async () => {
    await filters().first().click();
    await page.keyboard.press(`${mod}+d`);
    await expect.poll(() => filters().count()).toBe(2);
    const [a, b] = [await filters().nth(0).getAttribute('aria-label'), await filters().nth(1).getAttribute('aria-label')];
    await expect.poll(() => filters().nth(1).getAttribute('aria-label')).toBe(a);
    expect(b).toMatch(/^Filter: age is between 25 and 40/);
  });

  it('deletes the copy from its right-click menu, and the menu works from the keyboard', async () => {
    await filters().nth(1).click({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Card actions' });
    await expect.poll(() => menu.count()).toBe(1);
    await shotOf('canvas-context-menu');
    await menu.getByRole('menuitem', { name: /^Delete/ }).click();
    await expect.poll(() => filters().count()).toBe(1);
    expect(await menu.count()).toBe(0);
    // Shift+F10 opens it for the selected card; Escape closes it.
    await filters().first().click();
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => menu.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
  });

  it('copies a filter and its segment, pastes them on the empty canvas, and undoes the paste', async () => {
    await filters().first().click();
    await segments().first().click({ modifiers: ['Shift'] });
    await page.keyboard.press(`${mod}+c`);
    const pane = page.locator('.svelte-flow__pane');
    const box = (await pane.boundingBox())!;
    await pane.click({ position: { x: box.width - 200, y: 200 } });
    await page.keyboard.press(`${mod}+v`);
    await expect.poll(() => filters().count()).toBe(2);
    expect(await segments().count()).toBe(2);
    // The pasted chain is connected inside itself; the filter has no input until the user draws one.
    await expect.poll(() => page.locator('.svelte-flow__edge').count()).toBe(3);
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(() => filters().count()).toBe(1);
    expect(await segments().count()).toBe(1);
  });

  it('pastes through the right-click menu at the clicked spot', async () => {
    const pane = page.locator('.svelte-flow__pane');
    const box = (await pane.boundingBox())!;
    await pane.click({ button: 'right', position: { x: box.width - 300, y: 150 } });
    await page.getByRole('menu', { name: 'Canvas actions' }).getByRole('menuitem', { name: /^Paste/ }).click();
    await expect.poll(() => filters().count()).toBe(2);
    const pasted = (await filters().nth(1).boundingBox())!;
    expect(Math.abs(pasted.x - (box.x + box.width - 300))).toBeLessThan(30);
  });

  it('tidies up so that no two cards overlap, in one undo step', async () => {
    // Drop the second filter right on top of the first, then tidy up.
    const first = (await filters().nth(0).boundingBox())!;
    const second = (await filters().nth(1).boundingBox())!;
    await page.mouse.move(second.x + 30, second.y + 12);
    await page.mouse.down();
    await page.mouse.move(first.x + 40, first.y + 20, { steps: 8 });
    await page.mouse.up();
    await page.getByRole('button', { name: 'Tidy up the layout' }).click();
    await expect.poll(async () => overlaps(), { timeout: 5000 }).toBe(0);
    await shotOf('canvas-tidy');
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(async () => overlaps()).toBeGreaterThan(0);
    await page.keyboard.press(`${mod}+Shift+z`);
    await expect.poll(async () => overlaps()).toBe(0);
  });

  it('walks between cards with Alt+arrows and moves one with the arrow keys, kept after reload', async () => {
    await cards(/^All customers/).click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toMatch(/^filter/);
    const id = (await page.evaluate(() => document.activeElement?.getAttribute('data-id')))!;
    const node = page.locator(`.svelte-flow__node[data-id="${id}"]`);
    const before = await node.evaluate((el) => (el as HTMLElement).style.transform);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => node.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(before);
    const moved = await node.evaluate((el) => (el as HTMLElement).style.transform);
    await page.waitForTimeout(800); // autosave
    await page.reload();
    await expect.poll(() => page.locator(`.svelte-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform), { timeout: 20_000 }).toBe(moved);
    expect(await filters().count()).toBe(2);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });

  /** How many pairs of cards overlap on screen. */
  async function overlaps(): Promise<number> {
    const boxes = await page.locator('.svelte-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
    let n = 0;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]; const b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) n++;
    }
    return n;
  }
  const shotOf = (name: string) => screenshot(page, name);
});
