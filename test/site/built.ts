/**
 * Builds a content directory ONCE per source state and shares the output
 * between test files and workers: the output directory is keyed by a digest
 * of the content, the site sources and the generators, and guarded by a lock.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { withLock } from '../../generators/shared/lock.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE = path.join(ROOT, 'test/fixtures/site/content');
// After every adoption in the fixture and the example: a version adopted after "today" is an error (governance/policy-date-future).
export const TODAY = '2026-11-23';
const run = promisify(execFile);

function digestOf(paths: string[]): string {
  const hash = createHash('sha256');
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (name !== 'node_modules' && !name.startsWith('.')) visit(path.join(p, name));
    } else hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
  };
  paths.forEach(visit);
  return hash.digest('hex').slice(0, 16);
}

export async function runBuild(contentDir: string, outDir: string) {
  return run(process.execPath, [path.join(ROOT, 'generators/cli/build.ts'), '--content', contentDir, '--out', outDir, '--today', TODAY], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Output directory of a finished build of `contentDir` (built now if needed). */
export async function ensureBuilt(name: string, contentDir: string): Promise<string> {
  const key = digestOf([contentDir, path.join(ROOT, 'src'), path.join(ROOT, 'generators'), path.join(ROOT, 'astro.config.mjs'), path.join(ROOT, 'astro.internal.config.mjs')]);
  const base = path.join(os.tmpdir(), 'gdpr-docs-site-tests');
  const out = path.join(base, `${name}-${key}`);
  const done = `${out}.done`;
  mkdirSync(base, { recursive: true });
  if (existsSync(done)) return out;
  // Another worker may be building the same state: the first one builds, the others wait and reuse it.
  await withLock(`${out}.lock`, async () => {
    if (existsSync(done)) return;
    await runBuild(contentDir, out);
    writeFileSync(done, new Date(0).toISOString());
  });
  return out;
}

/** Every file under a directory, relative paths. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) visit(abs);
      else out.push(path.relative(dir, abs));
    }
  };
  visit(dir);
  return out.sort();
}

/** The example content when it loads, for tests that also run on it. */
export const EXAMPLE = path.join(ROOT, 'content');
