/**
 * The one cross-process lock of the project: a directory created atomically
 * (mkdir fails if it exists) holding the owner's pid. A lock whose owner has
 * died is taken over, so a killed build never blocks the next one.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

export async function withLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(`${lock}/pid`, String(process.pid));
      break;
    } catch {
      let holder = 0;
      try {
        holder = Number(readFileSync(`${lock}/pid`, 'utf8'));
      } catch {
        // Being created or removed, or left without a pid by a crash during creation: stale after a minute.
        if (age(lock) > 60_000) rmSync(lock, { recursive: true, force: true });
      }
      if (holder && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function age(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}
