/** Builds one Pagefind index for a built site directory (written to <dir>/pagefind). */
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as pagefind from 'pagefind';

export async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

export const closePagefind = () => pagefind.close();

/**
 * Ends Pagefind's process and waits until it is gone, so it writes nothing more into a folder the
 * build is about to remove (pagefind.close() only sends the signal). Linux lists a process's
 * children in /proc; elsewhere this is close() alone.
 */
export async function stopPagefind(): Promise<void> {
  const children = childProcesses().filter((pid) => command(pid).startsWith('pagefind'));
  await pagefind.close();
  for (let waited = 0; children.some(running) && waited < 10_000; waited += 20) await sleep(20);
}

function childProcesses(): number[] {
  try {
    return readdirSync('/proc/self/task').flatMap((tid) => readFileSync(`/proc/self/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** Alive and not yet a zombie (a zombie writes nothing). */
function running(pid: number): boolean {
  try {
    return !/\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
