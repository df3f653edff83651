/** `npm run build` refuses content with errors and never leaves a half-written output directory. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURE, listFiles, runBuild } from './built.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gdpr-docs-build-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build refuses content with errors', () => {
  it('exits 1, prints file:line, writes nothing and keeps the previous output', async () => {
    const content = path.join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const file = path.join(content, 'activities/kundakt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('legalBasis: 6(1)(c)', 'legalBasis: 6(1)(z)'));
    const out = path.join(work, 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'previous.txt'), 'kept');
    const err = await runBuild(content, out).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toContain('activities/kundakt.yaml:');
    expect(readFileSync(path.join(out, 'previous.txt'), 'utf8')).toBe('kept');
    expect(existsSync(path.join(out, 'public'))).toBe(false);
  });
});

describe('build output is reproducible', () => {
  it('the same content gives the same bytes', { timeout: TIMEOUT.long }, async () => {
    const first = await ensureBuilt('fixture', FIXTURE);
    const second = path.join(work, 'again');
    await runBuild(FIXTURE, second);
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(path.join(first, f)).equals(readFileSync(path.join(second, f))));
    expect(differing).toEqual([]);
  });
});
