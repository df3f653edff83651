/**
 * A render worker in a child process (`child_process.fork`) instead of a
 * thread, with the Worker surface the pool uses (postMessage, message, error,
 * exit, terminate). Two processes each have their own heap and V8 background
 * threads, which is how the two-core baseline (two raw-pdfkit processes) runs;
 * two threads of one process share them (bench/notes.md, round 4).
 *
 * The child gets its settings (the password too) as its first message, never
 * in argv or its environment; its stdout and stderr are discarded, so a crash
 * can never print request data. It names its temp files with this process's
 * pid, so this process's sweeps remove them (generators/extract/output.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./worker.ts', import.meta.url));

export interface ChildLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/** V8 aborts a process that runs out of heap: the pool treats it as a thread's out-of-memory error. */
const OUT_OF_MEMORY = Object.assign(new Error('render process out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });

export class ChildWorker extends EventEmitter {
  readonly #child: ChildProcess;
  readonly #exited: Promise<void>;

  constructor(data: object, limits: ChildLimits) {
    super();
    const own = /^--max-(old|semi)-space-size/;
    const execArgv = [
      ...process.execArgv.filter((a) => !own.test(a)),
      `--max-old-space-size=${limits.maxOldGenerationSizeMb}`,
      // V8's young generation is three semi-spaces.
      `--max-semi-space-size=${Math.max(1, Math.floor(limits.maxYoungGenerationSizeMb / 3))}`,
    ];
    this.#child = fork(ENTRY, [], { execArgv, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' });
    this.#exited = new Promise((resolve) => {
      this.#child.once('exit', (code, signal) => {
        if (signal === 'SIGABRT' || code === 134) this.emit('error', OUT_OF_MEMORY);
        this.emit('exit', code ?? 1);
        resolve();
      });
    });
    this.#child.on('message', (m) => this.emit('message', m));
    this.#child.on('error', (e) => this.emit('error', e));
    this.#child.send({ init: { ...data, owner: process.pid } });
  }

  postMessage(message: unknown): void {
    if (this.#child.connected) this.#child.send(message as object);
  }

  /** Ends an idle process: it exits by itself (running its exit handlers) once it has nothing more to say. */
  async end(): Promise<void> {
    if (this.#child.connected) this.#child.disconnect();
    const late = setTimeout(() => void this.terminate(), 2000);
    await this.#exited;
    clearTimeout(late);
  }

  /** Kills the process; once it resolves, the process is gone and can write nothing more. */
  async terminate(): Promise<void> {
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill('SIGKILL');
    await this.#exited;
  }
}
