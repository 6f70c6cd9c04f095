import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte(), svelteTesting()],
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
