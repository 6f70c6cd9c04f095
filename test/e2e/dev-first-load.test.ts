// `npm start` on a fresh clone: with an empty pre-bundle cache, the first page load shows the demo counts and the dev
// server never re-bundles and reloads the page because the worker's libraries were found late.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCsv } from '../../src/engine/demo';
import { browserAvailable, openPage } from './browser';

/** The example filter is `age between 25 and 40`: counted here straight from the demo file. */
function demoAged25to40(): number {
  const [header, ...lines] = demoCsv(5000).trimEnd().split('\n');
  const age = header.split(',').indexOf('age');
  return lines.filter((l) => { const a = Number(l.split(',')[age]); return a >= 25 && a <= 40; }).length;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

/** This process's environment without Vitest's marks (with them, the Svelte plugin builds for the server). */
// NO_COLOR: with CI set, Vite colours its output, and the bold port would split the URL the test waits for.
const plainEnv = () => ({ ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV')), NO_COLOR: '1' });

describe.runIf(browserAvailable())('the dev server on a fresh clone', () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let log = '';
  const navigations: string[] = [];
  const cacheDir = mkdtempSync(join(tmpdir(), 'vite-first-load-'));

  beforeAll(async () => {
    const port = await freePort();
    server = spawn(process.execPath, ['test/e2e/dev-server.mjs', String(port), cacheDir], { env: plainEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout!.on('data', (d) => { log += d; });
    server.stderr!.on('data', (d) => { log += d; });
    const url = `http://127.0.0.1:${port}/`;
    // Colour codes stripped all the same, should a terminal setting bring them back.
    const plain = () => log.replace(/\u001b\[[0-9;]*m/g, '');
    for (const end = Date.now() + 120_000; !plain().includes(url); await new Promise((r) => setTimeout(r, 200))) {
      if (Date.now() > end || server.exitCode !== null) throw new Error(`the dev server did not start:\n${log}`);
    }
    ({ browser, page, errors } = await openPage(url));
    page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations.push(f.url()); });
    await page.goto(url, { timeout: 180_000 });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('shows the demo counts on the first load, with no reload for late-found dependencies', async () => {
    const node = (kind: string) => page.getByRole('article', { name: new RegExp(`^${kind}:`) });
    await expect.poll(() => node('All customers').getAttribute('aria-label'), { timeout: 180_000, interval: 500 }).toMatch(/, 5,000 customers$/);
    const expected = `${new Intl.NumberFormat('en').format(demoAged25to40())} customers`;
    await expect.poll(() => node('Filter').getAttribute('aria-label'), { timeout: 60_000 }).toBe(`Filter: age is between 25 and 40, ${expected}`);
    // Give a late re-bundle time to show itself, had the worker's first imports started one.
    await page.waitForTimeout(3_000);
    expect(log).not.toMatch(/optimized dependencies changed|reloading/i);
    expect(navigations).toHaveLength(1);
    expect(errors).toEqual([]);
  }, 300_000);
});
