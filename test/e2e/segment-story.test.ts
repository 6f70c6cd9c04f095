// A marketer imports the telco file, builds source → filter → segment, edits a value, reloads, and finds the work.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { duckCount } from '../oracle/duckdb';
import { browserAvailable, openPage, screenshot } from './browser';
import { sharedFile } from '../helpers/shared-data';

const TELCO = sharedFile('telco_churn.csv');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const node = (page: Page, kind: string) => page.getByRole('article', { name: new RegExp(`^${kind}:`) });

describe.runIf(browserAvailable())('building a segment on an imported file', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL')));
  });
  afterAll(async () => { await browser?.close(); });

  it('opens on the demo data with live counts', async () => {
    await page.goto(inject('baseURL'));
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 20_000 }).toContain('5,000 customers');
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label')).toMatch(/\d customers$/);
  });

  it('imports telco_churn.csv through the file picker', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(TELCO);
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Type of TotalCharges' }).inputValue()).toBe('number');
    await dialog.getByRole('columnheader', { name: 'Contract', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label')).toContain('7,043 customers');
  });

  it('builds source → filter → segment and shows DuckDB\'s count', async () => {
    // Clear the example chain, keep the source.
    for (const kind of ['Segment', 'Filter']) {
      await node(page, kind).click();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect.poll(() => node(page, kind).count()).toBe(0);
    }
    await node(page, 'All customers').click();
    await page.getByRole('button', { name: 'Add filter' }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('button', { name: 'Add condition' }).click();
    await inspector.getByRole('combobox', { name: 'Column 1' }).selectOption('Contract');
    await inspector.getByRole('combobox', { name: 'Operator 1' }).selectOption({ label: 'is' });
    await inspector.getByRole('combobox', { name: 'Value 1' }).fill('Month-to-month');
    await inspector.getByRole('combobox', { name: 'Value 1' }).press('Tab');
    await inspector.getByRole('button', { name: 'Add condition' }).click();
    await inspector.getByRole('combobox', { name: 'Column 2' }).selectOption('tenure');
    await inspector.getByRole('combobox', { name: 'Operator 2' }).selectOption({ label: '<' });
    await inspector.getByRole('spinbutton', { name: 'Value 2' }).fill('12');
    await inspector.getByRole('spinbutton', { name: 'Value 2' }).press('Tab');

    const expected = await duckCount(`SELECT count(*) FROM read_csv('${TELCO}') WHERE lower(trim(Contract)) = 'month-to-month' AND tenure < 12`);
    expect(expected).toBe(1908);
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label')).toBe(`Filter: Contract is Month-to-month and tenure is less than 12, ${fmt(expected)} customers`);
    await page.getByRole('button', { name: 'Add segment' }).click();
    await expect.poll(() => node(page, 'Segment').getAttribute('aria-label')).toContain(`${fmt(expected)} customers`);
    await screenshot(page, 'segment-story');
  });

  it('changes the count while the value is edited', async () => {
    await node(page, 'Filter').click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('spinbutton', { name: 'Value 2' }).fill('24');
    const expected = await duckCount(`SELECT count(*) FROM read_csv('${TELCO}') WHERE Contract = 'Month-to-month' AND tenure < 24`);
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label')).toContain(`${fmt(expected)} customers`);
    await inspector.getByRole('spinbutton', { name: 'Value 2' }).press('Tab');
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  });

  it('finds the project and the data still there after a reload', async () => {
    const expected = await duckCount(`SELECT count(*) FROM read_csv('${TELCO}') WHERE Contract = 'Month-to-month' AND tenure < 24`);
    await page.reload();
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 20_000 }).toContain('7,043 customers');
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label')).toBe(`Filter: Contract is Month-to-month and tenure is less than 24, ${fmt(expected)} customers`);
    await expect.poll(() => node(page, 'Segment').getAttribute('aria-label')).toContain(`${fmt(expected)} customers`);
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
