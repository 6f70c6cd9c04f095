// Workshop frames: a team frames two cards from the right-click menu, names the frame, drags it and sees both cards
// follow, undoes the move in one step, finds the frame after a reload, resizes and duplicates it with its cards,
// saves the canvas as a picture with the frame in it, and reads its title right to left in Persian.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage, screenshot } from './browser';

describe.runIf(browserAvailable())('framing cards', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const filter = () => page.getByRole('article', { name: /^Filter:/ }).first();
  const segment = () => page.getByRole('article', { name: /^Segment:/ }).first();
  const frame = (name: string | RegExp) => page.getByRole('region', { name: typeof name === 'string' ? `Frame: ${name}` : name });
  const title = (name: string) => frame(name).getByRole('heading', { name });
  const corner = async (l: ReturnType<typeof filter>) => { const b = (await l.boundingBox())!; return { x: Math.round(b.x), y: Math.round(b.y) }; };

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1440, height: 900 }));
    await page.goto(inject('baseURL'));
    await filter().waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('frames the selected filter and segment from the right-click menu, sized around both', async () => {
    await filter().click();
    await segment().click({ modifiers: ['Shift'] });
    await segment().click({ button: 'right' });
    await page.getByRole('menu', { name: 'Card actions' }).getByRole('menuitem', { name: 'Frame selected cards' }).click();
    await expect.poll(() => frame('Frame 1').count()).toBe(1);
    const f = (await frame('Frame 1').boundingBox())!;
    for (const card of [filter(), segment()]) {
      const c = (await card.boundingBox())!;
      expect(c.x).toBeGreaterThan(f.x);
      expect(c.y).toBeGreaterThan(f.y);
      expect(c.x + c.width).toBeLessThan(f.x + f.width);
      expect(c.y + c.height).toBeLessThan(f.y + f.height);
    }
    // The new frame is selected: the inspector edits it, its resize handles show.
    await expect.poll(() => page.getByRole('textbox', { name: 'Frame title' }).inputValue()).toBe('Frame 1');
    expect(await page.locator('.svelte-flow__node-frame .svelte-flow__resize-control').count()).toBe(8);
  });

  it('renames the frame in the inspector as one undo step', async () => {
    const box = page.getByRole('textbox', { name: 'Frame title' });
    await box.fill('Retention ideas');
    await box.press('Tab');
    await expect.poll(() => frame('Retention ideas').count()).toBe(1);
    await page.locator('.svelte-flow__pane').click({ position: { x: 20, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => frame('Frame 1').count()).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => frame('Retention ideas').count()).toBe(1);
    // Unselected, the frame shows no handles; it lies behind the cards.
    expect(await page.locator('.svelte-flow__resize-control').count()).toBe(0);
    await screenshot(page, 'frames-canvas');
  });

  it('drags the frame by its title and both cards move with it; undo puts all three back at once', async () => {
    const before = { frame: await corner(frame('Retention ideas')), filter: await corner(filter()), segment: await corner(segment()) };
    const t = (await title('Retention ideas').boundingBox())!;
    await page.mouse.move(t.x + 20, t.y + t.height / 2);
    await page.mouse.down();
    await page.mouse.move(t.x + 20 + 120, t.y + t.height / 2 + 60, { steps: 10 });
    await page.mouse.up();
    const moved = { frame: await corner(frame('Retention ideas')), filter: await corner(filter()), segment: await corner(segment()) };
    const dx = moved.frame.x - before.frame.x;
    const dy = moved.frame.y - before.frame.y;
    // Svelte Flow starts a drag on the first step of the pointer, so the frame moves nine tenths of the way.
    expect([dx, dy]).toEqual([108, 54]);
    for (const k of ['filter', 'segment'] as const) {
      expect(Math.abs(moved[k].x - before[k].x - dx)).toBeLessThanOrEqual(1);
      expect(Math.abs(moved[k].y - before[k].y - dy)).toBeLessThanOrEqual(1);
    }
    await screenshot(page, 'frames-moved');
    await page.locator('.svelte-flow__pane').click({ position: { x: 20, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => corner(frame('Retention ideas'))).toEqual(before.frame);
    expect(await corner(filter())).toEqual(before.filter);
    expect(await corner(segment())).toEqual(before.segment);
    // Redo moves them again, and that is what gets saved.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => corner(frame('Retention ideas'))).toEqual(moved.frame);
    expect(await corner(segment())).toEqual(moved.segment);
  });

  it('finds the frame, its title and the moved cards after a reload', async () => {
    const want = { frame: await corner(frame('Retention ideas')), filter: await corner(filter()) };
    await page.waitForTimeout(600); // autosave
    await page.reload();
    await filter().waitFor({ timeout: 20_000 });
    await expect.poll(() => frame('Retention ideas').count()).toBe(1);
    // The view fits the cards again after a reload: the frame keeps its place relative to them.
    const f = await corner(frame('Retention ideas'));
    const c = await corner(filter());
    expect({ x: c.x - f.x, y: c.y - f.y }).toEqual({ x: want.filter.x - want.frame.x, y: want.filter.y - want.frame.y });
  });

  it('resizes the selected frame from its corner handle, as one undo step', async () => {
    await title('Retention ideas').click();
    const before = (await frame('Retention ideas').boundingBox())!;
    const handle = (await page.locator('.svelte-flow__node-frame .svelte-flow__resize-control.handle.bottom.right').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 80, handle.y + 40, { steps: 8 });
    await page.mouse.up();
    const after = (await frame('Retention ideas').boundingBox())!;
    expect(after.x).toBe(before.x);
    expect(after.width - before.width).toBeGreaterThan(60);
    expect(after.height - before.height).toBeGreaterThan(25);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await frame('Retention ideas').boundingBox())!.width).toBe(before.width);
  });

  it('duplicates the frame together with the two cards inside it', async () => {
    await title('Retention ideas').click();
    await page.keyboard.press('Control+d');
    await expect.poll(() => frame('Retention ideas').count()).toBe(2);
    expect(await page.getByRole('article', { name: /^Filter:/ }).count()).toBe(2);
    expect(await page.getByRole('article', { name: /^Segment:/ }).count()).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => frame('Retention ideas').count()).toBe(1);
    expect(await page.getByRole('article', { name: /^Filter:/ }).count()).toBe(1);
  });

  it('saves the canvas as a PNG with the frame in it and no resize handles', async () => {
    await title('Retention ideas').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the canvas as a picture (PNG)' }).click()]);
    mkdirSync('test-output', { recursive: true });
    const png = join('test-output', 'frames-picture.png');
    await download.saveAs(png);
    const bytes = readFileSync(png);
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    // The frame reaches below the segment card: the picture's height covers it (doubled for sharpness, 48 px margins).
    const f = (await frame('Retention ideas').boundingBox())!;
    const zoom = await page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.svelte-flow__viewport')!).transform).a);
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(Math.floor(2 * (f.height / zoom + 96)));
  });

  it('reads the title right to left in Persian, at the start (right) of the frame', async () => {
    await page.locator('.svelte-flow__pane').click({ position: { x: 20, y: 300 } });
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fa');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const named = frame(/Retention ideas/);
    expect(await named.getAttribute('aria-label')).toBe('قاب: Retention ideas');
    await expect.poll(() => named.count()).toBe(1);
    const f = (await named.boundingBox())!;
    const h = (await named.getByRole('heading').boundingBox())!;
    expect(await named.getByRole('heading').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(f.x + f.width - (h.x + h.width)).toBeLessThan(20);
    expect(h.x - f.x).toBeGreaterThan(100);
    await screenshot(page, 'frames-rtl');
  });

  it('made no request beyond the local server and logged no error', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
