// A marketer builds the product's two example segments on the demo data by dragging blocks and typing only,
// checks each count against DuckDB, undoes and redoes, reloads, and finds everything still there.

import { writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { duckCount } from '../oracle/duckdb';
import { browserAvailable, openPage, screenshot } from './browser';

const DEMO = join(tmpdir(), 'audience-canvas-e2e', 'demo-5000.csv');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const demoCount = (where: string) => duckCount(`SELECT count(*) FROM read_csv('${DEMO}') WHERE ${where}`);

const RURAL_MEN = `gender = 'Male' AND area_type = 'rural' AND household_income >= 50000 AND (occupation = 'Retired' OR age >= 58)`;
const CITY_TEENS = `age BETWEEN 13 AND 19 AND gender = 'Female' AND area_type = 'urban' AND household_income <= 15000 AND lifestyle = 'Fun-seeking'`;

describe.runIf(browserAvailable())('building the two example segments by drag and drop', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const card = (name: RegExp) => page.getByRole('article', { name });
  const inspector = () => page.getByRole('complementary', { name: 'Inspector' });
  const block = (name: string) => page.getByRole('complementary', { name: 'Blocks' }).getByRole('button', { name, exact: true });

  /** Drags a palette block to a point `dx`, `dy` from the centre-bottom of `anchor` (a node card). */
  async function dropBelow(name: string, anchor: Locator, dx: number, dy: number) {
    const a = (await anchor.boundingBox())!;
    const canvas = page.getByRole('region', { name: 'Segment canvas' });
    const c = (await canvas.boundingBox())!;
    await block(name).dragTo(canvas, { targetPosition: { x: a.x + a.width / 2 + dx - c.x, y: a.y + a.height + dy - c.y } });
  }

  /** Types into an inspector field and leaves it, as a user does. */
  async function type(field: Locator, text: string) {
    await field.fill(text);
    await field.press('Tab');
  }

  const countOf = async (name: RegExp) => (await card(name).getAttribute('aria-label'))?.match(/, ([\d,]+) customers?$/)?.[1];

  beforeAll(async () => {
    mkdirSync(join(tmpdir(), 'audience-canvas-e2e'), { recursive: true });
    writeFileSync(DEMO, demoCsv(5000));
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1920, height: 1080 }));
    await page.goto(inject('baseURL'));
    await card(/^All customers: .*, 5,000 customers$/).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('starts from a canvas holding only all customers', async () => {
    for (const kind of [/^Segment:/, /^Filter:/]) {
      await card(kind).click();
      await page.keyboard.press('Delete');
      await expect.poll(() => card(kind).count()).toBe(0);
    }
    await expect.poll(() => page.getByRole('region', { name: 'Build your first segment' }).isVisible()).toBe(true);
  });

  it('builds "men with disposable income, retired or near retirement, living in rural areas"', async () => {
    const source = card(/^All customers:/);
    await dropBelow('Gender', source, -170, 90);
    const men = card(/^Filter: gender is any of/);
    await expect.poll(() => page.getByRole('region', { name: 'Build your first segment' }).count()).toBe(0);
    await type(inspector().getByRole('textbox', { name: 'Values (comma-separated) 1' }), 'Male');
    await block('Urban / suburban / rural').dragTo(men);
    await type(inspector().getByRole('textbox', { name: 'Values (comma-separated) 2' }), 'rural');
    await block('Household income').dragTo(men);
    // The block starts between round quartiles; "at least 50,000" is one operator away.
    await inspector().getByRole('combobox', { name: 'Operator 3' }).selectOption({ label: '≥' });
    await type(inspector().getByRole('spinbutton', { name: 'Value 3' }), '50000');

    await dropBelow('Occupation', men, 0, 90);
    const retired = card(/^Filter: occupation is any of/);
    await type(inspector().getByRole('textbox', { name: 'Values (comma-separated) 1' }), 'Retired');
    await block('Age').dragTo(retired);
    await inspector().getByRole('combobox', { name: 'Operator 2' }).selectOption({ label: '≥' });
    await type(inspector().getByRole('spinbutton', { name: 'Value 2' }), '58');
    await inspector().getByRole('radio', { name: 'any condition' }).check();

    await dropBelow('Segment', retired, 0, 90);
    await type(inspector().getByRole('textbox', { name: 'Segment name' }), 'Rural retired men');

    const expected = fmt(await demoCount(RURAL_MEN));
    await expect.poll(() => card(/^Filter: occupation is any of Retired or age is at least 58,/).getAttribute('aria-label'))
      .toMatch(new RegExp(`, ${expected} customers$`));
    await expect.poll(() => countOf(/^Segment: Rural retired men,/)).toBe(expected);
  });

  it('builds "teenage girls living in cities, with little disposable income, wanting to enjoy life"', async () => {
    // The view followed the first segment's cards down the canvas: bring every card back into view first.
    await page.getByRole('button', { name: 'Fit view' }).click();
    const source = card(/^All customers:/);
    await dropBelow('Teenagers (13–19)', source, 170, 90);
    const teens = card(/^Filter: age is between 13 and 19/);
    await block('Gender').dragTo(teens);
    await type(inspector().getByRole('textbox', { name: 'Values (comma-separated) 2' }), 'Female');
    await block('Urban / suburban / rural').dragTo(teens);
    await type(inspector().getByRole('textbox', { name: 'Values (comma-separated) 3' }), 'urban');
    await block('Household income').dragTo(teens);
    await inspector().getByRole('combobox', { name: 'Operator 4' }).selectOption({ label: '≤' });
    await type(inspector().getByRole('spinbutton', { name: 'Value 4' }), '15000');
    await block('Lifestyle').dragTo(teens);
    await type(inspector().getByRole('textbox', { name: 'Values (comma-separated) 5' }), 'Fun-seeking');

    await dropBelow('Segment', teens, 0, 90);
    await type(inspector().getByRole('textbox', { name: 'Segment name' }), 'City teens enjoying life');

    const expected = fmt(await demoCount(CITY_TEENS));
    await expect.poll(() => countOf(/^Segment: City teens enjoying life,/)).toBe(expected);
    await expect.poll(() => countOf(/^Segment: Rural retired men,/)).toBe(fmt(await demoCount(RURAL_MEN)));
    await page.getByRole('button', { name: 'Fit View' }).click();
    await screenshot(page, 'example-segments-1920');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Fit View' }).click();
    await screenshot(page, 'example-segments-1280');
  });

  it('undoes the last three steps and redoes them', async () => {
    await page.getByRole('region', { name: 'Segment canvas' }).click({ position: { x: 20, y: 300 } });
    const teensSegment = await countOf(/^Segment: City teens enjoying life,/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    // Back to before the segment: named, then created, then the lifestyle value typed.
    await expect.poll(() => card(/^Segment:.*City teens/).count()).toBe(0);
    await expect.poll(() => card(/^Filter: age is between 13 and 19.* and lifestyle is any of (?!Fun-seeking)/).count()).toBe(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => countOf(/^Segment: City teens enjoying life,/)).toBe(teensSegment);
  });

  it('finds both segments with the same counts after a reload', async () => {
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.reload();
    await card(/^All customers: .*, 5,000 customers$/).waitFor({ timeout: 20_000 });
    await expect.poll(() => countOf(/^Segment: Rural retired men,/)).toBe(fmt(await demoCount(RURAL_MEN)));
    await expect.poll(() => countOf(/^Segment: City teens enjoying life,/)).toBe(fmt(await demoCount(CITY_TEENS)));
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
