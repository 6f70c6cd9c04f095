// Projects: rename, export to a file, a new project with cards pasted from the first, delete with undo, import the
// file back with identical counts, a broken file explained without touching saved work, a PNG of the canvas, reload.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, openPage, screenshot } from './browser';

const DIR = join(tmpdir(), 'audience-canvas-e2e', 'projects');

describe.runIf(browserAvailable())('projects', () => {
  let browser: Browser;
  let page: Page;
  let foreign: string[];
  let errors: string[];
  let exported = '';
  let counts: string[] = [];
  const dialog = () => page.getByRole('dialog', { name: 'Projects' });
  const list = () => dialog().getByRole('list', { name: 'Saved projects' });
  const labels = () => page.getByRole('article').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '').sort());
  const projectName = () => page.getByRole('textbox', { name: 'Project name' });
  const openProjects = async () => {
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await dialog().waitFor();
  };

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    ({ browser, page, foreign, errors } = await openPage(inject('baseURL'), { width: 1280, height: 800 }));
    await page.goto(inject('baseURL'));
    await page.getByRole('article', { name: /^Segment: .*customers$/ }).waitFor({ timeout: 20_000 });
  });
  afterAll(async () => { await browser?.close(); });

  it('renames the open project in the list and exports it to a version-1 file', async () => {
    counts = await labels();
    await openProjects();
    await expect.poll(() => list().getByRole('listitem').count()).toBe(1);
    await list().getByRole('textbox', { name: 'Name of project My first segment' }).fill('Spring campaign');
    await list().getByRole('textbox', { name: 'Name of project My first segment' }).press('Enter');
    await expect.poll(() => projectName().inputValue()).toBe('Spring campaign');
    const [download] = await Promise.all([page.waitForEvent('download'), list().getByRole('button', { name: 'Export Spring campaign to a file' }).click()]);
    expect(download.suggestedFilename()).toBe('Spring campaign.audience-canvas.json');
    exported = join(DIR, 'spring.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file).toMatchObject({ format: 'audience-canvas', version: 1, name: 'Spring campaign' });
    expect(file.nodes.map((n: { type: string }) => n.type)).toEqual(['source', 'filter', 'segment']);
    await screenshot(page, 'projects-dialog');
  });

  it('starts a new project and pastes the first project\'s cards into it with the same counts', async () => {
    await dialog().getByRole('button', { name: 'Close projects' }).click();
    await page.locator('.svelte-flow__pane').click({ position: { x: 400, y: 500 } });
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await openProjects();
    await dialog().getByRole('button', { name: 'New project' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => projectName().inputValue()).toBe('New project');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await page.locator('.svelte-flow__pane').click({ position: { x: 500, y: 300 } });
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.getByRole('article').count()).toBe(4);
    // The pasted chain counts like the original (its own "All customers" card included).
    await expect.poll(async () => (await labels()).filter((l) => !l.startsWith('All customers'))).toEqual(counts.filter((l) => !l.startsWith('All customers')));
  });

  it('deletes a project with undo', async () => {
    await openProjects();
    await expect.poll(() => list().getByRole('listitem').count()).toBe(2);
    await list().getByRole('button', { name: 'Delete Spring campaign' }).click();
    await expect.poll(() => list().getByRole('listitem').count()).toBe(1);
    await page.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => projectName().inputValue()).toBe('Spring campaign');
    await expect.poll(() => list().getByRole('listitem').count()).toBe(2);
    // Deleting the open project opens the other one.
    await list().getByRole('button', { name: 'Delete Spring campaign' }).click();
    await expect.poll(() => projectName().inputValue()).toBe('New project');
    // The list is read again from storage after the other project opens: wait for it, as the steps above do.
    await expect.poll(() => list().getByRole('listitem').count()).toBe(1);
  });

  it('explains a broken project file and changes nothing saved', async () => {
    const broken = join(DIR, 'broken.json');
    writeFileSync(broken, JSON.stringify({ format: 'audience-canvas', version: 1, nodes: [{ id: 'x', type: 'filter', match: 'sometimes' }] }));
    await dialog().getByLabel('Open a project file…').setInputFiles(broken);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('nodes[0].match: Expected one of: all, any');
    expect(await list().getByRole('listitem').count()).toBe(1);
    await expect.poll(() => projectName().inputValue()).toBe('New project');
  });

  it('imports the exported file back with identical counts, kept after reload', async () => {
    await dialog().getByLabel('Open a project file…').setInputFiles(exported);
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => projectName().inputValue()).toBe('Spring campaign');
    await expect.poll(() => labels()).toEqual(counts);
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByRole('article', { name: /^Segment: .*customers$/ }).waitFor({ timeout: 20_000 });
    expect(await projectName().inputValue()).toBe('Spring campaign');
    expect(await labels()).toEqual(counts);
  });

  it('saves the canvas as a PNG picture', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the canvas as a picture (PNG)' }).click()]);
    expect(download.suggestedFilename()).toBe('Spring campaign.png');
    const png = join('test-output', 'canvas-picture.png');
    mkdirSync('test-output', { recursive: true });
    await download.saveAs(png);
    const bytes = readFileSync(png);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width and height (big-endian, at bytes 16 and 20): the three cards at 100 %, doubled for sharpness.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(500);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(800);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
