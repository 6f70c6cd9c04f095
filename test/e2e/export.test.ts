// A marketer writes the segment's email, exports its members with the rendered messages as CSV (and XLSX), and checks
// them against the demo file; a file whose cells hold markup stays inert in the preview and in the export.

import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { readXlsx } from '../helpers/read-xlsx';
import { browserAvailable, openPage, screenshot } from './browser';

const XSS_FILE = 'test/fixtures/xss-customers.csv';
const XSS = '<img src=x onerror=alert(1)>';

/** The example segment's members (age 25–40) in file order, read straight from the demo file. */
function youngAdults(): Record<string, string>[] {
  const [header, ...lines] = demoCsv(5000).trimEnd().split('\n');
  const cols = header.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v]))).filter((m) => Number(m.age) >= 25 && Number(m.age) <= 40);
}

/** RFC-4180 CSV (quotes, doubled quotes, CRLF) to rows of text, without a leading byte-order mark. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

describe.runIf(browserAvailable())('exporting a segment\'s members with their messages', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  const dialogs: string[] = [];
  const inspector = () => page.getByRole('complementary', { name: 'Inspector' });
  const exporter = () => inspector().getByRole('region', { name: 'Export members' });
  const segment = () => page.getByRole('article', { name: /^Segment: Young adults/ });
  const cardCount = async () => Number((await segment().getAttribute('aria-label'))!.match(/([\d,]+) customers$/)![1].replace(/,/g, ''));

  async function exportFile(format: 'CSV' | 'Excel (XLSX)', withMessages: boolean): Promise<Download> {
    await exporter().getByRole('radio', { name: format }).check();
    const box = exporter().getByRole('checkbox', { name: 'With messages' });
    if (withMessages) await box.check(); else await box.uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), exporter().getByRole('button', { name: 'Export members' }).click()]);
    return download;
  }
  const saved = async (d: Download) => readFileSync((await d.path())!);

  beforeAll(async () => {
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1440, height: 1000 }));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^All customers: .*, 5,000 customers$/ }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('exports every member of the segment as CSV with the email rendered for each', async () => {
    await segment().click();
    await inspector().getByRole('button', { name: 'Write a message for this group' }).click();
    await inspector().getByRole('textbox', { name: 'Subject' }).fill('Hi {{ first_name | default: "there" }}');
    await inspector().getByRole('textbox', { name: 'Message body' }).fill('Dear {{ first_name | default: "there" }}, news from {{ city | default: "your city" }}.');
    await inspector().getByRole('textbox', { name: 'Message body' }).press('Tab');

    const download = await exportFile('CSV', true);
    expect(download.suggestedFilename()).toBe('young-adults.csv');
    const [header, ...rows] = parseCsv((await saved(download)).toString('utf8'));
    const members = youngAdults();
    expect(rows.length).toBe(await cardCount());
    expect(rows.length).toBe(members.length);
    expect(header.slice(-3)).toEqual(['message_channel', 'message_subject', 'message_body']);
    const col = (name: string) => header.indexOf(name);
    for (const i of [0, 1, members.findIndex((m) => m.first_name === '')]) {
      const m = members[i];
      const first = m.first_name || 'there';
      expect(rows[i][col('customer_id')]).toBe(m.customer_id);
      expect([rows[i][col('first_name')], rows[i][col('age')], rows[i][col('city')]]).toEqual([m.first_name, m.age, m.city]);
      expect(rows[i].slice(-3)).toEqual(['email', `Hi ${first}`, `Dear ${first}, news from ${m.city || 'your city'}.`]);
    }
    await expect.poll(() => exporter().getByRole('status').textContent()).toBe(`${members.length.toLocaleString('en')} members saved as young-adults.csv`);
    await screenshot(page, 'export-members');
  });

  it('exports the same members as XLSX with numbers as numbers', async () => {
    const download = await exportFile('Excel (XLSX)', true);
    expect(download.suggestedFilename()).toBe('young-adults.xlsx');
    const { rows } = readXlsx(await saved(download));
    const header = rows[0].map((c) => c.value);
    expect(rows.length - 1).toBe(await cardCount());
    const age = rows[1].find((c) => c.ref === `${String.fromCharCode(65 + header.indexOf('age'))}2`)!;
    expect([age.type, age.value]).toEqual(['n', Number(youngAdults()[0].age)]);
  });

  it('shows a broken template as an alert instead of saving a file', async () => {
    await inspector().getByRole('textbox', { name: 'Message body' }).fill('Dear\n{{ first_name ');
    await inspector().getByRole('textbox', { name: 'Message body' }).press('Tab');
    await exporter().getByRole('button', { name: 'Export members' }).click();
    await expect.poll(() => exporter().getByRole('alert').textContent()).toBe('The message of “Young adults” cannot be rendered: body, line 2, column 1: output "{{ first_name " not closed');
    await inspector().getByRole('textbox', { name: 'Message body' }).fill('Dear {{ first_name | default: "there" }} in {{ city }}');
    await inspector().getByRole('textbox', { name: 'Message body' }).press('Tab');
  });

  it('keeps markup in imported cells as characters in the preview and the export, and runs none of it', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(XSS_FILE);
    await dialog.getByRole('columnheader', { name: 'note', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
    await expect.poll(() => segment().getAttribute('aria-label')).toMatch(/, 3 customers$/);

    await segment().click();
    const preview = inspector().getByRole('group', { name: 'Preview' });
    await expect.poll(() => preview.getByTestId('preview-subject').textContent()).toBe(`Hi ${XSS}`);
    await expect.poll(() => preview.getByTestId('preview-body').textContent()).toBe(`Dear ${XSS} in Bakı`);
    await preview.getByRole('button', { name: 'Next member' }).click();
    await expect.poll(() => preview.getByTestId('preview-body').textContent()).toBe('Dear Aysel in <script>alert(2)</script>');

    const [header, ...rows] = parseCsv((await saved(await exportFile('CSV', true))).toString('utf8'));
    expect(header).toEqual(['id', 'first_name', 'age', 'city', 'note', 'message_channel', 'message_subject', 'message_body']);
    expect(rows).toEqual([
      ['1', XSS, '30', 'Bakı', '\'=HYPERLINK("http://example.com")', 'email', `Hi ${XSS}`, `Dear ${XSS} in Bakı`],
      ['2', 'Aysel', '31', '<script>alert(2)</script>', 'plain', 'email', 'Hi Aysel', 'Dear Aysel in <script>alert(2)</script>'],
      ['4', 'Leyla', '26', 'Şəki', "'@x", 'email', 'Hi Leyla', 'Dear Leyla in Şəki'],
    ]);
    expect(await page.locator('img[src="x"], script:has-text("alert(2)")').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('made no request beyond the local server and logged no errors', () => {
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
