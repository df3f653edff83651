/**
 * Issue 2: `npm run dev` — editing a content file updates the page, and a
 * content error is shown (file, line, message), not a blank page. Runs the
 * real Astro dev server on a temp copy of the small valid fixture.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../../generators/site/astro.ts';
import { ROOT, fixture } from '../loader/helpers.ts';

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

async function get(): Promise<{ status: number; body: string }> {
  const r = await fetch(url);
  return { status: r.status, body: await r.text() };
}

/** Polls the page until `ok` holds: the dev server reloads content asynchronously. */
async function until(ok: (page: { status: number; body: string }) => boolean, ms = 20_000) {
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
  server = spawn(path.join(ROOT, 'node_modules/.bin/node'), ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...userEnv(), CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    detached: true,
  });
  server.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  server.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  await until((p) => p.status === 200, 60_000);
}, 90_000);

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  release();
  rmSync(base, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('serves the notice from the content directory', async () => {
    const page = await get();
    expect(page.status).toBe(200);
    expect(page.body).toContain('Exempelomsorg');
  });

  it('shows an edit of a content file without a restart', async () => {
    edit(ORG, 'sv: Exempelomsorg', 'sv: Ändradomsorg');
    const page = await until((p) => p.status === 200 && p.body.includes('Ändradomsorg'));
    expect(page.body).not.toContain('<title>Integritetspolicy – Exempelomsorg');
  }, 30_000);

  it('shows a content error with file, line and message instead of a blank page', async () => {
    edit(ORG, 'dpo: dataskyddsombud', 'dpo: dataskyddsombd');
    // The server answers 500 with a small shell; Vite's client draws the error overlay in the browser.
    const page = await until((p) => p.status >= 500);
    expect(page.body).toContain('<title>ContentError</title>');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage();
      await tab.goto(url);
      const overlay = tab.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 20_000 });
      const text = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
      expect(text).toContain('organisation.yaml:5:6');
      expect(text).toContain('Hänvisningen "dataskyddsombd" pekar inte på någon post');
      expect(text).toContain('Menade du "dataskyddsombud"?');
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('recovers once the mistake is fixed', async () => {
    edit(ORG, 'dpo: dataskyddsombd', 'dpo: dataskyddsombud');
    const page = await until((p) => p.status === 200);
    expect(page.body).toContain('Ändradomsorg');
  }, 30_000);
});
