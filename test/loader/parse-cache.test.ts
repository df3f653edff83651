/**
 * Issue 19: parsed files are cached by content hash so a re-check parses only
 * what changed. A load through the cache must give exactly what a fresh load
 * gives: the same model and the same diagnostics at the same file:line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { fixture, ROOT, tempCopy } from './helpers.ts';

let cacheDir = '';
let previous: string | undefined;
beforeAll(() => {
  previous = process.env.GDPR_DOCS_CACHE_DIR;
  cacheDir = mkdtempSync(path.join(tmpdir(), 'gdpr-parse-cache-'));
  process.env.GDPR_DOCS_CACHE_DIR = cacheDir;
});
afterAll(() => {
  if (previous === undefined) delete process.env.GDPR_DOCS_CACHE_DIR;
  else process.env.GDPR_DOCS_CACHE_DIR = previous;
  rmSync(cacheDir, { recursive: true, force: true });
});

const dirs = [
  ...readdirSync(path.join(ROOT, 'test/fixtures/loader')).map((name) => fixture(name)),
  ...readdirSync(path.join(ROOT, 'examples/organisations')).map((name) => path.join(ROOT, 'examples/organisations', name)),
  path.join(ROOT, 'content'),
];

const snapshot = (dir: string, cache: boolean) => {
  const { model, diagnostics } = loadContent(dir, { cache });
  return JSON.stringify({ model, diagnostics });
};

describe('parse cache', () => {
  it.each(dirs.map((d) => [path.relative(ROOT, d), d]))('%s: a cached load equals a fresh one', (_name, dir) => {
    const fresh = snapshot(dir, false);
    expect(snapshot(dir, true)).toBe(fresh); // fills the cache
    expect(snapshot(dir, true)).toBe(fresh); // served from it
  });

  it('an edited file is parsed again: its new error is found at its line', () => {
    const { dir, cleanup } = tempCopy('valid');
    try {
      const before = loadContent(dir, { cache: true });
      expect(before.model).toBeDefined();
      const file = path.join(dir, 'organisation.yaml');
      const text = readFileSync(file, 'utf8');
      const line = text.split('\n').findIndex((l) => l.startsWith('dpo:')) + 1;
      expect(line).toBeGreaterThan(0);
      writeFileSync(file, text.replace(/^dpo: .*$/m, 'dpo: dataskyddsombd'));
      const after = loadContent(dir, { cache: true });
      const fresh = loadContent(dir, { cache: false });
      expect(after.model).toBeUndefined();
      expect(after.diagnostics).toEqual(fresh.diagnostics);
      expect(after.diagnostics.some((d) => d.file === 'organisation.yaml' && d.line === line && d.message.sv.includes('dataskyddsombd'))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('a damaged cache file is ignored', () => {
    const { dir, cleanup } = tempCopy('valid');
    try {
      const fresh = snapshot(dir, false);
      snapshot(dir, true);
      for (const f of readdirSync(cacheDir)) writeFileSync(path.join(cacheDir, f), '{"format": 2, "files": {"organisation.yaml": {"hash": 1, "json": "{"}}');
      expect(snapshot(dir, true)).toBe(fresh);
    } finally {
      cleanup();
    }
  });
});
