/**
 * removeOnSignal (generators/site/build-temp.ts): a signal stops the writers that outlive the main
 * thread before the folder is removed, so nothing writes it again after the process has ended.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { TIMEOUT, wait } from '../support/timeouts.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gdpr-docs-build-temp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const writers: number[] = [];
afterAll(() => {
  for (const pid of writers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});
const SCRIPT = path.join(import.meta.dirname, 'fixtures/signal-writer.ts');

async function stopWithWriter(mode: 'stop' | 'ignore'): Promise<{ code: number | null; dir: string }> {
  const dir = path.join(work, mode);
  const child = spawn(process.execPath, [SCRIPT, dir, mode], { stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const writer = await new Promise<number>((resolve) => child.stdout.once('data', (b: Buffer) => resolve(Number(b.toString().trim()))));
  writers.push(writer);
  for (let waited = 0; !existsSync(path.join(dir, 'index/part')) && waited < wait(30); waited += 10) await sleep(10);
  child.kill('SIGTERM');
  const code = await exited;
  await sleep(wait(1)); // a writer still running would write the folder again meanwhile
  return { code, dir };
}

describe('a stopped build', () => {
  it(
    'stops its other writers before removing the folder: nothing comes back',
    async () => {
      const { code, dir } = await stopWithWriter('stop');
      expect(code).toBe(143);
      expect(existsSync(dir)).toBe(false);
    },
    TIMEOUT.short,
  );

  it(
    'without stopping them, the folder comes back (the test can see the bug)',
    async () => {
      const { code, dir } = await stopWithWriter('ignore');
      expect(code).toBe(143);
      expect(existsSync(dir)).toBe(true);
    },
    TIMEOUT.short,
  );
});
