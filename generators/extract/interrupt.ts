/**
 * How an interrupted extract stops (Ctrl-C, kill, the terminal closed, npm
 * gone). Installed by the CLI's first statement, before it loads anything
 * else: a signal that arrived while the modules or the workers were loading
 * used to find Node's default handler or a half-set-up run. From then on every
 * moment ends the same way: temp files of this process removed, workers
 * stopped, "Avbrutet / Interrupted", exit 128 + the signal's number.
 * Node built-ins only, so installing it costs nothing.
 */

/** What the run registers once it has an output folder and workers. */
export interface RunToStop {
  /** Synchronous: removes this process's temp files (personal data). */
  sweep: () => void;
  /** Stops every worker; once it resolves, none can create another temp file. */
  terminate: () => Promise<void>;
}

let run: RunToStop | undefined;
let stopping = false;

/** True once a signal (or the parent's death) stops the run: the stopping path alone decides the exit. */
export const isInterrupted = (): boolean => stopping;

/** The run's output folder and workers, from the moment temp files can appear. */
export function guardRun(r: RunToStop): void {
  run = r;
}

/** Stops the process with `code`: sweeps, stops workers, sweeps again (never hangs on them), says so. */
export function stopRun(code: number): void {
  if (stopping) return;
  stopping = true;
  const r = run;
  const finish = () => {
    r?.sweep();
    process.stderr.write('\nAvbrutet / Interrupted\n');
    process.exit(code);
  };
  if (!r) {
    finish();
    return;
  }
  r.sweep();
  // A worker may be creating a temp file right now: stop the workers, then sweep once more.
  const fallback = setTimeout(finish, 3000);
  void r.terminate().finally(() => {
    clearTimeout(fallback);
    finish();
  });
}

export function handleSignals(): void {
  process.on('SIGINT', () => stopRun(130));
  process.on('SIGTERM', () => stopRun(143));
  process.on('SIGHUP', () => stopRun(129));
}
