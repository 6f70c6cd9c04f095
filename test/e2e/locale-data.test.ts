// A consultant opens an Azerbaijani client's export (semicolons, decimal commas, D.M.YYYY dates, ə ı İ ş …),
// sets the project's data language to Azerbaijani and filters Bakı customers aged 25 to 40: the card's count
// equals a plain count of the file, in which BAKI and bakı are Bakı as Azerbaijani writes them.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage, screenshot } from './browser';

const FIXTURE = 'test/fixtures/az-customers.csv';
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);

/** The fixture read independently: split on ';', cities folded by `locale`, ages as plain numbers. */
function bakuAged25to40(locale: string): number {
  const rows = readFileSync(FIXTURE, 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
  return rows.filter((r) => r[4].trim().toLocaleLowerCase(locale) === 'bakı'.toLocaleLowerCase(locale)
    && r[3] !== '' && Number(r[3]) >= 25 && Number(r[3]) <= 40).length;
}

describe.runIf(browserAvailable())('filtering an Azerbaijani customer file', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const card = (kind: string) => page.getByRole('article', { name: new RegExp(`^${kind}:`) });
  const inspector = () => page.getByRole('complementary', { name: 'Inspector' });
  const condition = (n: number) => inspector().getByRole('region', { name: `Condition ${n}` });
  /** The rows of condition n's value checklist as read: value and count. */
  const valueRows = (n: number) => condition(n).getByRole('list', { name: `Values ${n}` }).getByRole('checkbox')
    .evaluateAll((boxes) => boxes.map((b) => `${b.closest('label')?.textContent?.replace(/\s+/g, ' ').trim()}${(b as HTMLInputElement).checked ? ' ✓' : ''}`));

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1280, height: 1000 }));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^All customers: .*, 5,000 customers$/ }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('imports the semicolon file with decimal commas and day-first dates through the dialog', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(FIXTURE);
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Delimiter' }).inputValue()).toBe(';');
    expect(await dialog.getByRole('combobox', { name: 'Encoding' }).inputValue()).toBe('utf-8');
    for (const [column, type] of [['yaş', 'number'], ['şəhər', 'text'], ['məbləğ', 'number'], ['qeydiyyat_tarixi', 'date']]) {
      expect(await dialog.getByRole('combobox', { name: `Type of ${column}` }).inputValue()).toBe(type);
    }
    await dialog.getByRole('columnheader', { name: 'şəhər', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => card('All customers').getAttribute('aria-label')).toContain('30 customers');
  });

  it('sets the data language to Azerbaijani', async () => {
    for (const kind of ['Segment', 'Filter']) {
      await card(kind).click();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect.poll(() => card(kind).count()).toBe(0);
    }
    const language = inspector().getByRole('combobox', { name: 'Data language' });
    await language.selectOption('az');
    await expect.poll(() => language.inputValue()).toBe('az');
  });

  it('filters şəhər is any of Bakı and yaş between 25 and 40, counted as the file says in Azerbaijani', async () => {
    await card('All customers').click();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await inspector().getByRole('button', { name: 'Add condition' }).click();
    await condition(1).getByRole('combobox', { name: 'Column 1' }).selectOption('şəhər');
    await condition(1).getByRole('combobox', { name: 'Operator 1' }).selectOption({ label: 'is any of' });
    expect(await condition(1).getByRole('button', { name: 'Clear' }).isDisabled()).toBe(true);
    // Bakı, BAKI, bakı and " Bakı " are one value in Azerbaijani, as the filter counts it: one row (İSMAYILLI likewise).
    await expect.poll(() => valueRows(1)).toEqual(['Bakı 16', 'Gəncə 4', 'Şəki 3', 'İsmayıllı 2', 'Sumqayıt 1', 'Lənkəran 1', 'Quba 1', 'Xaçmaz 1']);
    await condition(1).getByRole('checkbox', { name: 'Bakı 16' }).check();
    await inspector().getByRole('button', { name: 'Add condition' }).click();
    await condition(2).getByRole('combobox', { name: 'Column 2' }).selectOption('yaş');
    await condition(2).getByRole('combobox', { name: 'Operator 2' }).selectOption({ label: 'between' });
    await condition(2).getByRole('spinbutton', { name: 'From 2' }).fill('25');
    await condition(2).getByRole('spinbutton', { name: 'To 2' }).fill('40');
    await condition(2).getByRole('spinbutton', { name: 'To 2' }).press('Tab');

    const [az, en] = [bakuAged25to40('az'), bakuAged25to40('en')];
    expect([az, en]).toEqual([11, 9]); // BAKI (twice) is Bakı only where I lowers to ı
    await expect.poll(() => card('Filter').getAttribute('aria-label')).toBe(`Filter: şəhər is any of Bakı and yaş is between 25 and 40, ${fmt(az)} customers`);
    await screenshot(page, 'locale-data');
  });

  it('lists BAKI apart from Bakı again once the data language is English, where I lowers to i', async () => {
    await page.locator('.svelte-flow__pane').click({ position: { x: 20, y: 300 } });
    await inspector().getByRole('combobox', { name: 'Data language' }).selectOption('en');
    await card('Filter').click();
    await expect.poll(() => valueRows(1)).toEqual([
      'Bakı 14 ✓', 'Gəncə 4', 'Şəki 3', 'BAKI 2', 'İsmayıllı 1', 'Sumqayıt 1', 'Lənkəran 1', 'İSMAYILLI 1', 'Quba 1', 'Xaçmaz 1',
    ]);
    await expect.poll(() => card('Filter').getAttribute('aria-label')).toMatch(new RegExp(`, ${fmt(bakuAged25to40('en'))} customers$`));
    await condition(1).getByRole('list', { name: 'Values 1' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'locale-data-en');
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
