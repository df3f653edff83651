import { defineConfig } from 'vitest/config';
import { TIMEOUT } from './test/support/timeouts.ts';

/**
 * Test folders whose files run in one shared module graph per worker (`isolate: false`): importing the
 * model, rules and formatters once per worker instead of once per file more than halves their time.
 * Each was run that way and leaks nothing (environment restored, no module state between files). Not
 * here: files that spawn, build or drive a browser (isolation costs them little), and test/register,
 * whose pdf-tools.test.ts needs a process whose pdfkit and fontkit nothing has touched (it compares
 * against plain pdfkit).
 */
const SHARED = ['rules', 'format', 'validators', 'machine', 'loader', 'changelog', 'check', 'import', 'support', 'layering', 'request', 'bad-input'].map((dir) => `test/${dir}/**/*.test.ts`);

export default defineConfig({
  test: {
    globalSetup: ['test/setup/temp-dir.ts', 'test/setup/compile-cache.ts'],
    // Every timeout comes from test/support/timeouts.ts (TEST_TIME_FACTOR scales them on a slow machine).
    testTimeout: TIMEOUT.unit,
    // A beforeAll may build a site (shared between files, see test/site/built.ts).
    hookTimeout: TIMEOUT.build,
    // Two cores: keep parallelism modest so Astro builds in tests do not starve each other.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED } },
    ],
  },
});
