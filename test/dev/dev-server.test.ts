/**
 * Issue 2 and issue 15 item 7: `npm run dev` previews either site; editing a
 * content file updates the page, and a content error is shown as a page with
 * file, line, message and fix (never the tool's source or a stack). Runs the
 * real dev server (generators/cli/dev.ts) on a temp copy of the small valid fixture.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../../generators/site/astro.ts';
import { ROOT, fixture } from '../loader/helpers.ts';
import { TIMEOUT, wait } from '../support/timeouts.ts';

const ORG = 'organisation.yaml';
let base = '';
let dir = '';
let server: ChildProcess | undefined;
let url = '';
let log = '';
let release: () => void = () => {};

/** The environment a user's shell would have: without vitest's NODE_ENV=test and VITEST_* variables. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'TEST'));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function startDev(site: 'public' | 'internal', port: number, content: string): ChildProcess {
  const child = spawn(path.join(ROOT, 'node_modules/.bin/node'), ['generators/cli/dev.ts', '--site', site, '--host', '127.0.0.1', '--port', String(port), '--content', content], {
    cwd: ROOT,
    env: { ...userEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    detached: true,
  });
  child.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  return child;
}

function stopDev(child: ChildProcess | undefined) {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** The content error page names the DPO's file, line and fix, and nothing of the tool itself. */
function expectContentErrorPage(page: { status: number; body: string }) {
  expect(page.status).toBe(500);
  expect(page.body).toContain('Innehållet har fel');
  expect(page.body).toContain('organisation.yaml:5:6');
  expect(page.body).toContain('Hänvisningen &quot;dataskyddsombd&quot; pekar inte på någon post');
  expect(page.body).toContain('Så rättar du:</strong> Menade du &quot;dataskyddsombud&quot;?');
  expect(page.body).toContain('Did you mean &quot;dataskyddsombud&quot;?');
  for (const own of ['generators/', 'src/', 'node_modules', '.ts:', 'vite-error-overlay', '/@vite/client']) expect(page.body).not.toContain(own);
  expect(page.body).not.toMatch(/\bat [\w.<>]+ \(|\n\s+at /);
}

async function get(): Promise<{ status: number; body: string }> {
  const r = await fetch(url);
  return { status: r.status, body: await r.text() };
}

/** Polls the page until `ok` holds: the dev server reloads content asynchronously. */
async function until(ok: (page: { status: number; body: string }) => boolean, ms = wait(20)) {
  const end = Date.now() + ms;
  let last = { status: 0, body: '' };
  while (Date.now() < end) {
    try {
      last = await get();
      if (ok(last)) return last;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`page never matched; last status ${last.status}\n${last.body.slice(0, 3000)}\n${log.slice(-2000)}`);
}

function edit(file: string, from: string, to: string) {
  const abs = path.join(dir, file);
  const text = readFileSync(abs, 'utf8');
  expect(text).toContain(from);
  writeFileSync(abs, text.replace(from, to));
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'gdpr-dev-'));
  dir = path.join(base, 'content');
  cpSync(fixture('valid'), dir, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  // The dev server writes .astro/ like a build: hold the build lock while it runs.
  const locked = new Promise<void>((resolve) => (release = resolve));
  let started: () => void = () => {};
  const ready = new Promise<void>((r) => (started = r));
  void withBuildLock(async () => {
    started();
    await locked;
  });
  await ready;
  server = startDev('public', port, dir);
  await until((p) => p.status === 200, wait(60));
}, TIMEOUT.short);

afterAll(() => {
  stopDev(server);
  release();
  rmSync(base, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves the notice from the content directory', async () => {
    const page = await get();
    expect(page.status).toBe(200);
    expect(page.body).toContain('Exempelomsorg');
  });

  it(
    'shows an edit of a content file without a restart',
    async () => {
      edit(ORG, 'sv: Exempelomsorg', 'sv: Ändradomsorg');
      const page = await until((p) => p.status === 200 && p.body.includes('Ändradomsorg'));
      expect(page.body).not.toContain('<title>Integritetspolicy – Exempelomsorg');
    },
    TIMEOUT.unit,
  );

  it(
    "shows a content error as a page with file, line and fix, not the tool's source or a stack",
    async () => {
      edit(ORG, 'dpo: dataskyddsombud', 'dpo: dataskyddsombd');
      expectContentErrorPage(await until((p) => p.status >= 500));
    },
    TIMEOUT.unit,
  );

  it(
    'recovers once the mistake is fixed',
    async () => {
      edit(ORG, 'dpo: dataskyddsombd', 'dpo: dataskyddsombud');
      const page = await until((p) => p.status === 200);
      expect(page.body).toContain('Ändradomsorg');
    },
    TIMEOUT.unit,
  );
});

describe('npm run dev -- --site internal', () => {
  it(
    'previews the staff handbook, and a content error as the same readable page',
    async () => {
      stopDev(server);
      const port = await freePort();
      url = `http://127.0.0.1:${port}/`;
      server = startDev('internal', port, dir);
      const page = await until((p) => p.status === 200, wait(60));
      expect(page.body).toContain('intern handbok');
      edit(ORG, 'dpo: dataskyddsombud', 'dpo: dataskyddsombd');
      expectContentErrorPage(await until((p) => p.status >= 500));
    },
    TIMEOUT.short,
  );
});
