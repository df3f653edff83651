/**
 * The built public notice and internal handbook, for the site fixture and the
 * bundled example: every page exists in both languages with its content, and
 * every Art. 13/14 item (N1–N14) is present on every public group page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE, FIXTURE, listFiles } from './built.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { activitiesFor, allPages, href } from '../../src/site-data/routes.ts';
import { canonicalJson, privacyJsonLd } from '../../src/site-data/machine.ts';
import { checkDpvDocument } from '../../generators/dpv/check.ts';
import { t } from '../../src/site-data/text.ts';

const read = (out: string, urlPath: string) => readFileSync(path.join(out, 'public', urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8');
const sections = (html: string) => [...html.matchAll(/<section class="activity" id="([^"]+)"[\s\S]*?<\/section>/g)].map((m) => ({ id: m[1]!, html: m[0] }));
const items = (html: string) => new Set([...html.matchAll(/data-item="(N\d+)"/g)].map((m) => m[1]));

describe.each([
  ['fixture', FIXTURE],
  ['example', EXAMPLE],
])('built site: %s', (name, contentDir) => {
  let out: string;
  const model = loadModelOrThrow(contentDir);
  const pm = publicView(model);
  beforeAll(async () => {
    out = await ensureBuilt(name, contentDir);
  });

  it('builds every public page in Swedish and English with lang and hreflang', () => {
    for (const { page } of allPages(pm)) {
      for (const lang of ['sv', 'en'] as const) {
        const html = read(out, href(page, lang));
        expect(html).toContain(`<html lang="${lang}"`);
        expect(html).toContain(`hreflang="sv" href="${href(page, 'sv')}"`);
        expect(html).toContain(`hreflang="en" href="${href(page, 'en')}"`);
        expect(html).toContain('href="#main"');
        expect(html).toMatch(/<link rel="alternate" type="application\/json" href="\/privacy.json"/);
        const latest = [...pm.policyVersions].sort((a, b) => a.version.localeCompare(b.version)).at(-1);
        if (latest) expect(html).toContain(latest.version);
      }
    }
  });

  it('every public group page carries every Art. 13/14 item for every activity', () => {
    expect(pm.subjects.length).toBeGreaterThan(0);
    for (const s of pm.subjects) {
      for (const lang of ['sv', 'en'] as const) {
        const html = read(out, href({ kind: 'group', subject: s.id }, lang));
        const acts = activitiesFor(pm, s.id);
        const found = sections(html);
        expect(found.map((f) => f.id)).toEqual(acts.map((a) => a.id));
        for (const a of acts) {
          const sec = found.find((f) => f.id === a.id)!;
          const got = items(sec.html);
          for (const n of ['N1', 'N3', 'N5', 'N6', 'N7', 'N8', 'N12', 'N13', 'N14']) expect(got, `${s.id}/${a.id} ${n}`).toContain(n);
          if (a.purposes.some((p) => p.legalBasis === '6(1)(f)')) expect(got, `${a.id} N4`).toContain('N4');
          if (a.purposes.some((p) => p.legalBasis === '6(1)(a)')) expect(got, `${a.id} N10`).toContain('N10');
          expect(sec.html).toContain(t(a.name, lang).replace(/&/g, '&amp;'));
        }
        for (const n of ['N2', 'N9', 'N10', 'N11']) expect(items(html), `${s.id} ${n}`).toContain(n);
      }
    }
  });

  it('the start page shows each group with its four short answers', () => {
    const html = read(out, '/');
    for (const s of pm.subjects) {
      expect(html).toContain(href({ kind: 'group', subject: s.id }, 'sv'));
      if (s.summary) expect(html).toContain(t(s.summary.why, 'sv').replace(/&/g, '&amp;').slice(0, 30));
    }
  });

  // Not "only then": the note is decided per content file, so a Swedish-only field the page does not show
  // (e.g. an activity's internal balancingTest) also brings it.
  it('English pages that show Swedish text say so', () => {
    for (const s of pm.subjects) {
      const html = read(out, href({ kind: 'group', subject: s.id }, 'en'));
      if (/<span lang="sv">/.test(html)) expect(html, s.id).toContain('have not been translated into English');
    }
  });

  it('privacy.json is canonical, versioned and hashed; privacy.jsonld is valid DPV 2.3 as a JSON-LD processor reads it', async () => {
    const json = JSON.parse(readFileSync(path.join(out, 'public/privacy.json'), 'utf8'));
    expect(json.contentHash.value).toBe(createHash('sha256').update(canonicalJson(json.notice)).digest('hex'));
    expect(json.notice.activities.length).toBe(pm.activities.length);
    const text = readFileSync(path.join(out, 'public/privacy.jsonld'), 'utf8');
    expect(text).toBe(privacyJsonLd(pm, model.organisation.site.baseUrl));
    const { findings, uses } = await checkDpvDocument(JSON.parse(text));
    expect(findings).toEqual([]);
    const terms = new Set(uses.map((u) => u.term));
    for (const term of ['dpv:Process', 'dpv:hasProcess', 'dpv:hasDataController', 'dpv:hasPurpose', 'dpv:hasLegalBasis', 'dpv:hasPersonalData', 'dpv:hasStorageCondition']) {
      expect(terms).toContain(term);
    }
  });

  it('the internal handbook is never indexed and has its data pages', () => {
    const internal = path.join(out, 'internal');
    expect(readFileSync(path.join(internal, 'robots.txt'), 'utf8')).toContain('Disallow: /');
    const pages = listFiles(internal).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    for (const p of pages) expect(readFileSync(path.join(internal, p), 'utf8'), p).toContain('<meta name="robots" content="noindex, nofollow">');
    for (const p of ['register', 'bitraden', 'gallringsplan', 'sakerhet', 'delegeringar', 'rutiner', 'ordlista', 'avvikelser', 'regler', 'handbok']) {
      expect(existsSync(path.join(internal, p, 'index.html')), p).toBe(true);
    }
    const register = readFileSync(path.join(internal, 'register/index.html'), 'utf8');
    for (const a of model.activities) expect(register).toContain(`/behandlingar/${a.id}/`);
    expect(existsSync(path.join(internal, 'register/register.csv'))).toBe(true);
  });

  it('the internal search index filters by company, group and legal basis', () => {
    const html = readFileSync(path.join(out, 'internal/behandlingar', model.activities[0]!.id, 'index.html'), 'utf8');
    for (const f of ['bolag:', 'grupp:', 'rättslig grund:']) expect(html).toContain(`data-pagefind-filter="${f}`);
    expect(listFiles(path.join(out, 'internal/pagefind')).some((f) => f.startsWith('filter/'))).toBe(true);
  });

  it('the public search index has a group filter', () => {
    const files = listFiles(path.join(out, 'public/pagefind'));
    expect(files.some((f) => f.startsWith('filter/'))).toBe(true);
    expect(files.some((f) => /pagefind-entry\.json$/.test(f))).toBe(true);
  });
});
