/**
 * A command's `main(argv)` run inside the test process, as `node generators/cli/<name>.ts` runs it:
 * the same exit code (failures reported by `runCommand`, as `runMain` reports them) and what it writes to
 * stdout and stderr, captured. Spawning Node costs seconds of start-up and module loading per run; each
 * command keeps one spawned test that proves the real wiring (exit code, no stack trace).
 * Runs one at a time (stdout, stderr and the environment are process-wide), also under `it.concurrent`.
 */
import { format } from 'node:util';
import { runCommand } from '../../generators/cli/shared/run-main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

type Main = (argv: string[]) => number | Promise<number>;
type Write = typeof process.stdout.write;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `main(argv)` with stdout and stderr captured and `env` applied for the run (undefined removes a
 * variable). CONTENT_DIR is removed unless given, and NO_COLOR set, as the spawning helpers do.
 */
export function runInProcess(main: Main, argv: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const run = queue.then(() => runOnce(main, argv, { CONTENT_DIR: undefined, NO_COLOR: '1', ...env }));
  queue = run.catch(() => undefined);
  return run;
}

function capture(chunks: string[]): Write {
  return ((chunk: string | Uint8Array, encoding?: unknown, done?: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = typeof encoding === 'function' ? encoding : done;
    if (typeof callback === 'function') queueMicrotask(() => (callback as () => void)());
    return true;
  }) as Write;
}

async function runOnce(main: Main, argv: string[], env: Record<string, string | undefined>): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const saved = { out: process.stdout.write, err: process.stderr.write, exitCode: process.exitCode };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const setEnv = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  setEnv(env);
  process.stdout.write = capture(stdout);
  process.stderr.write = capture(stderr);
  // cac prints --help with console.info; Node's console writes to stdout (log, info) and stderr (warn, error).
  const consoleSaved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const line =
    (chunks: string[]) =>
    (...args: unknown[]) =>
      void chunks.push(`${format(...args)}\n`);
  Object.assign(console, { log: line(stdout), info: line(stdout), warn: line(stderr), error: line(stderr) });
  try {
    const code = await runCommand(() => main(argv));
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    Object.assign(console, consoleSaved);
    process.exitCode = saved.exitCode;
    setEnv(savedEnv);
  }
}
