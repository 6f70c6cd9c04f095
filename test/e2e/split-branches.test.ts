// A marketer tests a message on "rural retired men": an A/B split 45/45/10 wired by hand, one segment per branch
// dragged from the split's outputs with the mouse; then the same in one click with the Hold-out block, undone in one
// step; refused connections say why; everything is still wired after a reload.

import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { duckCount } from '../oracle/duckdb';
import { browserAvailable, openPage, screenshot } from './browser';

const DEMO = join(tmpdir(), 'audience-canvas-e2e', 'demo-5000-split.csv');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const RURAL_MEN = `gender = 'Male' AND area_type = 'rural' AND household_income >= 50000 AND (occupation = 'Retired' OR age >= 58)`;
const num = (s: string | null | undefined) => Number((s ?? '').replace(/,/g, ''));

describe.runIf(browserAvailable())('an A/B test wired from the split\'s branches', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let foreign: string[];
  let rural = 0;
  const card = (name: RegExp) => page.getByRole('article', { name });
  const inspector = () => page.getByRole('complementary', { name: 'Inspector' });
  const block = (name: string | RegExp) => page.getByRole('complementary', { name: 'Blocks' }).getByRole('button', { name, exact: typeof name === 'string' });
  const canvas = () => page.getByRole('region', { name: 'Segment canvas' });
  const branch = (label: string) => page.getByRole('button', { name: new RegExp(`^Branch ${label}: `) });
  const countOf = async (name: RegExp) => num((await card(name).getAttribute('aria-label'))?.match(/, ([\d,]+) customers?$/)?.[1]);
  const branchCount = async (label: string) => num((await branch(label).getAttribute('aria-label'))?.match(/: ([\d,]+) customers?,/)?.[1]);
  const edges = () => page.locator('.svelte-flow__edge').count();

  /** Drags a palette block to a point `dx`, `dy` from the centre-bottom of `anchor` (a node card). */
  async function dropBelow(name: string, anchor: Locator, dx: number, dy: number) {
    const a = (await anchor.boundingBox())!;
    const c = (await canvas().boundingBox())!;
    await block(name).dragTo(canvas(), { targetPosition: { x: a.x + a.width / 2 + dx - c.x, y: a.y + a.height + dy - c.y } });
  }

  /** A real mouse drag: press on `from`, move in steps, release over `to` (at its centre, or `at` within it). */
  async function drag(from: Locator, to: Locator, at?: { x: number; y: number }) {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    const end = at ? { x: b.x + at.x, y: b.y + at.y } : { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
    await page.mouse.move(end.x, end.y, { steps: 15 });
    await page.mouse.up();
  }

  async function type(field: Locator, text: string) {
    await field.fill(text);
    await field.press('Tab');
  }

  async function fit() {
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(400);
  }

  beforeAll(async () => {
    mkdirSync(join(tmpdir(), 'audience-canvas-e2e'), { recursive: true });
    writeFileSync(DEMO, demoCsv(5000));
    rural = await duckCount(`SELECT count(*) FROM read_csv('${DEMO}') WHERE ${RURAL_MEN}`);
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1440, height: 900 }));
    await page.goto(inject('baseURL'));
    await card(/^All customers: .*, 5,000 customers$/).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => { await browser?.close(); });
  afterEach(async (ctx) => { if (ctx.task.result?.state === 'fail') await screenshot(page, `split-branches-failed-${ctx.task.name.slice(0, 24).replace(/\W+/g, '-')}`); });

  it('builds rural retired men on the demo data', async () => {
    for (const kind of [/^Segment:/, /^Filter:/]) {
      await card(kind).click();
      await page.keyboard.press('Delete');
      await expect.poll(() => card(kind).count()).toBe(0);
    }
    const source = card(/^All customers:/);
    await dropBelow('Gender', source, 0, 90);
    const men = card(/^Filter: gender is any of/);
    await type(inspector().getByLabel('Values (comma-separated) 1', { exact: true }), 'Male');
    await block('Urban / suburban / rural').dragTo(men);
    await type(inspector().getByLabel('Values (comma-separated) 2', { exact: true }), 'rural');
    await block('Household income').dragTo(men);
    await inspector().getByLabel('Operator 3', { exact: true }).selectOption({ label: '≥' });
    await type(inspector().getByLabel('Value 3', { exact: true }), '50000');
    await dropBelow('Occupation', men, 0, 90);
    const retired = card(/^Filter: occupation is any of/);
    await type(inspector().getByLabel('Values (comma-separated) 1', { exact: true }), 'Retired');
    await block('Age').dragTo(retired);
    await inspector().getByLabel('Operator 2', { exact: true }).selectOption({ label: '≥' });
    await type(inspector().getByLabel('Value 2', { exact: true }), '58');
    await inspector().getByRole('radio', { name: 'any condition' }).check();
    await dropBelow('Segment', retired, 0, 90);
    await type(inspector().getByRole('textbox', { name: 'Segment name' }), 'Rural retired men');
    await expect.poll(() => countOf(/^Segment: Rural retired men,/)).toBe(rural);
  });

  it('splits them 45/45/10 at random and wires one segment to each branch by dragging from its output', async () => {
    const men = card(/^Segment: Rural retired men,/);
    await dropBelow('Split by value', men, 0, 90);
    await inspector().getByRole('radio', { name: /at random/ }).check();
    await type(inspector().getByLabel('Branch 1 percent', { exact: true }), '45');
    await type(inspector().getByLabel('Branch 2 percent', { exact: true }), '45');
    await inspector().getByRole('button', { name: '+ Add branch' }).click();
    await type(inspector().getByLabel('Branch 3 name', { exact: true }), 'Hold-out');
    await expect.poll(() => card(/^Split: Random: A 45 %, B 45 %, Hold-out 10 %,/).count()).toBe(1);
    await expect.poll(() => countOf(/^Split: /)).toBe(rural);

    // Zoomed out, three segments dropped in a row well below the split stand alone, unconnected.
    const split = card(/^Split: /);
    const before = await edges();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.waitForTimeout(400);
    const { width: w, height: h } = (await split.boundingBox())!;
    for (const [i, dx] of [-1.4 * w, 0, 1.4 * w].entries()) {
      await dropBelow('Segment', split, dx, 1.5 * h);
      await type(inspector().getByRole('textbox', { name: 'Segment name' }), ['Message A', 'Message B', 'No message'][i]);
    }
    expect(await edges()).toBe(before);
    await fit();

    // A onto the card's body, B onto its input dot, Hold-out onto the body again.
    await drag(branch('A'), card(/^Segment: Message A,/));
    await drag(branch('B'), card(/^Segment: Message B,/), { x: (await card(/^Segment: Message B,/).boundingBox())!.width / 2, y: 0 });
    await drag(branch('Hold-out'), card(/^Segment: No message,/));
    await expect.poll(edges).toBe(before + 3);

    const counts = { a: await branchCount('A'), b: await branchCount('B'), hold: await branchCount('Hold-out') };
    await expect.poll(() => countOf(/^Segment: Message A,/)).toBe(counts.a);
    await expect.poll(() => countOf(/^Segment: Message B,/)).toBe(counts.b);
    await expect.poll(() => countOf(/^Segment: No message,/)).toBe(counts.hold);
    expect(counts.a + counts.b + counts.hold).toBe(rural);
    expect(counts.hold).toBeGreaterThan(0);
    expect(await card(/^Segment: Message A,/).textContent()).toContain('from Split: A');
    await fit();
    await screenshot(page, 'split-branches-en');
  });

  it('says why a connection is refused, right after the drag', async () => {
    await fit();
    const alert = page.getByRole('alert');
    await drag(page.locator('.svelte-flow__node').filter({ has: card(/^Segment: Message A,/) }).locator('.svelte-flow__handle.source'), card(/^Segment: Message B,/));
    await expect.poll(() => alert.textContent()).toContain('This node takes one input');
    await drag(page.locator('.svelte-flow__node').filter({ has: card(/^Segment: Message A,/) }).locator('.svelte-flow__handle.source'), card(/^Split: /));
    await expect.poll(() => alert.textContent()).toContain('That would make a loop');
    await drag(branch('A'), card(/^All customers:/));
    await expect.poll(() => alert.textContent()).toContain('A source has no input');
    expect(await alert.isVisible()).toBe(true);
  });

  it('adds a segment after a chosen branch from the right-click menu', async () => {
    await card(/^Split: /).click();
    await type(inspector().getByLabel('Branch 2 percent', { exact: true }), '40');
    await inspector().getByRole('button', { name: '+ Add branch' }).click();
    await expect.poll(() => card(/^Split: Random: A 45 %, B 40 %, Hold-out 10 %, D 5 %,/).count()).toBe(1);
    await card(/^Split: /).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Add segment after “D”' }).click();
    const d = await branchCount('D');
    expect(d).toBeGreaterThan(0);
    await expect.poll(() => countOf(/^Segment: Segment,/)).toBe(d);
    await expect.poll(() => countOf(/^Segment: Message B,/)).toBe(await branchCount('B'));
    expect(await card(/^Segment: Segment,/).textContent()).toContain('from Split: D');
  });

  it('makes the hold-out test in one click, each branch wired to its own segment, undone in one step', async () => {
    await fit();
    const articles = await page.getByRole('article').count();
    const wired = await edges();
    await card(/^Segment: Rural retired men,/).click();
    await block(/^Hold-out group \(90\/10\)/).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(articles + 3);
    await expect.poll(edges).toBe(wired + 3);
    const target = await branchCount('Target');
    // Two splits now have a Hold-out branch: the new one is the second.
    const holds = await page.getByRole('button', { name: /^Branch Hold-out: / }).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(holds).toHaveLength(2);
    await expect.poll(() => countOf(/^Segment: Target group,/)).toBe(target);
    const holdGroup = num((await card(/^Segment: Hold-out group,/).getAttribute('aria-label'))?.match(/, ([\d,]+) customers?$/)?.[1]);
    expect(target + holdGroup).toBe(rural);

    await canvas().click({ position: { x: 20, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('article').count()).toBe(articles);
    await expect.poll(edges).toBe(wired);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByRole('article').count()).toBe(articles + 3);
  });

  it('keeps every branch wired after a reload', async () => {
    const a = await countOf(/^Segment: Message A,/);
    const wired = await edges();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.reload();
    await card(/^All customers: .*, 5,000 customers$/).waitFor({ timeout: 30_000 });
    await expect.poll(edges).toBe(wired);
    await expect.poll(() => countOf(/^Segment: Message A,/)).toBe(a);
    expect(await branchCount('A')).toBe(a);
    await expect.poll(() => countOf(/^Segment: Target group,/)).toBe(await branchCount('Target'));
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
