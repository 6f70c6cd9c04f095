// A consultant opens what the client sent: drops an Excel workbook on the page, picks its Orders sheet and counts a
// segment; imports a Parquet file through the file picker and checks a count against DuckDB; reloads and finds both
// kept. Every format's preview is photographed (also in Persian, right to left) for a person to judge.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { duckCount } from '../oracle/duckdb';
import { sharedFile } from '../helpers/shared-data';
import { browserAvailable, openPage, screenshot } from './browser';

const dir = join(tmpdir(), 'audience-canvas-e2e-formats');
const XLSX = sharedFile('superstore_orders.xlsx');
const TELCO = sharedFile('telco_churn.csv');
const PARQUET = join(dir, 'telco_churn.parquet');
const ZIP = join(dir, 'audience_export.zip');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const node = (page: Page, kind: string) => page.getByRole('article', { name: new RegExp(`^${kind}:`) });

/** Drops a file on the canvas as a browser does: dragenter, dragover and drop carrying a DataTransfer with the file's bytes. */
async function dropFile(page: Page, path: string, name: string, beforeDrop?: () => Promise<void>) {
  const b64 = readFileSync(path).toString('base64');
  const dataTransfer = await page.evaluateHandle(({ b64, name }) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    return dt;
  }, { b64, name });
  await page.dispatchEvent('section.canvas', 'dragenter', { dataTransfer });
  await page.dispatchEvent('section.canvas', 'dragover', { dataTransfer });
  await beforeDrop?.();
  await page.dispatchEvent('section.canvas', 'drop', { dataTransfer });
}

describe.runIf(browserAvailable())('importing the formats clients send', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    await duckCount(`COPY (SELECT * FROM read_csv('${TELCO}')) TO '${PARQUET}' (FORMAT parquet, COMPRESSION zstd)`);
    // A mailing tool's audience export: one CSV per list, zipped.
    const mall = readFileSync(sharedFile('mall_customers.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
    writeFileSync(ZIP, zipSync({
      'subscribed_members.csv': strToU8(`${mall.slice(0, 151).join('\n')}\n`),
      'unsubscribed_members.csv': strToU8(`${[mall[0], ...mall.slice(151)].join('\n')}\n`),
    }));
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL')));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^All customers: .*, 5,000 customers$/ }).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('opens the import with a workbook dropped on the page, lists its sheets and reads the one picked', async () => {
    await dropFile(page, XLSX, 'superstore_orders.xlsx', async () => {
      await page.getByRole('status').filter({ hasText: 'Drop the file to import it' }).waitFor();
      await screenshot(page, 'import-drop-hint');
    });
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    const sheets = dialog.getByRole('group', { name: 'Sheet' });
    await sheets.waitFor({ timeout: 60_000 });
    // The browser did not navigate to the file.
    expect(page.url()).toBe(inject('baseURL'));
    expect(await sheets.getByRole('radio').evaluateAll((rs) => rs.map((r) => r.closest('label')!.textContent!.trim())))
      .toEqual(['Orders (9,994 rows)', 'Returns (296 rows)', 'People (4 rows)']);
    await expect.poll(() => dialog.getByRole('group', { name: 'What was found' }).textContent()).toContain('Excel workbook');
    await sheets.getByRole('radio', { name: 'Returns (296 rows)' }).check();
    await dialog.getByRole('columnheader', { name: 'Returned' }).waitFor({ timeout: 30_000 });
    await sheets.getByRole('radio', { name: 'Orders (9,994 rows)' }).check();
    await dialog.getByRole('columnheader', { name: 'Segment' }).waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('combobox', { name: 'Type of Order Date' }).inputValue()).toBe('date');
    expect(await dialog.getByRole('combobox', { name: 'Type of Postal Code' }).inputValue()).toBe('text');
    await screenshot(page, 'import-preview-xlsx');
  });

  it('imports the Orders sheet, reports the repeated customer ids, and counts Segment is Consumer as 5,191', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByRole('combobox', { name: 'Customer key' }).selectOption('Customer ID');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    // Orders repeat their customer: the key report says so, and the dialog stays open to be read.
    const report = dialog.getByRole('region', { name: 'Customer key: Customer ID' });
    await report.waitFor({ timeout: 60_000 });
    // 793 different Customer IDs in the Orders sheet (the figure of the xlsx reader's unit test).
    expect(await report.textContent()).toContain('9,994 rows hold 793 different values.');
    expect(await report.textContent()).toMatch(/keys appear more than once: [A-Z]{2}-\d{5} \(\d+ rows\)/);
    expect(await report.textContent()).not.toContain('have no Customer ID');
    await screenshot(page, 'import-key-report');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 30_000 }).toContain('9,994 customers');

    for (const kind of ['Segment', 'Filter']) {
      await node(page, kind).click();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect.poll(() => node(page, kind).count()).toBe(0);
    }
    await node(page, 'All customers').click();
    await page.getByRole('button', { name: 'Add filter' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('button', { name: 'Add condition' }).click();
    await inspector.getByRole('combobox', { name: 'Column 1' }).selectOption('Segment');
    await inspector.getByRole('combobox', { name: 'Operator 1' }).selectOption({ label: 'is' });
    await inspector.getByRole('combobox', { name: 'Value 1' }).fill('Consumer');
    await inspector.getByRole('combobox', { name: 'Value 1' }).press('Tab');
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Filter: Segment is Consumer, 5,191 customers');
  });

  it('imports a Parquet file through the file picker, and a filter counts what DuckDB counts in it', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(PARQUET);
    const found = dialog.getByRole('group', { name: 'What was found' });
    await expect.poll(() => found.textContent(), { timeout: 60_000 }).toContain('Parquet');
    expect(await found.textContent()).toContain('7,043 rows');
    expect(await dialog.getByRole('combobox', { name: 'Customer key' }).inputValue()).toBe('customerID');
    await screenshot(page, 'import-preview-parquet');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 30_000 }).toContain('7,043 customers');

    await node(page, 'Filter').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('combobox', { name: 'Column 1' }).selectOption('Contract');
    await inspector.getByRole('combobox', { name: 'Operator 1' }).selectOption({ label: 'is' });
    await inspector.getByRole('combobox', { name: 'Value 1' }).fill('Two year');
    await inspector.getByRole('combobox', { name: 'Value 1' }).press('Tab');
    const expected = await duckCount(`SELECT count(*) FROM read_parquet('${PARQUET}') WHERE Contract = 'Two year'`);
    expect(expected).toBe(1695);
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label'), { timeout: 30_000 }).toBe(`Filter: Contract is Two year, ${fmt(expected)} customers`);
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor({ timeout: 30_000 });
  });

  it('finds the Parquet table and the count again after a reload', async () => {
    await page.reload();
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 30_000 }).toContain('7,043 customers');
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label'), { timeout: 30_000 }).toBe('Filter: Contract is Two year, 1,695 customers');
  });

  let lastFound = '';
  /** The "about N rows" of a preview read in part, as a number. */
  const estimate = (found: string) => Number(/about ([\d,]+) rows/.exec(found)?.[1].replace(/,/g, '') ?? NaN);

  /** Opens the import with `path`, checks what the preview says it found, photographs it and closes with Escape. */
  async function previewShot(path: string, name: string, says: (string | RegExp)[]) {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(path);
    const found = dialog.getByRole('group', { name: 'What was found' });
    await found.waitFor({ timeout: 60_000 });
    for (const s of says) await expect.poll(() => found.textContent()).toMatch(s);
    await screenshot(page, `import-preview-${name}`);
    lastFound = (await found.textContent()) ?? '';
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // Focus went back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Import data');
  }

  it('names each text format, counts its rows, and closes on Escape', async () => {
    await previewShot(TELCO, 'csv', ['CSV (comma-separated)', '26 columns']);
    expect(Math.abs(estimate(lastFound) - 7043) / 7043).toBeLessThan(0.05);
    await previewShot(sharedFile('marketing_campaign.tsv'), 'tsv', ['TSV (tab-separated)', '2,240 rows', '29 columns']);
    await previewShot(sharedFile('cdnow_master.txt'), 'spaces', ['Text in columns aligned by spaces', '4 columns']);
    expect(Math.abs(estimate(lastFound) - 69_659) / 69_659).toBeLessThan(0.05);
    await previewShot(ZIP, 'zip', ['Zip archive', '150 rows', '5 columns']);
    await previewShot(sharedFile('products_lz4.feather'), 'feather', ['Arrow / Feather', '4 rows', '8 columns']);
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.runIf(browserAvailable())('importing in Persian', () => {
  it('shows the drop hint and the workbook preview right to left', async () => {
    const { browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1280, height: 800 }, 'fa-IR');
    try {
      await page.goto(inject('baseURL'));
      await page.locator('section.canvas').waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await dropFile(page, XLSX, 'superstore_orders.xlsx', async () => {
        await page.getByRole('status').filter({ hasText: 'پرونده را رها کنید تا وارد شود' }).waitFor();
        await screenshot(page, 'import-drop-hint-fa');
      });
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('group', { name: 'برگه' }).waitFor({ timeout: 60_000 });
      await expect.poll(() => dialog.getByRole('group', { name: 'آنچه پیدا شد' }).textContent()).toContain('کارپوشه اکسل');
      expect(await dialog.getByRole('radio', { name: 'Orders (۹٬۹۹۴ ردیف)' }).isChecked()).toBe(true);
      await screenshot(page, 'import-preview-xlsx-fa');
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
