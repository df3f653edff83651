/**
 * The DPO's edit loop in the dev server (issue 19): starts `npm run dev` on a
 * content directory, then edits organisation.yaml `runs` times and times each
 * edit until the page served shows the new text. Prints JSON: seconds per
 * reload and the dev server's peak memory.
 * Usage: node bench/dev-reload.ts <contentDir> <runs> [public|internal]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { withBuildLock } from '../generators/site/astro.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const [contentDir, runsArg, site = 'public'] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const orgFile = path.join(contentDir!, 'organisation.yaml');
const original = readFileSync(orgFile, 'utf8');
const NAME = /^(\s+sv: )(.+)$/m;
const name = NAME.exec(original)?.[2];
if (!name) throw new Error(`no Swedish name in ${orgFile}`);

const port = await new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => resolve(p));
  });
});
const url = `http://127.0.0.1:${port}/`;
let stderr = '';

function startServer(): ChildProcess {
  // A user's shell environment: Astro's dev server does nothing when it sees VITEST (the bench's smoke test runs under vitest).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'BENCH_RSS_FILE' && k !== 'NODE_OPTIONS' && k !== 'NODE_ENV' && k !== 'TEST' && !k.startsWith('VITEST')));
  const server = spawn(process.execPath, ['generators/cli/dev.ts', '--site', site, '--host', '127.0.0.1', '--port', String(port), '--content', contentDir!], {
    cwd: ROOT,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  server.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  return server;
}

async function until(text: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      const body = await r.text();
      if (r.status === 200 && body.includes(text)) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the dev page never showed "${text}"\n${stderr.slice(-2000)}`);
}

function peakRss(pid: number | undefined): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

// The dev server writes <root>/.astro/ as a build does: hold the build lock while it runs.
await withBuildLock(async () => {
  const server = startServer();
  const seconds: number[] = [];
  try {
    await until(name, 300_000);
    for (let i = 0; i < runs; i++) {
      const next = `${name} ${i + 1}`;
      const t0 = performance.now();
      writeFileSync(orgFile, original.replace(NAME, `$1${next}`));
      await until(next, 60_000);
      seconds.push((performance.now() - t0) / 1000);
      // Let the watcher settle before the next edit.
      await new Promise((r) => setTimeout(r, 500));
    }
    process.stdout.write(`${JSON.stringify({ seconds, peakRss: peakRss(server.pid) })}\n`);
  } finally {
    writeFileSync(orgFile, original);
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
});
