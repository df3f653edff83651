/**
 * `npm run check` runs a bundle of the check command (generators/cli/shared/check-bundle.mjs):
 * it must say exactly what the TypeScript says, never run when stale, and fall back to the
 * TypeScript when it cannot be built.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../generators/cli/check.ts';
import { codeVersion } from '../../src/model/parse-cache.ts';
import { runInProcess } from '../support/in-process.ts';
import { ROOT } from '../loader/helpers.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const LAUNCHER = path.join(ROOT, 'generators/cli/shared/check-bundle.mjs');
const TODAY = ['--today', '2026-03-01'];

interface Launcher {
  ensureBundle(o?: { root?: string; entry?: string; dirs?: string[]; extra?: string[]; outDir?: string }): Promise<string | undefined>;
  sourceKey(root: string, dirs?: string[], extra?: string[]): string;
}
type Bundle = { main: (argv: string[]) => number; codeVersion: () => string | undefined };

const importFile = (file: string): Promise<unknown> => import(pathToFileURL(file).href);

const tmp = mkdtempSync(path.join(tmpdir(), 'gdpr-check-bundle-'));
const cacheEnv = { GDPR_DOCS_CACHE_DIR: path.join(tmp, 'parsed') };
let launcher: Launcher;
let bundle: Bundle;

beforeAll(async () => {
  launcher = (await importFile(LAUNCHER)) as Launcher;
  const file = await launcher.ensureBundle({ outDir: path.join(tmp, 'bundle') });
  expect(file).toBeDefined();
  bundle = (await importFile(file!)) as Bundle;
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function spawned(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { CONTENT_DIR: _drop, ...rest } = process.env;
  return new Promise((resolve) => {
    execFile(NODE, args, { cwd: ROOT, encoding: 'utf8', env: { ...rest, NO_COLOR: '1', ...cacheEnv, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

const contentDirs = [
  ...readdirSync(path.join(ROOT, 'test/fixtures/loader')).map((d) => path.join(ROOT, 'test/fixtures/loader', d)),
  path.join(ROOT, 'test/fixtures/rules/base'),
  path.join(ROOT, 'content'),
  ...readdirSync(path.join(ROOT, 'examples/organisations')).map((d) => path.join(ROOT, 'examples/organisations', d)),
];

describe('the bundled check', () => {
  it('prints what the TypeScript prints, text and json, on every fixture, content/ and each example', async () => {
    for (const dir of contentDirs)
      for (const extra of [[], ['--format', 'json'], ['--lang', 'en', '--strict']]) {
        const args = ['--content', dir, ...TODAY, ...extra];
        const fresh = await runInProcess(main, args, cacheEnv);
        const bundled = await runInProcess(bundle.main, args, cacheEnv);
        expect({ dir, args, ...bundled }).toEqual({ dir, args, ...fresh });
      }
  }, 300_000);

  it('keeps the validated-data cache: its code version is the TypeScript one', () => {
    expect(codeVersion()).toBeDefined();
    expect(bundle.codeVersion()).toBe(codeVersion());
  });

  it('runs from npm run check with the same output, exit codes and usage errors as the TypeScript', async () => {
    const env = { GDPR_DOCS_CHECK_BUNDLE_DIR: path.join(tmp, 'bundle') };
    const cases = [
      ['--content', path.join(ROOT, 'test/fixtures/loader/dangling-reference'), ...TODAY],
      ['--content', path.join(ROOT, 'test/fixtures/loader/valid'), ...TODAY, '--format', 'json'],
      ['--list-rules', '--lang', 'en'],
      ['--format', 'xml'],
      ['--no-such-option'],
    ];
    for (const args of cases) {
      const [viaLauncher, direct] = await Promise.all([spawned([LAUNCHER, ...args], env), spawned(['generators/cli/check.ts', ...args])]);
      expect({ args, ...viaLauncher }).toEqual({ args, ...direct });
    }
    expect(readdirSync(path.join(tmp, 'bundle')).filter((f) => f.endsWith('.mjs'))).toHaveLength(1);
  }, 180_000);

  it('falls back to the TypeScript when the bundle cannot be written, silently', async () => {
    const blocker = path.join(tmp, 'not-a-dir');
    writeFileSync(blocker, '');
    const args = ['--content', path.join(ROOT, 'test/fixtures/loader/dangling-reference'), ...TODAY];
    const [viaLauncher, direct] = await Promise.all([spawned([LAUNCHER, ...args], { GDPR_DOCS_CHECK_BUNDLE_DIR: path.join(blocker, 'bundle') }), spawned(['generators/cli/check.ts', ...args])]);
    expect(viaLauncher.code).toBe(1);
    expect(viaLauncher).toEqual(direct);
    expect(viaLauncher.stderr).not.toMatch(/^ {4}at /m);
  }, 180_000);
});

describe('a stale bundle', () => {
  it('is never run: editing a source builds a new bundle', async () => {
    // A tiny project of its own, so the test edits no file of this one.
    const root = path.join(tmp, 'project');
    mkdirSync(path.join(root, 'src/sub'), { recursive: true });
    const source = path.join(root, 'src/sub/say.ts');
    const options = { root, entry: "export { say } from './src/sub/say.ts';", dirs: ['src'], extra: [], outDir: path.join(tmp, 'mini') };
    const say = async () => ((await importFile((await launcher.ensureBundle(options))!)) as { say: () => string }).say();

    writeFileSync(source, "export const say = (): string => 'one';\n");
    expect(await say()).toBe('one');
    // Same size, so only the modification time tells the edit apart.
    writeFileSync(source, "export const say = (): string => 'two';\n");
    expect(await say()).toBe('two');
    expect(readdirSync(options.outDir).filter((f) => f.endsWith('.mjs'))).toHaveLength(1);
  }, 120_000);

  it('is keyed by every file under the given folders, by size and modification time', () => {
    const root = path.join(tmp, 'keyed');
    mkdirSync(path.join(root, 'src'), { recursive: true });
    const file = path.join(root, 'src/a.ts');
    writeFileSync(file, 'a');
    const before = launcher.sourceKey(root, ['src'], []);
    expect(launcher.sourceKey(root, ['src'], [])).toBe(before);
    writeFileSync(path.join(root, 'src/b.ts'), 'b');
    const added = launcher.sourceKey(root, ['src'], []);
    expect(added).not.toBe(before);
    writeFileSync(file, 'aa');
    expect(launcher.sourceKey(root, ['src'], [])).not.toBe(added);
  });
});
