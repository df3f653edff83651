/**
 * SIGTERM while the extract starts up: exit 143 and "Avbrutet / Interrupted",
 * no file left in the output folder. Start-up is held at a known point by a
 * preloaded loader hook (fixtures/startup-gate.ts) instead of a delay, so the signal
 * lands there on a fast and on a slow machine: while the CLI loads its modules
 * (it used to die by Node's default handler, without a message) and while the
 * workers load the content model. test/extract/signals.test.ts covers the
 * later moments.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TIMEOUT, wait } from '../support/timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/extract');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const GATE = path.join(import.meta.dirname, 'fixtures/startup-gate.ts');

/** Runs the extract held at `module`, sends SIGTERM once it is held there, then lets it go on. */
async function killAt(module: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-startup-'));
  const out = path.join(dir, 'out');
  const gate = path.join(dir, 'gate');
  const child = spawn(NODE, ['--import', GATE, 'generators/cli/extract.ts', path.join(FIX, 'requests'), '--out', out, '--content', path.join(FIX, 'content')], {
    cwd: ROOT,
    env: { ...process.env, GATE_MODULE: module, GATE_FILE: gate },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  let held = false;
  for (let waited = 0; !(held = existsSync(`${gate}.reached`)) && child.exitCode === null && waited < wait(120); waited += 10) await sleep(10);
  child.kill('SIGTERM');
  writeFileSync(`${gate}.go`, '');
  const end = await exited;
  return { held, ...end, stderr, left: existsSync(out) ? readdirSync(out) : [] };
}

describe('SIGTERM during the extract’s start-up', () => {
  it.each([
    ['while the CLI loads its modules', '/generators/extract/batch.ts'],
    ['while the workers load the content', '/src/model/load.ts'],
  ])(
    '%s: exit 143, "Avbrutet / Interrupted", nothing left behind',
    async (_moment, module) => {
      const r = await killAt(module);
      expect(r.held).toBe(true);
      expect({ code: r.code, signal: r.signal, stderr: r.stderr.trim() }).toEqual({ code: 143, signal: null, stderr: 'Avbrutet / Interrupted' });
      expect(r.left).toEqual([]);
    },
    TIMEOUT.short,
  );
});
