// Serves the built app (dist/) with `vite preview` on a free localhost port for the end-to-end tests.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

const VITE = 'node_modules/.bin/vite';

/** This process's environment without Vitest's marks: with VITEST set, the Svelte plugins build for the server, not the browser. */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Resolves once `url` answers; rejects when the server exits first or `ms` pass. */
async function waitFor(url: string, server: ChildProcess, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with status ${server.exitCode} before answering`);
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms / 1000} s`);
}

let server: ChildProcess | undefined;

/** The built app to serve: dist/, or E2E_DIST when several people build on one machine (vite build --outDir …). */
const DIST = process.env.E2E_DIST ?? 'dist';

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) {
    // `npm test` builds first; a lone `vitest run --project e2e` builds here so it never tests a stale or missing app.
    console.log(`${DIST}/ is missing: running vite build`);
    const build = spawnSync(VITE, ['build', '--outDir', DIST, '--emptyOutDir'], { stdio: 'inherit', env: plainEnv() });
    if (build.status !== 0) throw new Error(`vite build failed (status ${build.status})`);
  }
  const port = await freePort();
  server = spawn(VITE, ['preview', '--outDir', DIST, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', env: plainEnv() });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitFor(url, server, 30_000);
  } catch (e) {
    server.kill();
    throw e;
  }
  project.provide('baseURL', url);
  return () => { server?.kill(); };
}

declare module 'vitest' {
  export interface ProvidedContext { baseURL: string }
}
