import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TIMEOUT } from '../support/timeouts.ts';
import { runInProcess } from '../support/in-process.ts';
import { main } from '../../generators/cli/init.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const NODE = path.join(ROOT, 'node_modules/.bin/node');
export const INIT = path.join(ROOT, 'generators/cli/init.ts');
export const tmpDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `gdpr-init-${prefix}-`));

/** Runs init's `main` in-process with flags, without a terminal (stdin not a TTY), as `runInit` does (test/support/in-process.ts). */
export async function runInitInProcess(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const tty = Object.getOwnPropertyDescriptor(process.stdin, 'isTTY');
  Object.defineProperty(process.stdin, 'isTTY', { value: false, configurable: true, writable: true });
  try {
    const r = await runInProcess(main, args);
    return { status: r.code, stdout: r.stdout, stderr: r.stderr };
  } finally {
    if (tty) Object.defineProperty(process.stdin, 'isTTY', tty);
    else delete (process.stdin as { isTTY?: boolean }).isTTY;
  }
}

/** Runs init with flags as a process, without a terminal (stdin is a pipe). */
export function runInit(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(NODE, [INIT, ...args], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[=>]/g;

export interface Step {
  /** Text that must appear on the terminal (after the previous step's) before the keys are typed. */
  waitFor: string;
  keys: string;
}

/**
 * Runs init inside a pseudo-terminal (util-linux `script`), answering each
 * prompt as a person would type, and returns the whole screen output.
 */
export function runInitInPty(args: string[], steps: Step[], timeoutMs = TIMEOUT.short): Promise<{ code: number | null; screen: string }> {
  const command = [NODE, INIT, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: ROOT, env: { ...process.env, TERM: 'xterm', COLUMNS: '200', LINES: '50' } });
  let raw = '';
  let step = 0;
  let from = 0;
  const pump = () => {
    const screen = raw.replace(ANSI, '');
    while (step < steps.length) {
      const at = screen.indexOf(steps[step]!.waitFor, from);
      if (at < 0) return;
      from = at + steps[step]!.waitFor.length;
      child.stdin.write(steps[step]!.keys);
      step++;
    }
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`init in a terminal timed out at step ${step} (${steps[step]?.waitFor}); screen:\n${raw.replace(ANSI, '')}`));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      raw += d.toString('utf8');
      // Prompts redraw as they render: give the terminal a moment before typing.
      setTimeout(pump, 50);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen: raw.replace(ANSI, '') });
    });
  });
}
