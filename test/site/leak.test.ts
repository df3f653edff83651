/**
 * LEAK TEST: the fixture puts a sentinel string into internal-only entries
 * (an activity, a recipient, a data category, a subject, a security measure,
 * IT systems, the handbook prose). It must appear nowhere in the public
 * output — HTML, JSON, the Pagefind index (decompressed) — yet must appear
 * in the internal output, proving the test looks in the right places.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { withBuildLock } from '../../generators/site/astro.ts';
import { ensureBuilt, FIXTURE, listFiles, ROOT } from './built.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const SENTINEL = 'SENTINEL-INTERNAL-7f3a';
let out: string;

/** File bytes as text, plus the gunzipped text for compressed Pagefind files. */
function texts(file: string): string[] {
  const buf = readFileSync(file);
  const list = [buf.toString('utf8'), buf.toString('latin1')];
  if (buf[0] === 0x1f && buf[1] === 0x8b) list.push(gunzipSync(buf).toString('utf8'));
  return list;
}
const filesWithSentinel = (dir: string) => listFiles(dir).filter((f) => texts(path.join(dir, f)).some((t) => t.includes(SENTINEL)));

beforeAll(async () => {
  out = await ensureBuilt('fixture', FIXTURE);
});

describe('internal-only content never reaches the public site', () => {
  it('the fixture really contains the sentinel', () => {
    expect(readFileSync(path.join(FIXTURE, 'activities/sentinel-intern.yaml'), 'utf8')).toContain(SENTINEL);
  });

  it('no public file contains the sentinel (HTML, JSON, search index)', () => {
    const files = listFiles(path.join(out, 'public'));
    expect(files.some((f) => f.startsWith('pagefind/') && f.includes('fragment'))).toBe(true);
    expect(files).toContain('privacy.json');
    expect(filesWithSentinel(path.join(out, 'public'))).toEqual([]);
  });

  it('the internal output does contain it: in pages, the register and the search index', () => {
    const hits = filesWithSentinel(path.join(out, 'internal'));
    expect(hits.some((f) => f.endsWith('.html'))).toBe(true);
    expect(hits.some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(hits.some((f) => f.startsWith('register/'))).toBe(true);
  });

  it('public activities appear publicly, internal ones do not', () => {
    const html = readFileSync(path.join(out, 'public/personer/kunder/index.html'), 'utf8');
    expect(html).toContain('Kundakt');
    expect(html).not.toContain('Intern granskning');
  });
});

describe('the public data store', () => {
  // Pages read the model through publicView, never through content collections: the public site defines
  // none, so nothing internal can wait in its data store for a page to read it. Synced for the fixture,
  // under the build lock (the store sits in the shared cache directory); a stale file is removed first.
  it(
    'holds no collection and no internal text after syncing the fixture',
    async () => {
      const store = path.join(ROOT, 'node_modules/.astro-public/data-store.json');
      const text = await withBuildLock(async () => {
        rmSync(store, { force: true });
        await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync', '--config', 'astro.config.mjs'], {
          cwd: ROOT,
          env: { ...process.env, CONTENT_DIR: FIXTURE, ASTRO_TELEMETRY_DISABLED: '1' },
        });
        return existsSync(store) ? readFileSync(store, 'utf8') : '';
      });
      expect(text).not.toContain(SENTINEL);
      // A content config alone shows in the store (its digest), even when none of its entries load (the
      // public site has no MDX integration, so the fixture's .mdx handbook would not; a .md chapter would).
      expect(text, 'the public site must not have a content config').not.toContain('content-config-digest');
      // Astro's devalue format: the root is ["Map", key, value, …] with indexes of the collection names.
      const flat = text ? (JSON.parse(text) as unknown[]) : [];
      const root = (flat[0] as unknown[] | undefined) ?? ['Map'];
      const collections = root
        .slice(1)
        .filter((_, i) => i % 2 === 0)
        .map((k) => flat[k as number])
        .filter((name) => !String(name).startsWith('meta::'));
      expect(collections, 'the public site must not define content collections; pages read publicView(model)').toEqual([]);
    },
    TIMEOUT.build,
  );
});

describe('public changelog', () => {
  it('drops changes that concern internal entries', async () => {
    const { loadModelOrThrow } = await import('../../src/model/load.ts');
    const { publicView } = await import('../../src/site-data/public-view.ts');
    const { isPublicChange } = await import('../../src/site-data/changelog.ts');
    const model = loadModelOrThrow(FIXTURE);
    const pm = publicView(model);
    expect(isPublicChange(model, pm, { area: 'activity', type: 'added', id: 'sentinel-intern' })).toBe(false);
    expect(isPublicChange(model, pm, { area: 'activity', type: 'added', id: 'kundakt' })).toBe(true);
    expect(isPublicChange(model, pm, { area: 'recipient', type: 'added', id: 'sentinel-mottagare', activity: 'kundakt' })).toBe(false);
    expect(isPublicChange(model, pm, { area: 'recipient', type: 'added', id: 'kommunen', activity: 'kundakt' })).toBe(true);
    expect(isPublicChange(model, pm, { area: 'purpose', type: 'added', id: 'granskning', activity: 'sentinel-intern' })).toBe(false);
  });
});
