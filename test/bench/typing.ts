// Responsiveness in the browser with a big table: import the file through the UI, then type into a value box
// while counts update; report main-thread long tasks (PerformanceObserver) and keystroke-to-count latency.
// Prints one JSON line. Usage: tsx test/bench/typing.ts <file.csv>

import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/browser';

const file = process.argv[2];
const out = join(tmpdir(), 'audience-canvas-bench', 'dist');
const port = 4700 + Math.floor(Math.random() * 200);
const log = (s: string) => process.stderr.write(`${s}\n`);

if (spawnSync('node_modules/.bin/vite', ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', out, '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  for (let i = 0; ; i++) {
    try { await page.goto(`http://localhost:${port}/`); break; } catch (e) { if (i > 50) throw e; await new Promise((r) => setTimeout(r, 200)); }
  }
  const card = (name: RegExp) => page.getByRole('article', { name });
  await card(/^All customers: .*, 5,000 customers$/).waitFor({ timeout: 30_000 });

  log('importing through the file picker …');
  await page.getByRole('button', { name: 'Import data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers' });
  await dialog.getByLabel('Choose a file').setInputFiles(file);
  await dialog.getByRole('columnheader', { name: 'household_income' }).waitFor({ timeout: 120_000 });
  log('preview shown');
  const importStart = Date.now();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const ticker = setInterval(async () => {
    log(`progress ${await dialog.getByRole('progressbar').getAttribute('value').catch(() => '?')} after ${Math.round((Date.now() - importStart) / 1000)} s`);
  }, 5000);
  await dialog.waitFor({ state: 'detached', timeout: 600_000 }).finally(() => clearInterval(ticker));
  const importMs = Date.now() - importStart;
  await card(/^All customers: .*, [\d,]{7,} customers$/).waitFor({ timeout: 60_000 });

  log('typing into the filter\'s value box …');
  await card(/^Filter:/).click();
  const from = page.getByRole('complementary', { name: 'Inspector' }).getByRole('spinbutton', { name: 'From 1' });
  await from.waitFor();
  await page.evaluate(() => { (window as unknown as { longTasks: number[] }).longTasks.length = 0; });
  const latencies: number[] = [];
  for (const value of ['2', '26', '3', '30', '31', '18', '45', '50']) {
    const before = await card(/^Filter:/).getAttribute('aria-label');
    const t0 = Date.now();
    await from.fill(value);
    await page.waitForFunction((b) => {
      const el = [...document.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.startsWith('Filter:'));
      const label = el?.getAttribute('aria-label') ?? '';
      return label !== b && !el?.textContent?.includes('Counting');
    }, before, { timeout: 30_000 });
    latencies.push(Date.now() - t0);
  }
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(JSON.stringify({
    importMs,
    longTasks: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    medianLatencyMs: latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)],
    maxLatencyMs: Math.max(...latencies),
  }));
} finally {
  await browser.close();
  server.kill();
}
