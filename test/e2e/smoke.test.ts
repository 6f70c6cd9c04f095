// A first visit: the app opens on the demo customers with live counts, logs no error and asks nothing of the internet.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { browserAvailable, openPage, screenshot } from './browser';

/** The example project's filter is `age between 25 and 40`: counted here straight from the demo file. */
function demoAged25to40(): number {
  const [header, ...lines] = demoCsv(5000).trimEnd().split('\n');
  const age = header.split(',').indexOf('age');
  return lines.filter((l) => { const a = Number(l.split(',')[age]); return a >= 25 && a <= 40; }).length;
}
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);

describe.runIf(browserAvailable())('opening the app', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL')));
    await page.goto(inject('baseURL'));
  });
  afterAll(async () => { await browser?.close(); });

  it('shows the 5,000 demo customers and the right live count on every node of the example', async () => {
    const node = (kind: string) => page.getByRole('article', { name: new RegExp(`^${kind}:`) });
    await expect.poll(() => node('All customers').getAttribute('aria-label'), { timeout: 20_000 }).toMatch(/, 5,000 customers$/);
    const expected = `${fmt(demoAged25to40())} customers`;
    await expect.poll(() => node('Filter').getAttribute('aria-label')).toBe(`Filter: age is between 25 and 40, ${expected}`);
    await expect.poll(() => node('Segment').getAttribute('aria-label')).toMatch(new RegExp(`, ${expected}$`));
    await screenshot(page, 'smoke');
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
