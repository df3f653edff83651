/**
 * Issue 19: parsed files are cached by content hash so a re-check parses only
 * what changed. A load through the cache must give exactly what a fresh load
 * gives: the same model and the same diagnostics at the same file:line.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { runRules } from '../../src/rules/index.ts';
import { codeVersion, entryDigest, type StoredEntry } from '../../src/model/parse-cache.ts';
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

/** The model, the loader's diagnostics and the rules' findings of a load: a cache may change none of them. */
const snapshot = (dir: string, cache: boolean) => {
  const { model, diagnostics } = loadContent(dir, { cache });
  return JSON.stringify({ model, diagnostics, findings: model ? runRules(model, { today: '2026-11-23' }) : [] });
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

  it('an edited file that stays valid is validated again: the model has its new value', () => {
    const { dir, cleanup } = tempCopy('valid');
    const nameSv = () => {
      const name = loadContent(dir, { cache: true }).model?.organisation.name;
      return typeof name === 'string' ? name : name?.sv;
    };
    try {
      expect(nameSv()).toBe('Exempelomsorg');
      expect(nameSv()).toBe('Exempelomsorg'); // served validated from the cache
      const file = path.join(dir, 'organisation.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('sv: Exempelomsorg', 'sv: Nya omsorgen'));
      expect(nameSv()).toBe('Nya omsorgen');
      expect(snapshot(dir, true)).toBe(snapshot(dir, false));
    } finally {
      cleanup();
    }
  });

  /** The cache file of a content directory, read, changed by `damage` and written back. */
  const damageCache = (dir: string, damage: (stored: { code?: string; files: Record<string, StoredEntry> }) => void) => {
    const file = path.join(cacheDir, `${createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 24)}.json`);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    damage(stored);
    writeFileSync(file, JSON.stringify(stored));
  };
  const otherName = (json: string) => json.replace('Exempelomsorg', 'Fel namn');

  it('validated data is used only when its entry is whole: a damaged entry is parsed and validated again', () => {
    const { dir, cleanup } = tempCopy('valid');
    try {
      const fresh = snapshot(dir, false);
      snapshot(dir, true);
      snapshot(dir, true);
      damageCache(dir, ({ files }) => {
        const org = files['organisation.yaml']!;
        expect(typeof org.valid).toBe('string'); // validated data is cached, and is what is damaged here
        org.valid = otherName(org.valid as string);
      });
      expect(snapshot(dir, true)).toBe(fresh);
    } finally {
      cleanup();
    }
  });

  it('validated data made by other code is not used (a changed schema validates again)', () => {
    const { dir, cleanup } = tempCopy('valid');
    try {
      const fresh = snapshot(dir, false);
      snapshot(dir, true);
      expect(codeVersion()).toMatch(/^[\w-]{20,}$/);
      damageCache(dir, (stored) => {
        expect(stored.code).toBe(codeVersion());
        stored.code = 'other code';
        // A whole entry (its digest recomputed) whose validated data the other code would have given.
        const org = stored.files['organisation.yaml']!;
        org.valid = otherName(org.valid as string);
        org.sum = entryDigest(org);
      });
      expect(snapshot(dir, true)).toBe(fresh);
      // Written again with this code's version: the next load uses its own validated data.
      damageCache(dir, (stored) => expect(stored.code).toBe(codeVersion()));
      expect(snapshot(dir, true)).toBe(fresh);
    } finally {
      cleanup();
    }
  });

  it('a damaged cache file is ignored', () => {
    const { dir, cleanup } = tempCopy('valid');
    try {
      const fresh = snapshot(dir, false);
      snapshot(dir, true);
      for (const f of readdirSync(cacheDir)) writeFileSync(path.join(cacheDir, f), '{"format": 3, "files": {"organisation.yaml": {"hash": 1, "data": "{", "positions": "{"}}');
      expect(snapshot(dir, true)).toBe(fresh);
    } finally {
      cleanup();
    }
  });
});
