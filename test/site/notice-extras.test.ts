/**
 * Public notice details beyond the Art. 13/14 items: cookie table from data,
 * the optional logo, PDF and machine-readable links on every page, version
 * and date on every page, the computed changelog (fixture with two
 * snapshots), and light pages (JavaScript only on the search page).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE, FIXTURE } from './built.ts';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { latestVersion, publicView } from '../../src/site-data/public-view.ts';
import { allPages, href, websiteActivities } from '../../src/site-data/routes.ts';
import { noticePdfLangs, NOTICE_PDF } from '../../src/site-data/notice-files.ts';
import { changelogEntries } from '../../src/site-data/changelog.ts';
import { t } from '../../src/site-data/text.ts';
import { ui } from '../../src/i18n/ui/index.ts';

const read = (out: string, urlPath: string) => readFileSync(path.join(out, 'public', urlPath, urlPath.endsWith('/') ? 'index.html' : ''), 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe.each([
  ['fixture', FIXTURE],
  ['example', EXAMPLE],
])('public notice extras: %s', (name, contentDir) => {
  const model = loadModelOrThrow(contentDir);
  const pm = publicView(model);
  const { diagnostics } = loadContent(contentDir);
  const pages = allPages(pm).flatMap(({ page }) => (['sv', 'en'] as const).map((lang) => ({ page, lang, url: href(page, lang) })));
  let out: string;
  beforeAll(async () => {
    out = await ensureBuilt(name, contentDir);
  });

  it('every page shows "Senast uppdaterad" with the date and version, links the PDF, privacy.json and JSON-LD', () => {
    const latest = latestVersion(pm)!;
    const date = latest.adoptedByBoard ?? latest.approvedDate;
    const pdfLangs = noticePdfLangs(pm, diagnostics);
    for (const { lang, url } of pages) {
      const html = read(out, url);
      const u = ui(lang);
      expect(html, url).toContain(`${u.updated}: <time datetime="${date}">${date}</time>`);
      expect(html, url).toContain(`${u.version} ${latest.version}`);
      const pdf = NOTICE_PDF[pdfLangs.includes(lang) ? lang : 'sv'];
      expect(html, url).toMatch(new RegExp(`<a class="pdf-link" href="${pdf}"`));
      expect(existsSync(path.join(out, 'public', pdf))).toBe(true);
      expect(html).toContain('<link rel="alternate" type="application/json" href="/privacy.json"');
      expect(html).toContain('<link rel="alternate" type="application/ld+json" href="/privacy.jsonld"');
      for (const l of pdfLangs) expect(html).toContain(`<link rel="alternate" type="application/pdf" hreflang="${l}" href="${NOTICE_PDF[l]}"`);
    }
    expect(read(out, '/')).toContain(`href="${NOTICE_PDF.sv}" type="application/pdf" data-pdf`);
  });

  it('the cookies page lists the activities that declare cookies, with a row per cookie', () => {
    const acts = websiteActivities(pm);
    expect(acts.length).toBeGreaterThan(0);
    expect(pm.activities.filter((a) => !a.cookies).every((a) => !acts.includes(a))).toBe(true);
    for (const lang of ['sv', 'en'] as const) {
      const html = read(out, href({ kind: 'cookies' }, lang));
      for (const a of acts) expect(html).toContain(`id="${a.id}"`);
      const rows = [...html.matchAll(/<tr><th scope="row"><code>([^<]+)<\/code><\/th>/g)].map((m) => m[1]);
      expect(rows).toEqual(acts.flatMap((a) => a.cookies!.map((c) => c.name)));
      for (const c of acts.flatMap((a) => a.cookies!)) {
        expect(html).toContain(esc(t(c.purpose, lang)));
        expect(html).toContain(ui(lang).cookieCategories[c.category]);
      }
    }
  });

  it('the logo from content is shown when set and copied to the site', () => {
    const html = read(out, '/');
    if (model.organisation.site.logo) {
      expect(pm.organisation.logo).toBeTruthy();
      expect(html).toContain(`<img class="logo" src="${pm.organisation.logo}"`);
      expect(readFileSync(path.join(out, 'public', pm.organisation.logo!))).toEqual(readFileSync(path.join(contentDir, model.organisation.site.logo)));
    } else {
      expect(html).not.toContain('class="logo"');
    }
  });

  it('the changes page shows each adopted version with the changes computed from snapshots', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const html = read(out, href({ kind: 'changes' }, lang));
      const entries = await changelogEntries(model, pm, lang);
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(html).toContain(`${ui(lang).version} ${e.version}`);
        for (const line of e.lines) expect(html).toContain(esc(line));
        for (const a of e.detail?.groups.flatMap((g) => g.activities) ?? []) for (const x of a.entries) expect(html).toContain(esc(x.text));
      }
    }
  });

  it('no page loads JavaScript except the search page', () => {
    for (const { page, url } of pages) {
      const html = read(out, url);
      const scripts = html.match(/<script\b/g)?.length ?? 0;
      if (page.kind === 'search') expect(scripts, url).toBeGreaterThan(0);
      else expect(scripts, url).toBe(0);
    }
  });
});

describe('changelog with two snapshots (fixture)', () => {
  let out: string;
  beforeAll(async () => {
    out = await ensureBuilt('fixture', FIXTURE);
  });
  it('shows what was added and what changed between the two adopted versions', () => {
    const html = read(out, '/andringar/');
    const v2026 = html.slice(html.indexOf('Policyversion 2026.1'), html.indexOf('Policyversion 2025.1'));
    expect(v2026).toContain('Webbplatsens kakor');
    expect(v2026).toMatch(/<h4>Kundakt<\/h4>\s*<ul class="changes">.*?sparas 2 år i stället för 1 år\.<\/li>/s);
    const v2025 = html.slice(html.indexOf('Policyversion 2025.1'));
    // The first version is "first published", not a list of everything in it.
    expect(v2025).toContain('Första publicerade versionen.');
    expect(v2025).not.toContain('Kundakt');
    expect(v2025).not.toContain('Webbplatsens kakor');
    expect(html).not.toContain('SENTINEL');
  });
});
