/**
 * The build writes into `.<out>.tmp-<pid>` next to the output folder and
 * swaps it in at the end. A build stopped by a signal removes its folder on
 * the way out; one killed outright leaves it, and the next build removes
 * every such folder whose process is gone.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `.<name>.tmp-<pid>` and `.<name>.tmp-<pid>-old` folders of builds that no longer run. */
export function removeStaleBuildTemps(out: string): string[] {
  const dir = path.dirname(out);
  const pattern = new RegExp(`^\\.${path.basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.tmp-(\\d+)(?:-old)?$`);
  const removed: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (m && !alive(Number(m[1]))) {
      rmSync(path.join(dir, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until the returned function is called, a signal removes `paths` and ends the process (128 + signal
 * number). Writers that outlive this thread (a worker, a child process) are stopped first by
 * `stopWriters`, or they would create the folder again after it is removed; a second signal does not wait.
 */
export function removeOnSignal(paths: readonly string[], stopWriters: () => Promise<unknown> = async () => {}): () => void {
  let stopping = false;
  const finish = (signal: NodeJS.Signals) => {
    for (const p of paths) {
      try {
        // Retries: a write already under way when the writers were stopped may still land.
        rmSync(p, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // Left for the next build, which removes the folders of builds no longer running.
      }
    }
    process.stderr.write('\nAvbrutet / Interrupted\n');
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 129);
  };
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return finish(signal);
    stopping = true;
    const limit = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
    void Promise.race([stopWriters().catch(() => {}), limit]).then(() => finish(signal));
  };
  for (const s of SIGNALS) process.on(s, handler);
  return () => {
    for (const s of SIGNALS) process.off(s, handler);
  };
}
