/**
 * `npm run typecheck` (astro sync + tsc, strict) must pass, so `npm test` also
 * catches type errors — including on a fresh clone, where .astro/ is missing.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { TIMEOUT } from './support/timeouts.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

it('the whole repository type-checks', { timeout: TIMEOUT.build }, async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/node'), ['generators/cli/typecheck.ts'], { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => (output += b.toString()));
    child.on('close', (c) => resolve({ code: c, output }));
  });
  expect(output.split('\n').filter((l) => /error TS\d+/.test(l))).toEqual([]);
  expect(code, output).toBe(0);
});
