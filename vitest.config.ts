import { defineConfig } from 'vitest/config';
import { TIMEOUT } from './test/support/timeouts.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/temp-dir.ts', 'test/setup/compile-cache.ts'],
    // Every timeout comes from test/support/timeouts.ts (TEST_TIME_FACTOR scales them on a slow machine).
    testTimeout: TIMEOUT.unit,
    // A beforeAll may build a site (shared between files, see test/site/built.ts).
    hookTimeout: TIMEOUT.build,
    // Two cores: keep parallelism modest so Astro builds in tests do not starve each other.
    maxWorkers: 2,
  },
});
