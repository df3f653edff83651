/**
 * Every test timeout, in one place. The values hold on a 2-core machine busy with other work;
 * TEST_TIME_FACTOR scales them all for a slower machine (e.g. TEST_TIME_FACTOR=2 npm test).
 * Timeouts only stop a test that hangs: speed is measured by `npm run bench`, never asserted here.
 */
const FACTOR = Math.max(1, Number(process.env.TEST_TIME_FACTOR) || 1);

/** `seconds`, scaled for this machine, in milliseconds: for waits inside a test (polls, selectors). */
export const wait = (seconds: number): number => Math.round(seconds * 1000 * FACTOR);

export const TIMEOUT = {
  /** Vitest's default per test: pure functions, one small model. */
  unit: wait(60),
  /** A CLI run, a few PDFs, a dev-server step. */
  short: wait(120),
  /** One site build (shared between files, see test/site/built.ts), a batch of PDFs, a property run. */
  build: wait(300),
  /** Several builds, a browser loop, hundreds of random models. */
  long: wait(600),
  /** The policy cycle end to end, every example organisation. */
  slowest: wait(1200),
} as const;
