/**
 * Issue 20, items 10, 13 and 14: `build` marks its output as a built site,
 * `--public-only` gives a folder with the public site alone, and a build
 * stopped by a signal (or killed earlier) leaves no `.dist.tmp-PID` behind.
 * These are mechanisms, not content: they build the small test site (every
 * page kind, both sites, the documents, both search indexes), whose full
 * build the other built-site tests share — except the stop while Pagefind
 * writes, which needs the example's larger index: on the small site Pagefind
 * is done before the folder is removed, so one left running went unnoticed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE, FIXTURE, listFiles, ROOT, TODAY } from './built.ts';
import { removeStaleBuildTemps } from '../../generators/site/build-temp.ts';
import { TIMEOUT, wait } from '../support/timeouts.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gdpr-docs-build-safety-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(args: string[], content = FIXTURE) {
  const child = spawn(process.execPath, [path.join(ROOT, 'generators/cli/build.ts'), '--content', content, '--today', TODAY, ...args], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

describe('build output safety', () => {
  it(
    'marks its output as a built site (extract refuses it, item 10)',
    async () => {
      const out = await ensureBuilt('fixture', FIXTURE);
      expect(readFileSync(path.join(out, '.gdpr-docs-site'), 'utf8')).toMatch(/never put personal data here/);
    },
    TIMEOUT.long,
  );

  it(
    '--public-only writes the public site alone, byte-identical to the full build’s (item 14)',
    async () => {
      const full = await ensureBuilt('fixture', FIXTURE);
      const out = path.join(work, 'public-only');
      const { exited } = build(['--out', out, '--public-only']);
      expect(await exited).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['.gdpr-docs-site', 'public']);
      const files = listFiles(path.join(out, 'public'));
      expect(files).toEqual(listFiles(path.join(full, 'public')));
      const differing = files.filter((f) => !readFileSync(path.join(out, 'public', f)).equals(readFileSync(path.join(full, 'public', f))));
      expect(differing).toEqual([]);
    },
    TIMEOUT.long,
  );

  // Stopped at three moments: while Astro renders, while the documents worker writes its PDFs, and while
  // Pagefind's own process writes the public search index. The last two write from outside the main
  // thread, so they must be stopped before the folder is removed, or they create it again.
  const moments: [string, (tmp: string) => boolean, string][] = [
    ['Astro renders the pages', (tmp) => existsSync(path.join(tmp, 'public')), FIXTURE],
    ['the documents worker writes', (tmp) => existsSync(path.join(tmp, '.generated')), FIXTURE],
    ['Pagefind writes the public index', (tmp) => existsSync(path.join(tmp, 'public/pagefind')), EXAMPLE],
  ];
  for (const [moment, reached, content] of moments) {
    it(
      `a build stopped by SIGTERM while ${moment} removes its temporary folder, and nothing writes it again (item 13)`,
      async () => {
        const parent = path.join(work, `stopped-${moments.findIndex(([m]) => m === moment)}`);
        mkdirSync(parent);
        const out = path.join(parent, 'dist');
        const { child, exited } = build(['--out', out], content);
        const tmp = path.join(parent, `.dist.tmp-${child.pid}`);
        for (let waited = 0; !reached(tmp) && waited < wait(300); waited += 20) await sleep(20);
        expect(reached(tmp), `the build never reached the moment: ${moment}`).toBe(true);
        child.kill('SIGTERM');
        expect(await exited).toBe(143);
        // A writer left running would create the folder again after the build has exited.
        await sleep(wait(2));
        expect(readdirSync(parent)).toEqual([]);
      },
      TIMEOUT.long,
    );
  }

  it('the next build removes temporary folders of builds that were killed outright (item 13)', () => {
    const parent = path.join(work, 'stale');
    mkdirSync(path.join(parent, '.dist.tmp-999999999', 'public'), { recursive: true });
    mkdirSync(path.join(parent, '.dist.tmp-999999999-old'), { recursive: true });
    mkdirSync(path.join(parent, `.dist.tmp-${process.pid}`), { recursive: true }); // a build still running
    mkdirSync(path.join(parent, '.other.tmp-999999999'), { recursive: true }); // another output's
    expect(removeStaleBuildTemps(path.join(parent, 'dist')).sort()).toEqual(['.dist.tmp-999999999', '.dist.tmp-999999999-old']);
    expect(readdirSync(parent).sort()).toEqual([`.dist.tmp-${process.pid}`, '.other.tmp-999999999']);
  });
});
