import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';

// Offline and installable: Workbox (through vite-plugin-pwa's generateSW) precaches the whole build, so the app shell,
// the self-hosted fonts, the engine's worker and every lazily loaded import reader load with the network off.
// registerType 'prompt' without a prompt: 'autoUpdate' would skip waiting and reload every open tab the moment a new
// version is deployed (losing an open dialog or a half-typed field); here a new version waits until the app's tabs
// are closed and is the one the next visit opens. Registration comes from main.ts (virtual:pwa-register, a module
// chunk), never an inline script, so the Content-Security-Policy keeps `script-src 'self'`.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Audience Canvas',
    short_name: 'Audience Canvas',
    description: 'Build customer segments on a canvas, in your browser: your files never leave the machine.',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#4f46e5',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  includeAssets: ['apple-touch-icon.png'],
  workbox: {
    // Every script, style and page the build emits; woff2 only (every browser that runs a service worker reads woff2,
    // so the woff fallbacks are never asked for). The icons come from the manifest and includeAssets, so the README's
    // screenshot is not cached.
    globPatterns: ['**/*.{js,css,html,woff2}'],
    // The import readers and the worker are large chunks: a chunk left out would fail offline, so the limit is high.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The Workbox runtime goes into sw.js itself: nothing is fetched from a CDN or a second file.
    inlineWorkboxRuntime: true,
  },
});

export default defineConfig({
  plugins: [svelte(), svelteTesting(), pwa],
  worker: { format: 'es' },
  // The dev server pre-bundles only what it finds from index.html; the worker's libraries would be found late, when
  // the worker first loads, and force a full reload of the first page (a blank page for a minute on a busy machine).
  optimizeDeps: {
    include: [
      'arquero', '@uwdata/flechette', 'liquidjs', 'write-excel-file/universal', 'read-excel-file/universal',
      'hyparquet', 'hyparquet/src/column.js', 'hyparquet/src/convert.js', 'hyparquet/src/datapage.js', 'hyparquet/src/plain.js',
      'hyparquet/src/schema.js', 'hyparquet-compressors', 'fflate', 'fzstd', 'lz4js', 'comlink', 'dexie',
    ],
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] } },
      // A component file's first render compiles Svelte and warms jsdom: seconds on a busy 2-core machine, so no 5 s limit.
      { extends: true, test: { name: 'component', environment: 'jsdom', include: ['test/component/**/*.test.ts'], setupFiles: ['test/component/setup.ts'], testTimeout: 30_000 } },
      { extends: true, test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false, globalSetup: ['test/e2e/global-setup.ts'] } },
    ],
  },
});
