// A user works in their own language: switches to Persian (the page mirrors, counts in Persian digits), reloads and is
// still in Persian, tries Armenian and Kyrgyz (palette and card sentences translated), and goes back to English —
// without losing the project or its undo history. A first visit follows the browser's language.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage, screenshot } from './browser';

type Catalogue = Record<string, string | Record<string, string>>;
/** A locale's catalogue as the app registers it: every namespace file of its folder. */
function catalogue(locale: string): Catalogue {
  const dir = `src/i18n/${locale}`;
  return Object.assign({}, ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))));
}
const text = (cat: Catalogue, key: string) => cat[key] as string;
const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
/** "N customers" on a card, as the catalogue words it and Intl writes the number. */
function customers(locale: string, cat: Catalogue, n: number): string {
  const forms = cat['ui.node.customers'] as Record<string, string>;
  return fill(forms[new Intl.PluralRules(locale).select(n)] ?? forms.other, { count: new Intl.NumberFormat(locale).format(n) });
}
/** The example filter's sentence (`age` between 25 and 40) as the catalogue words it. */
function ageSentence(locale: string, cat: Catalogue): string {
  const num = (n: number) => new Intl.NumberFormat(locale).format(n);
  return fill(text(cat, 'ui.sentence.between'), { column: 'age', value: fill(text(cat, 'ui.op.range'), { a: num(25), b: num(40) }) });
}

const fa = catalogue('fa');
const hy = catalogue('hy');
const hasKyrgyz = existsSync('src/i18n/ky/palette.json') && existsSync('src/i18n/ky/ui.json');

describe.runIf(browserAvailable())('working in your own language', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const picker = (name: string) => page.getByRole('combobox', { name, exact: true });
  const card = (kind: string) => page.getByRole('article', { name: new RegExp(`^${kind}`) });
  const box = async (role: 'complementary' | 'region', name: string) => (await page.getByRole(role, { name, exact: true }).boundingBox())!;
  /** Long labels never widen the page: nothing scrolls sideways, the save status and the inspector stay in the window. */
  async function fitsWindow(inspectorName: string) {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
    const status = (await page.getByRole('banner').getByRole('status').boundingBox())!;
    const inspector = await box('complementary', inspectorName);
    for (const b of [status, inspector]) expect([b.x >= 0, b.x + b.width <= 1280]).toEqual([true, true]);
  }

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL')));
    await page.goto(inject('baseURL'));
    await card('All customers').getByTestId('count').filter({ hasText: '5,000 customers' }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('switches to Persian at once: right to left, palette on the right, Persian digits, the undo history kept', async () => {
    // An edit first, so there is something to undo after the switch.
    await picker('Data language').selectOption('tr');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);

    await picker('Language').selectOption('fa');
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
    const palette = await box('complementary', text(fa, 'palette.label'));
    const inspector = await box('complementary', text(fa, 'ui.inspector.label'));
    const canvas = await box('region', text(fa, 'ui.canvas.label'));
    expect(palette.x).toBeGreaterThan(canvas.x);
    expect(inspector.x).toBeLessThan(canvas.x);
    expect(palette.x + palette.width).toBeCloseTo(1280, -1);

    const source = card(text(fa, 'ui.node.source'));
    await expect.poll(() => source.getByTestId('count').textContent()).toBe(customers('fa', fa, 5000));
    expect(customers('fa', fa, 5000)).toBe('۵٬۰۰۰ مشتری');
    await expect.poll(() => page.getByRole('complementary', { name: text(fa, 'palette.label') })
      .getByRole('region', { name: text(fa, 'palette.family.demographic'), exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: text(fa, 'ui.toolbar.undo') }).isEnabled()).toBe(true);
    expect(await picker(text(fa, 'ui.language.data')).inputValue()).toBe('tr');
    await fitsWindow(text(fa, 'ui.inspector.label'));
    await screenshot(page, 'languages-fa');

    await card(text(fa, 'ui.node.filter')).click();
    await expect.poll(() => page.getByRole('complementary', { name: text(fa, 'ui.inspector.label') }).textContent()).toContain(text(fa, 'ui.inspector.match'));
    await screenshot(page, 'languages-fa-filter');
    await page.getByRole('button', { name: text(fa, 'projects.button') }).click();
    await page.getByRole('dialog').waitFor();
    await screenshot(page, 'languages-fa-projects');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The right-click menu opens towards the left of the point, as menus do right to left.
    const filter = (await card(text(fa, 'ui.node.filter')).boundingBox())!;
    const at = { x: filter.x + filter.width / 2, y: filter.y + filter.height / 2 };
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = (await page.getByRole('menu').boundingBox())!;
    expect([Math.abs(menu.x + menu.width - at.x) < 2, Math.abs(menu.y - at.y) < 2]).toEqual([true, true]);
    await screenshot(page, 'languages-fa-menu');
    await page.keyboard.press('Escape');
  });

  it('is still in Persian after a reload', async () => {
    await page.reload();
    await expect.poll(() => card(text(fa, 'ui.node.source')).getByTestId('count').textContent(), { timeout: 20_000 }).toBe(customers('fa', fa, 5000));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
    expect(await picker(text(fa, 'ui.language.label')).inputValue()).toBe('fa');
  });

  it('speaks Armenian: the palette and the card sentences are translated', async () => {
    await picker(text(fa, 'ui.language.label')).selectOption('hy');
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['hy', 'ltr']);
    const demographic = page.getByRole('region', { name: text(hy, 'palette.family.demographic'), exact: true });
    await expect.poll(() => demographic.getByRole('button', { name: text(hy, 'palette.block.age'), exact: true }).count()).toBe(1);
    await expect.poll(() => card(text(hy, 'ui.node.filter')).locator('.text').textContent()).toBe(ageSentence('hy', hy));
    await fitsWindow(text(hy, 'ui.inspector.label'));
    await screenshot(page, 'languages-hy');
  });

  it.runIf(hasKyrgyz)('speaks Kyrgyz: the palette and the card sentences are translated', async () => {
    const ky = catalogue('ky');
    await picker(text(hy, 'ui.language.label')).selectOption('ky');
    const demographic = page.getByRole('region', { name: text(ky, 'palette.family.demographic'), exact: true });
    await expect.poll(() => demographic.getByRole('button', { name: text(ky, 'palette.block.age'), exact: true }).count()).toBe(1);
    await expect.poll(() => card(text(ky, 'ui.node.filter')).locator('.text').textContent()).toBe(ageSentence('ky', ky));
    await fitsWindow(text(ky, 'ui.inspector.label'));
    await screenshot(page, 'languages-ky');
  });

  it('fits every language into the window at 1280 × 800', async () => {
    const switcher = page.getByRole('banner').getByRole('combobox');
    const locales = await switcher.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(locales).toEqual(['en', 'az', 'tr', 'fa', 'hy', 'ky', 'ru'].filter((l) => existsSync(`src/i18n/${l}`)));
    for (const locale of locales) {
      await switcher.selectOption(locale);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await fitsWindow(locale === 'en' ? 'Inspector' : text(catalogue(locale), 'ui.inspector.label'));
    }
  });

  it('goes back to English', async () => {
    await page.getByRole('banner').getByRole('combobox').selectOption('en');
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await expect.poll(() => card('All customers').getByTestId('count').textContent()).toBe('5,000 customers');
    await expect.poll(() => card('Filter').locator('.text').textContent()).toBe('age is between 25 and 40');
    const palette = await box('complementary', 'Blocks');
    expect(palette.x).toBe(0);
    await fitsWindow('Inspector');
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.runIf(browserAvailable())('a first visit', () => {
  it('follows the browser: a Persian browser opens the app in Persian, right to left', async () => {
    const { browser, page, errors } = await openPage(inject('baseURL'), { width: 1280, height: 800 }, 'fa-IR');
    try {
      await page.goto(inject('baseURL'));
      await expect.poll(() => card(page, text(fa, 'ui.node.source')), { timeout: 20_000 }).toBe(customers('fa', fa, 5000));
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
      expect(await page.getByRole('textbox', { name: text(fa, 'ui.project.name') }).inputValue()).toBe(text(fa, 'ui.example.name'));
      expect(errors).toEqual([]);
    } finally { await browser.close(); }
  });
});

function card(page: Page, kind: string): Promise<string | null> {
  return page.getByRole('article', { name: new RegExp(`^${kind}`) }).getByTestId('count').textContent();
}
