// A marketer writes the segment's email with a fallback, previews it for real members, and sees a broken
// template explained at its line and column while counting goes on.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { browserAvailable, openPage, screenshot } from './browser';

/** The example segment's members (age 25–40) in file order, with their first names, read straight from the demo file. */
function youngAdults(): { first: string; city: string }[] {
  const [header, ...lines] = demoCsv(5000).trimEnd().split('\n');
  const cols = header.split(',');
  const [age, first, city] = ['age', 'first_name', 'city'].map((c) => cols.indexOf(c));
  return lines.map((l) => l.split(',')).filter((c) => Number(c[age]) >= 25 && Number(c[age]) <= 40).map((c) => ({ first: c[first], city: c[city] }));
}

describe.runIf(browserAvailable())('writing a tailored message', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const inspector = () => page.getByRole('complementary', { name: 'Inspector' });

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1440, height: 1000 }));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^All customers: .*, 5,000 customers$/ }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('previews the email for three members, with the fallback where the first name is empty', async () => {
    await page.getByRole('article', { name: /^Segment: Young adults/ }).click();
    await inspector().getByRole('button', { name: 'Write a message for this group' }).click();
    await inspector().getByRole('textbox', { name: 'Subject' }).fill('Hi {{ first_name | default: "there" }}');
    const body = inspector().getByRole('textbox', { name: 'Message body' });
    await body.fill('See what is new in ');
    await body.press('End');
    await inspector().getByRole('combobox', { name: 'Insert a column' }).selectOption('city');
    await expect.poll(() => body.inputValue()).toBe('See what is new in {{ city | default: "" }}');

    const members = youngAdults();
    const preview = inspector().getByRole('group', { name: 'Preview' });
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => preview.getByText(`Member ${i + 1} of ${members.length.toLocaleString('en')}`).count()).toBe(1);
      await expect.poll(() => preview.getByTestId('preview-subject').textContent()).toBe(`Hi ${members[i].first || 'there'}`);
      await expect.poll(() => preview.getByTestId('preview-body').textContent()).toBe(`See what is new in ${members[i].city}`);
      await preview.getByRole('button', { name: 'Next member' }).click();
    }
    await screenshot(page, 'message-preview');
  });

  it('warns about an empty field without fallback and switches to SMS with its length and encoding', async () => {
    await inspector().getByRole('combobox', { name: 'Channel' }).selectOption('sms');
    await inspector().getByRole('textbox', { name: 'Message body' }).fill('Salam {{ first_name }}!');
    const preview = inspector().getByRole('group', { name: 'Preview' });
    await expect.poll(() => preview.getByText(/characters · 1 part$/).count()).toBe(1);
    const members = youngAdults();
    const empty = members.findIndex((m) => m.first === '');
    expect(empty).toBeGreaterThan(-1);
    for (let i = 3; i > 0; i--) await preview.getByRole('button', { name: 'Previous member' }).click();
    for (let i = 0; i < empty; i++) await preview.getByRole('button', { name: 'Next member' }).click();
    await expect.poll(() => preview.getByRole('note').textContent()).toBe('“first_name” is empty for this member and has no fallback: add | default: "…"');
  });

  it('shows a broken template at its line and column, keeps the text and keeps counting', async () => {
    const body = inspector().getByRole('textbox', { name: 'Message body' });
    await body.fill('Hello\n{{ first_name ');
    await expect.poll(() => inspector().getByRole('alert').textContent()).toMatch(/^Message body, line 2, column 1: /);
    expect(await body.inputValue()).toBe('Hello\n{{ first_name ');
    await expect.poll(() => page.getByRole('article', { name: /^Segment: Young adults/ }).getAttribute('aria-label')).toMatch(/\d customers$/);
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
