// A marketer types and reads numbers in their own language: in Persian ۶۰ typed into an age condition counts the
// customers aged 60 (a letter says what is wrong and the count stays), in Azerbaijani the cards and the inspector
// write 5.000 and Azerbaijani month names even though Debian's Chromium has no Azerbaijani data. Screenshots at
// 1440×900 in English, Persian and Azerbaijani of the inspector beside a journey and of a new project.

import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { browserAvailable, openPage, screenshot, type OpenedPage } from './browser';

type Catalogue = Record<string, string | Record<string, string>>;
function catalogue(locale: string): Catalogue {
  const dir = `src/i18n/${locale}`;
  return Object.assign({}, ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))));
}
const CATALOGUES: Record<string, Catalogue> = { en: catalogue('en'), fa: catalogue('fa'), az: catalogue('az') };
const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);

/** The demo customers (the app's built-in data), column by column, read straight from the generated file. */
const [header, ...lines] = demoCsv(5000).trimEnd().split('\n');
const column = (name: string) => { const i = header.split(',').indexOf(name); return lines.map((l) => l.split(',')[i]); };
const aged = (n: number) => column('age').filter((a) => a !== '' && Number(a) === n).length;

/** Persian digits, written here from the script, not by Intl. */
const persian = (n: number) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
/** Azerbaijani numbers as CLDR writes them: thousands grouped with a dot, a decimal comma. */
const azerbaijani = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** Azerbaijani month names in a medium date ("25 apr 2022"), January first. */
const AZ_MONTHS = ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'];
const azDay = (iso: string) => `${Number(iso.slice(8, 10))} ${AZ_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

describe.runIf(browserAvailable())('numbers and dates in the user\'s language', () => {
  let opened: OpenedPage | undefined;
  let browser: Browser;
  let page: Page;
  let cat: Catalogue;
  const text = (key: string) => cat[key] as string;
  const card = (kindKey: string) => page.getByRole('article', { name: new RegExp(`^${text(kindKey)}`) });
  const inspector = () => page.getByRole('complementary', { name: text('ui.inspector.label'), exact: true });
  const named = (key: string, n: number) => `${text(key)} ${n}`;

  async function open(locale: string) {
    await opened?.browser.close();
    cat = CATALOGUES[locale];
    opened = await openPage(inject('baseURL'), { width: 1440, height: 900 }, locale === 'fa' ? 'fa-IR' : locale === 'az' ? 'az-AZ' : 'en-US');
    ({ browser, page } = opened);
    await page.goto(inject('baseURL'));
    await card('ui.node.source').getByTestId('count').waitFor({ timeout: 30_000 });
  }
  afterAll(async () => { await browser?.close(); });

  it('counts the customers aged 60 when ۶۰ is typed in Persian, and keeps that count when a letter follows', async () => {
    await open('fa');
    const customers = (n: number) => fill((cat['ui.node.customers'] as Record<string, string>).other, { count: new Intl.NumberFormat('fa').format(n) });
    await card('ui.node.filter').click();
    await inspector().getByRole('combobox', { name: named('ui.inspector.operator', 1) }).selectOption('eq');
    const value = inspector().getByRole('spinbutton', { name: named('ui.inspector.value', 1) });
    await value.fill('۶۰');
    await value.press('Tab');
    expect(aged(60)).toBeGreaterThan(0);
    await expect.poll(() => card('ui.node.filter').getByTestId('count').textContent(), { timeout: 20_000 }).toBe(customers(aged(60)));
    expect(await value.inputValue()).toBe('۶۰');
    expect(await value.getAttribute('aria-invalid')).toBeNull();

    await value.fill('۶۰ب');
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => inspector().getByRole('alert').textContent()).toContain(fill(text('input.number.kept'), { value: persian(60) }));
    await value.press('Tab');
    expect(await card('ui.node.filter').getByTestId('count').textContent()).toBe(customers(aged(60)));
    await screenshot(page, 'locale-input-fa-number');
  });

  it('writes 5.000 and Azerbaijani month names on the cards and in the inspector', async () => {
    await open('az');
    await expect.poll(() => card('ui.node.source').getByTestId('count').textContent()).toBe('5.000 müştəri');
    await card('ui.node.filter').click();

    await inspector().getByRole('combobox', { name: named('ui.inspector.column', 1) }).selectOption('household_income');
    const incomes = column('household_income').filter((v) => v !== '').map(Number);
    const range = fill(text('inspector.number.range'), { min: azerbaijani(Math.min(...incomes)), max: azerbaijani(Math.max(...incomes)) });
    expect(range).toMatch(/\d\.\d{3}/);
    await expect.poll(() => inspector().getByText(range).count()).toBe(1);

    await inspector().getByRole('combobox', { name: named('ui.inspector.column', 1) }).selectOption('last_purchase_date');
    const days = column('last_purchase_date').filter((v) => v !== '').sort();
    const dates = fill(text('inspector.date.range'), { min: azDay(days[0]), max: azDay(days.at(-1)!) });
    expect(dates).toMatch(new RegExp(AZ_MONTHS.join('|')));
    await expect.poll(() => inspector().getByText(dates, { exact: false }).count()).toBe(1);
    // A range typed day first, as Azerbaijani writes it; the day understood is shown in Azerbaijani under each end.
    await inspector().getByRole('combobox', { name: named('ui.inspector.operator', 1) }).selectOption('between');
    const from = inspector().getByRole('textbox', { name: named('ui.inspector.from', 1) });
    await from.fill('1.2.2025');
    await from.press('Tab');
    await expect.poll(() => inspector().getByText('1 fev 2025', { exact: true }).count()).toBe(1);
    await screenshot(page, 'locale-input-az-dates');
  });

  it.each(['en', 'fa', 'az'])('shows the inspector beside a journey, its segments × stages table whole (%s)', async (locale) => {
    await open(locale);
    await card('ui.node.source').click();
    await page.getByRole('complementary', { name: text('palette.label'), exact: true }).getByRole('button', { name: text('journey.template.threeStage') }).click();
    const stages = page.getByRole('article', { name: new RegExp(`^${text('ui.node.stage')}`) });
    await expect.poll(() => stages.count()).toBe(3);
    // Two more segments (after the journey's first stage), so the table has three segment columns to fit.
    for (let i = 0; i < 2; i++) await page.getByRole('toolbar', { name: text('ui.toolbar.label') }).getByRole('button', { name: text('canvas.action.addSegment') }).click();
    await stages.nth(1).click();
    const table = inspector().getByRole('table', { name: text('journey.spread.title') });
    await table.waitFor({ timeout: 20_000 });
    await expect.poll(() => table.getByRole('columnheader').count()).toBe(4);
    // Every heading and count of the table is shown whole inside the inspector: nothing cut off, nothing hidden.
    const clipped = await table.evaluate((t) => {
      const box = t.closest('aside')!.getBoundingClientRect();
      return [...t.querySelectorAll('th, td')].filter((c) => {
        const r = c.getBoundingClientRect();
        return c.scrollWidth > c.clientWidth + 1 || r.left < box.left - 1 || r.right > box.right + 1;
      }).map((c) => c.textContent);
    });
    await inspector().getByRole('heading', { name: text('journey.spread.title') }).scrollIntoViewIfNeeded();
    await screenshot(page, `locale-input-${locale}-journey`);
    expect(clipped).toEqual([]);
  });

  it.each(['en', 'fa', 'az'])('starts a new project (%s)', async (locale) => {
    await open(locale);
    await page.getByRole('button', { name: text('projects.button'), exact: true }).click();
    await page.getByRole('dialog', { name: text('projects.title') }).getByRole('button', { name: text('projects.new') }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await card('ui.node.source').getByTestId('count').waitFor();
    await screenshot(page, `locale-input-${locale}-new-project`);
  });

  it('logged no errors', () => {
    expect(opened?.errors ?? []).toEqual([]);
  });
});
