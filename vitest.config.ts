import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests the pure core and rules against content; `site` tests the built `dist/`
// (run after `astro build`). Neither imports `astro:*`.
export default defineConfig({
  test: {
    projects: [
      // Several unit tests load the whole model or draw images: on a loaded machine that passes the 5 s default.
      { test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
      // Site hooks copy and remove whole builds: on a loaded machine that passes the 10 s default.
      { test: { name: 'site', environment: 'node', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      // One browser for the whole run; files in sequence so two suites never fight over a port.
      { test: { name: 'browser', environment: 'node', include: ['tests/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false, maxConcurrency: 4 } },
    ],
  },
});
