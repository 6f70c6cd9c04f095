// Checking a segment is who you meant: the selected card's members in a table that sorts and scrolls through all of them.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { browserAvailable, openPage, screenshot } from './browser';

/** The example project's filter (age between 25 and 40), computed straight from the demo file: ids and ages in file order. */
function expected() {
  const [header, ...lines] = demoCsv(5000).trimEnd().split('\n');
  const cols = header.split(',');
  const age = cols.indexOf('age');
  return lines.map((l) => l.split(',')).filter((c) => Number(c[age]) >= 25 && Number(c[age]) <= 40).map((c) => ({ id: c[0], age: Number(c[age]) }));
}
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);

describe.runIf(browserAvailable())('the members of a card', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const members = expected();
  const table = () => page.getByRole('table', { name: /^Members of Filter/ });
  /** The first cell (customer_id) of the data row with this aria-rowindex (the header row is 1). */
  const idAt = (rowIndex: number) => table().locator(`tbody tr[aria-rowindex="${rowIndex}"] td`).first().textContent();

  beforeAll(async () => {
    ({ browser, page, errors } = await openPage(inject('baseURL')));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^Filter:.*customers$/ }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('asks to select a card, then lists the selected card’s members in file order', async () => {
    await page.getByRole('button', { name: 'Members' }).click();
    await expect.poll(() => page.getByText('Select a card on the canvas to see who is in it.').isVisible()).toBe(true);
    await page.getByRole('article', { name: /^Filter:/ }).click();
    await expect.poll(() => table().getAttribute('aria-label')).toBe(`Members of Filter (${fmt(members.length)})`);
    expect(await table().getAttribute('aria-rowcount')).toBe(String(members.length + 1));
    await expect.poll(() => idAt(2)).toBe(members[0].id);
    expect(await idAt(3)).toBe(members[1].id);
    // Only the rows in view are in the page, not all of them.
    expect(await table().locator('tbody tr:not(.spacer)').count()).toBeLessThan(80);
    await screenshot(page, 'members');
  });

  it('sorts by a column over all members, both ways, empties and ties as the engine orders them', async () => {
    const header = table().getByRole('columnheader', { name: 'age', exact: true });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    // Ties keep file order: the first 25-year-old of the file comes first.
    await expect.poll(() => idAt(2)).toBe(members.find((m) => m.age === 25)!.id);
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => idAt(2)).toBe(members.find((m) => m.age === 40)!.id);
    await page.getByRole('button', { name: 'Original order' }).click();
    await expect.poll(() => idAt(2)).toBe(members[0].id);
  });

  it('scrolls to the last member, fetching its rows from the worker', async () => {
    await table().evaluate((t) => { const s = t.parentElement!; s.scrollTop = s.scrollHeight; });
    await expect.poll(() => idAt(members.length + 1)).toBe(members.at(-1)!.id);
  });

  it('follows an edit of the card', async () => {
    await page.getByRole('spinbutton', { name: /^to /i }).first().fill('30');
    await page.getByRole('spinbutton', { name: /^to /i }).first().press('Tab');
    const left = members.filter((m) => m.age <= 30);
    await expect.poll(() => table().getAttribute('aria-label')).toBe(`Members of Filter (${fmt(left.length)})`);
    expect(errors).toEqual([]);
  });
});
