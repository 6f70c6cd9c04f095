// Debian's Chromium driven by playwright-core: never a downloaded browser. In CI a missing browser fails the run.

import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export function chromiumPath(): string | undefined {
  try { return execSync('which chromium', { encoding: 'utf8' }).trim() || undefined; } catch { return undefined; }
}

/** True when the suite may run; outside CI a machine without Chromium skips the end-to-end tests. */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI) throw new Error('Chromium is not installed (apt-get install chromium): end-to-end tests cannot be skipped in CI');
  console.warn('Chromium not found: skipping end-to-end tests (install it with apt-get install chromium)');
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // playwright gives every launch a fresh temporary profile.
  });
}

/** Fails the test if the page asks anything of a host other than the local preview server. */
export function guardNetwork(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  return foreign;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-output', { recursive: true });
  const path = join('test-output', `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface OpenedPage {
  browser: Browser;
  page: Page;
  /** Requests to any host but the local preview server. */
  foreign: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** Launches Chromium and opens a page (in `locale`) that records foreign requests and errors (not yet navigated). */
export async function openPage(baseURL: string, viewport = { width: 1280, height: 800 }, locale = 'en-US'): Promise<OpenedPage> {
  const browser = await launch();
  // The browser's language is set: a first visit follows it, so tests name the one they expect.
  const page = await browser.newPage({ viewport, locale });
  const foreign = guardNetwork(page, baseURL);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { browser, page, foreign, errors };
}
