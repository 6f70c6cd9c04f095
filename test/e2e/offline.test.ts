// Offline and installable: once the service worker has installed, the network goes off and the app still opens,
// counts the demo, and imports a CSV and a Parquet file (whose reader is a lazily loaded chunk) through the file picker.
// The built page registers the worker without an inline script, and the worker precaches every chunk the build emits.

import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { duckCount } from '../oracle/duckdb';
import { sharedFile } from '../helpers/shared-data';
import { browserAvailable, openPage, screenshot } from './browser';

const DIST = process.env.E2E_DIST ?? 'dist';
const MALL = sharedFile('mall_customers.csv');
const dir = join(tmpdir(), 'audience-canvas-e2e-offline');
const YOUNG_PARQUET = join(dir, 'mall_under_30.parquet');
const fmt = (n: number) => new Intl.NumberFormat('en').format(n);
const node = (page: Page, kind: string) => page.getByRole('article', { name: new RegExp(`^${kind}:`) });

/** The mall file's data rows (its last line has no line break), read from its bytes. */
const mallRows = () => readFileSync(MALL, 'utf8').split(/\r?\n/).filter(Boolean).slice(1);
/** Mall customers younger than 30 (Age is the third column): the rows of the Parquet file made below. */
const mallUnder30 = () => mallRows().filter((l) => Number(l.split(',')[2]) < 30).length;

/** The demo project's filter is `age between 25 and 40`: counted from the demo file, as the smoke test does. */
function demoAged25to40(): number {
  const [header, ...lines] = demoCsv(5000).trimEnd().split('\n');
  const age = header.split(',').indexOf('age');
  return lines.filter((l) => { const a = Number(l.split(',')[age]); return a >= 25 && a <= 40; }).length;
}

describe('the built app for offline use', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));

  it('has no inline script: every <script> names its file, so script-src stays self', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\ssrc="\/[^"]+"/);
      expect(body.trim()).toBe('');
    }
    expect(html).toContain(`script-src 'self'`);
    expect(html).toContain(`connect-src 'self'`);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });

  it('the service worker carries Workbox itself and precaches every script, style and woff2 font the build emits', () => {
    expect(sw).not.toMatch(/importScripts/);
    expect(sw).not.toMatch(/googleapis|workbox-cdn|storage\.googleapis/);
    const emitted = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|css|woff2)$/.test(f)).map((f) => `assets/${f}`);
    // The worker and the import readers are chunks of their own.
    for (const chunk of ['worker', 'parquet', 'xlsx', 'arrow', 'zip']) expect(emitted.some((f) => f.startsWith(`assets/${chunk}-`))).toBe(true);
    expect(emitted.filter((f) => !precached.has(f))).toEqual([]);
    for (const f of ['index.html', 'manifest.webmanifest', 'icon-192.png', 'icon-512.png']) expect(precached.has(f)).toBe(true);
  });

  it('has a manifest a browser installs from: a name, standalone display, 192 and 512 pixel PNG icons that exist', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toBe('Audience Canvas');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBeTruthy();
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === `${size}x${size}`);
      const png = readFileSync(join(DIST, icon.src));
      // PNG signature, then the IHDR width and height.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe.runIf(browserAvailable())('with the network off', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  /** Same-origin responses once offline that did not come from the service worker. */
  const fromNetwork: string[] = [];
  /** Responses once offline that the service worker answered from its cache. */
  const fromCache: string[] = [];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    await duckCount(`COPY (SELECT * FROM read_csv('${MALL}') WHERE Age < 30) TO '${YOUNG_PARQUET}' (FORMAT parquet, COMPRESSION zstd)`);
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL')));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^All customers: .*, 5,000 customers$/ }).waitFor({ timeout: 30_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('installs the service worker, which controls the page after a reload', async () => {
    // ready resolves once the worker is active, that is once its precache is complete.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(inject('baseURL'));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), { timeout: 30_000 }).toBe(`${inject('baseURL')}sw.js`);
  });

  it('opens and counts the demo after a reload with the network off', async () => {
    await page.context().setOffline(true);
    page.on('response', (r) => {
      if (r.url().startsWith('data:') || r.url().startsWith('blob:')) return;
      (r.fromServiceWorker() ? fromCache : fromNetwork).push(new URL(r.url()).pathname);
    });
    await page.reload();
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 30_000 }).toMatch(/, 5,000 customers$/);
    await expect.poll(() => node(page, 'Filter').getAttribute('aria-label'), { timeout: 30_000 })
      .toBe(`Filter: age is between 25 and 40, ${fmt(demoAged25to40())} customers`);
    // The fonts came from the cache too.
    expect(await page.evaluate(async () => { await document.fonts.ready; return [...document.fonts].some((f) => f.status === 'loaded'); })).toBe(true);
    await screenshot(page, 'offline-demo');
  });

  it('imports the mall customers CSV through the file picker with the network off', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(MALL);
    await dialog.getByRole('columnheader', { name: 'Genre', exact: true }).waitFor({ timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    expect(mallRows().length).toBe(200);
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 30_000 }).toMatch(/, 200 customers$/);
  });

  it('imports a Parquet file with the network off: its reader, a chunk of its own, loads from the cache', async () => {
    await page.getByRole('button', { name: 'Import data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers' });
    await dialog.getByLabel('Choose a file').setInputFiles(YOUNG_PARQUET);
    const found = dialog.getByRole('group', { name: 'What was found' });
    await expect.poll(() => found.textContent(), { timeout: 60_000 }).toContain('Parquet');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const expected = mallUnder30();
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(200);
    await expect.poll(() => node(page, 'All customers').getAttribute('aria-label'), { timeout: 30_000 }).toMatch(new RegExp(`, ${fmt(expected)} customers$`));
    await screenshot(page, 'offline-parquet');
  });

  it('asked nothing of the network once offline, nothing of another host, and logged no errors', async () => {
    expect(fromNetwork).toEqual([]);
    // The page, its script, a font and the Parquet reader came from the worker's cache.
    for (const path of [/^\/$/, /^\/assets\/index-.*\.js$/, /\.woff2$/, /^\/assets\/parquet-.*\.js$/]) expect(fromCache.some((p) => path.test(p)), String(path)).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    // The network was off for real: a file the worker does not cache cannot be fetched.
    expect(await page.evaluate(() => fetch('/screenshot.png').then(() => 'fetched', () => 'failed'))).toBe('failed');
  });
});
