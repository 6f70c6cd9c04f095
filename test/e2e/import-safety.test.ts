// Bad and big files: a clear message for an empty file; a big import shows progress, can be cancelled,
// changes nothing, and leaves the page responsive.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeDemoCsv } from '../helpers/demo-file';
import { browserAvailable, openPage } from './browser';

const dir = join(tmpdir(), 'audience-canvas-e2e');
const BIG = join(dir, 'customers-300000.csv');
const EMPTY = join(dir, 'empty.csv');

describe.runIf(browserAvailable())('importing bad and big files', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(EMPTY, '');
    await writeDemoCsv(BIG, 300_000, 2);
    ({ browser, page } = await openPage(inject('baseURL')));
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^All customers: .*, 5,000 customers$/ }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('says plainly that an empty file is empty', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(EMPTY);
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('The file is empty');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('shows progress on a big file, cancels it, and keeps the data as it was', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(BIG);
    await dialog.getByRole('columnheader', { name: 'household_income' }).waitFor();
    await page.evaluate(() => { (window as unknown as { longTasks: number[] }).longTasks.length = 0; });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Import progress' });
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0.05);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 30_000 }).toBe('The import was cancelled; nothing was changed');
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(`main-thread long tasks during the import: ${longTasks.length}, longest ${Math.round(Math.max(0, ...longTasks))} ms`);
    expect(Math.max(0, ...longTasks)).toBeLessThan(100);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('article', { name: /^All customers:/ }).getAttribute('aria-label')).toContain('5,000 customers');
  });
});
