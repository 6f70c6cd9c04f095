// When the engine fails: a worker that ends or throws is restarted with the stored tables, the canvas keeps counting and
// nothing saved is lost; a table the browser cannot store is not imported, and the project keeps the data it had.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDemoCsv } from '../helpers/demo-file';
import { browserAvailable, openPage, screenshot } from './browser';

const dir = join(tmpdir(), 'audience-canvas-e2e-worker-failure');
const CLIENTS = join(dir, 'clients.csv');
const BIG = join(dir, 'customers-300000.csv');

describe.runIf(browserAvailable())('when the engine fails', () => {
  let browser: Browser;
  let page: Page;
  const workers: Worker[] = [];
  const cards = (name: RegExp) => page.getByRole('article', { name });
  const filters = () => cards(/^Filter:/);
  const notice = () => page.locator('p.notice[role=alert]');
  const noticeText = async () => (await notice().textContent())?.trim();
  /** The engine's newest worker, as Playwright sees it (the test reaches into it as a crash would). */
  const engineWorker = () => workers[workers.length - 1];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(CLIENTS, 'customer_id,city\n1,Bakı\n2,Gəncə\n3,Şəki\n');
    await writeDemoCsv(BIG, 300_000, 2);
    ({ browser, page } = await openPage(inject('baseURL'), { width: 1440, height: 900 }));
    page.on('worker', (w) => { if (w.url().includes('worker')) workers.push(w); });
    await page.goto(inject('baseURL'));
    await cards(/^Filter: .*, [\d,]+ customers$/).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('restarts a worker that ended without a word, reloads the tables, and keeps counting new cards', async () => {
    const counted = await filters().first().getAttribute('aria-label');
    expect(counted).toMatch(/^Filter: age is between 25 and 40, [\d,]+ customers$/);
    const first = engineWorker();
    await first.evaluate(() => self.close());
    await expect.poll(noticeText, { timeout: 30_000 })
      .toBe('The engine stopped (it ended without a message); it was restarted and your tables were reloaded');
    await expect.poll(() => workers.length).toBe(2);
    await screenshot(page, 'worker-restarted');

    // The canvas is still editable, and a new card is counted by the new worker.
    await filters().first().click();
    await page.keyboard.press('Control+d');
    await expect.poll(() => filters().count()).toBe(2);
    await expect.poll(() => filters().nth(1).getAttribute('aria-label'), { timeout: 30_000 }).toBe(counted);
  });

  it('restarts a worker that threw, naming the error', async () => {
    await engineWorker().evaluate(() => { setTimeout(() => { throw new Error('engine test failure'); }); });
    await expect.poll(noticeText, { timeout: 30_000 })
      .toBe('The engine stopped (Uncaught Error: engine test failure); it was restarted and your tables were reloaded');
    await expect.poll(() => workers.length).toBe(3);
    await expect.poll(() => cards(/^All customers:/).getAttribute('aria-label'), { timeout: 30_000 }).toMatch(/, 5,000 customers$/);
  });

  it('names the file of an import the engine stopped in, and keeps the data as it was', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(BIG);
    await dialog.getByRole('columnheader', { name: 'household_income' }).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Import progress' });
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0.05);
    await engineWorker().evaluate(() => self.close());
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe('The engine stopped while importing “customers-300000.csv” (it ended without a message); it was restarted and your tables were reloaded. Nothing saved was changed.');
    await expect.poll(() => workers.length, { timeout: 30_000 }).toBe(4);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => cards(/^All customers:/).getAttribute('aria-label'), { timeout: 30_000 }).toMatch(/, 5,000 customers$/);
  });

  it('does not import a table the browser cannot store: the project keeps its data, also after a reload', async () => {
    // The disk is full: every IndexedDB write in the engine's worker fails as Chromium's does.
    await engineWorker().evaluate(() => {
      const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(CLIENTS);
    await dialog.getByRole('columnheader', { name: 'city' }).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 })
      .toBe('“clients.csv” was not imported: the browser storage is full. The project keeps the data it had; free some space and import again.');
    await screenshot(page, 'table-not-stored');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await expect.poll(() => cards(/^All customers:/).getAttribute('aria-label')).toMatch(/, 5,000 customers$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /saved/ }).first().textContent()).toBe('All changes saved');

    // After a reload: the same two filters (the copy made after the restart was saved), each counted.
    const counted = await filters().first().getAttribute('aria-label');
    await page.reload();
    await expect.poll(() => filters().count(), { timeout: 30_000 }).toBe(2);
    await expect.poll(() => filters().nth(1).getAttribute('aria-label'), { timeout: 30_000 }).toBe(counted);
    await expect.poll(() => cards(/^All customers:/).getAttribute('aria-label')).toMatch(/, 5,000 customers$/);
  });
});
