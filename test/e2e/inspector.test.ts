// A marketer edits a filter in the inspector: a number range over its histogram, countries picked by search,
// a relative date preset, tags as chips; the running count after each condition equals DuckDB's.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { duckCount } from '../oracle/duckdb';
import { browserAvailable, openPage } from './browser';

const DEMO = join(tmpdir(), 'audience-canvas-e2e', 'demo-5000-inspector.csv');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const count = (where: string) => duckCount(`SELECT count(*) FROM read_csv('${DEMO}') WHERE ${where}`);
const AGE = 'age BETWEEN 25 AND 40';
const CITY = `city IN ('Baku', 'İstanbul')`;
// The demo's "as of" is its latest date, 2026-10-31: the last 90 days start on 2026-08-02.
const RECENT = `last_purchase_date >= DATE '2026-08-02' AND last_purchase_date <= DATE '2026-10-31'`;
const TAGS = `(list_contains(string_split(interests, ';'), 'travel') OR list_contains(string_split(interests, ';'), 'pets'))`;

describe.runIf(browserAvailable())('editing a filter in the inspector', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const inspector = () => page.getByRole('complementary', { name: 'Inspector' });
  const condition = (n: number) => inspector().getByRole('region', { name: `Condition ${n}` });
  const running = async () => (await inspector().locator('p.running').first().textContent())?.replace(/\s+/g, ' ').trim();

  /** The inspector alone, as a picture in test-output/. */
  async function shot(name: string) {
    mkdirSync('test-output', { recursive: true });
    await inspector().screenshot({ path: join('test-output', `${name}.png`) });
  }

  beforeAll(async () => {
    mkdirSync(join(tmpdir(), 'audience-canvas-e2e'), { recursive: true });
    writeFileSync(DEMO, demoCsv(5000));
    ({ browser, page, errors } = await openPage(inject('baseURL'), { width: 1280, height: 1100 }));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^All customers: .*, 5,000 customers$/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('article', { name: /^Filter:/ }).click();
  });
  afterAll(async () => { await browser?.close(); });

  it('shows the age range on the histogram', async () => {
    await expect.poll(() => condition(1).getByRole('figure', { name: 'How age is spread' }).count()).toBe(1);
    await condition(1).getByLabel(/^60 to 65: /).click();
    await expect.poll(() => page.getByRole('article', { name: /^Filter:/ }).getAttribute('aria-label')).toMatch(/^Filter: age is between 60 and 64, /);
    await condition(1).getByLabel(/^70 to 75: /).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByRole('article', { name: /^Filter:/ }).getAttribute('aria-label')).toMatch(/^Filter: age is between 60 and 74, /);
    await condition(1).getByRole('spinbutton', { name: 'From 1' }).fill('25');
    await condition(1).getByRole('spinbutton', { name: 'To 1' }).fill('40');
    expect(await condition(1).getByLabel(/, chosen$/).count()).toBeGreaterThan(2);
    await shot('inspector-number');
  });

  it('picks cities by searching the list of values', async () => {
    await inspector().getByRole('button', { name: 'Add condition' }).click();
    await condition(2).getByRole('combobox', { name: 'Column 2' }).selectOption('city');
    await condition(2).getByRole('combobox', { name: 'Operator 2' }).selectOption({ label: 'is any of' });
    // A category opens its checklist with nothing ticked: there is nothing to clear.
    expect(await condition(2).getByRole('button', { name: 'Clear' }).isDisabled()).toBe(true);
    await condition(2).getByRole('checkbox', { name: /^Baku / }).check();
    // An English project still finds İstanbul by typing "ist".
    await condition(2).getByRole('searchbox', { name: 'Search values 2' }).fill('ist');
    await condition(2).getByRole('checkbox', { name: /^İstanbul / }).check();
    const expected = [5000, await count(AGE), await count(`${AGE} AND ${CITY}`)].map(fmt).join(' → ');
    await expect.poll(running).toBe(`Running count: ${expected}`);
    await shot('inspector-category');
  });

  it('chooses "in the last 90 days" with one click, counted from the data\'s latest date', async () => {
    await inspector().getByRole('button', { name: 'Add condition' }).click();
    await condition(3).getByRole('combobox', { name: 'Column 3' }).selectOption('last_purchase_date');
    await condition(3).getByRole('button', { name: 'in the last 90 days' }).click();
    await expect.poll(() => condition(3).getByRole('textbox', { name: 'As of date' }).inputValue()).toBe('2026-10-31');
    const left = await count(`${AGE} AND ${CITY} AND ${RECENT}`);
    await expect.poll(() => condition(3).locator('p.running').textContent()).toBe(`${fmt(left)} customers left after this condition`);
    await shot('inspector-date');
  });

  it('picks tags as chips with their counts', async () => {
    await inspector().getByRole('button', { name: 'Add condition' }).click();
    await condition(4).getByRole('combobox', { name: 'Column 4' }).selectOption('interests');
    expect(await condition(4).getByRole('button', { name: 'Clear' }).isDisabled()).toBe(true);
    await condition(4).getByRole('button', { name: /^travel / }).click();
    await condition(4).getByRole('button', { name: /^pets / }).click();
    const left = await count(`${AGE} AND ${CITY} AND ${RECENT} AND ${TAGS}`);
    await expect.poll(async () => (await page.getByRole('article', { name: /^Filter:/ }).getAttribute('aria-label'))?.replace(/^.* (?=\S+ customers?$)/, '')).toBe(`${fmt(left)} customers`);
    await condition(4).scrollIntoViewIfNeeded();
    await shot('inspector-tags');
  });

  it('edits a segment\'s name and colour, and a hold-out split after it', async () => {
    await page.getByRole('article', { name: /^Segment:/ }).click();
    await inspector().getByRole('textbox', { name: 'Segment name' }).fill('Young city travellers');
    await inspector().getByRole('radio', { name: 'Teal' }).check();
    await expect.poll(() => page.getByRole('article', { name: /^Segment:/ }).getAttribute('aria-label')).toMatch(/^Segment: Young city travellers, /);
    await shot('inspector-segment');
    await page.getByRole('complementary', { name: 'Blocks' }).getByRole('button', { name: 'Hold-out group (90/10)' }).click();
    await expect.poll(() => page.getByRole('article', { name: /^Split: Random: Target 90 %, Hold-out 10 %, / }).count()).toBe(1);
    await inspector().getByRole('spinbutton', { name: 'Branch 2 percent' }).fill('20');
    await inspector().getByRole('spinbutton', { name: 'Branch 2 percent' }).press('Tab');
    await expect.poll(() => inspector().getByRole('alert').textContent()).toMatch(/^Total 110 %/);
    await shot('inspector-split');
  });

  it('explains a combine in a sentence', async () => {
    // The hold-out block above came with a segment per branch: the first segment is the one to start from.
    await page.getByRole('article', { name: /^Segment: Young city travellers,/ }).click();
    await page.getByRole('complementary', { name: 'Blocks' }).getByRole('button', { name: 'Exclude: first input minus others' }).click();
    await inspector().getByRole('radio', { name: /^Exclude/ }).waitFor();
    expect(await inspector().getByText('Connect two or more nodes into this one.').count()).toBe(1);
    await inspector().getByRole('radio', { name: /^Union/ }).check();
    await expect.poll(() => page.getByRole('article', { name: /^Combine: Customers in any of its inputs, / }).count()).toBe(1);
    await shot('inspector-combine');
    await page.screenshot({ path: join('test-output', 'inspector-in-app.png') });
  });

  it('logged no errors', () => {
    expect(errors).toEqual([]);
  });
});
