import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/temp-dir.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: keep parallelism modest so Astro builds in tests do not starve each other.
    maxWorkers: 2,
  },
});
