/**
 * The public notice as PDF (dist/public/integritetspolicy.pdf, en/privacy-notice.pdf):
 * every Art. 13/14 item for every public group is in its text, nothing internal
 * is (leak sentinel), it is tagged with DejaVu embedded, and it is reproducible.
 * Each activity is described once, in the part "Alla behandlingar", with the
 * groups it concerns; each group's overview names its activities, each name a
 * link to that description, next to the page it is on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE, FIXTURE } from './built.ts';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { activitiesFor } from '../../src/site-data/routes.ts';
import { t } from '../../src/site-data/text.ts';
import { country, duration, safeguard } from '../../src/site-data/legal.ts';
import { legalBasis } from '../../src/format/index.ts';
import { englishComplete, NOTICE_PDF } from '../../src/site-data/notice-files.ts';
import { ui } from '../../src/i18n/ui/index.ts';
import { IMY, RIGHTS } from '../../src/model/vocabulary/index.ts';
import { noticeFallbackDate, noticePdf } from '../../generators/notice/index.ts';
import { noticePdfText } from '../../src/i18n/notice-pdf/index.ts';
import { fill } from '../../src/i18n/ui/index.ts';
import { bookmarks, internalLinks } from '../pdf-structure/checker.ts';
import { basesOf } from '../../src/model/purposes.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

const SENTINEL = 'SENTINEL-INTERNAL-7f3a';
const squash = (s: string) => s.replace(/\s+/g, '');
// Also without hyphens: pdftotext joins a word hyphenated at a line end ("IP-⏎adress" → "IPadress").
const plain = (s: string) => squash(s).replace(/-/g, '');
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const rawPdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
// Without running headers and page numbers: a sentence may cross a page break.
const pdfText = (file: string) =>
  rawPdfText(file)
    .split('\n')
    .filter((line) => !/^(?:Sida \d+ av \d+|Page \d+ of \d+|(?:Integritetspolicy|Privacy notice) – .*)$/.test(line.trim()))
    .join('\n');

describe.each([
  ['fixture', FIXTURE],
  ['example', EXAMPLE],
])('notice PDF: %s', (name, contentDir) => {
  const model = loadModelOrThrow(contentDir);
  const pm = publicView(model);
  const { diagnostics } = loadContent(contentDir);
  const langs: Locale[] = englishComplete(pm, diagnostics) ? ['sv', 'en'] : ['sv'];
  let out: string;
  beforeAll(async () => {
    out = path.join(await ensureBuilt(name, contentDir), 'public');
  });

  it('exists for Swedish, and for English only when every English text exists', () => {
    expect(existsSync(path.join(out, NOTICE_PDF.sv))).toBe(true);
    expect(existsSync(path.join(out, NOTICE_PDF.en))).toBe(langs.includes('en'));
  });

  // The fixture's English is incomplete on purpose (so it has no English PDF, see above): its English case does not apply.
  for (const lang of ['sv', 'en'] as const) {
    it.skipIf(!langs.includes(lang))(`contains every Art. 13/14 item for every public group (${lang}; only where this content has that PDF)`, () => {
      const text = squash(pdfText(path.join(out, NOTICE_PDF[lang])));
      const u = ui(lang);
      const has = (needle: string, what: string) => expect(text.includes(squash(needle)), `${lang} ${what}: ${needle}`).toBe(true);
      // N1 controllers, N2 DPO
      for (const c of pm.controllers) has(c.organisationsnummer, `controller ${c.id}`);
      if (pm.dpo?.publicContact?.email) has(pm.dpo.publicContact.email, 'DPO');
      for (const s of pm.subjects) {
        has(t(s.audience, lang), `group ${s.id}`);
        for (const a of activitiesFor(pm, s.id)) {
          const where = `${s.id}/${a.id}`;
          has(t(a.name, lang), where);
          for (const c of a.controllers) has(c.legalName, `${where} N1`);
          for (const p of a.purposes) {
            has(t(p.description, lang).slice(0, 40), `${where} N3 purpose`);
            for (const x of basesOf(p)) has(legalBasis(x.basis, lang).full, `${where} N3 basis`);
            if (p.legitimateInterest) has(t(p.legitimateInterest, lang).slice(0, 40), `${where} N4`);
            if (p.consent) has(t(p.consent.withdraw, lang).slice(0, 40), `${where} N10`);
          }
          for (const c of a.dataCategories) has(t(c.name, lang), `${where} N5`);
          if (a.recipients.length === 0) has(u.noRecipients, `${where} N6`);
          for (const r of a.recipients) has(t(r.name, lang), `${where} N6`);
          if (a.transfers.length === 0) has(u.noTransfers, `${where} N7`);
          for (const tr of a.transfers) {
            has(country(tr.country, lang), `${where} N7 country`);
            has(safeguard(tr.safeguard, lang), `${where} N7 safeguard`);
            has(t(tr.copyAvailable, lang).slice(0, 40), `${where} N7 copy`);
          }
          for (const r of a.retention) has(r.duration ? duration(r.duration, lang) : t(r.criteria, lang).slice(0, 40), `${where} N8`);
          has(a.provision ? u.requirement[a.provision.requirement] : u.provisionUnknown, `${where} N12`);
          for (const src of a.sources) has(src.from === 'data-subject' ? u.fromYou : u.fromOthers, `${where} N13`);
          has(a.automatedDecisions.used ? t(a.automatedDecisions.logic, lang).slice(0, 40) : u.noAutomated, `${where} N14`);
          for (const c of a.cookies ?? []) has(c.name, `${where} cookie`);
        }
      }
      // N9 rights, N11 complaint to IMY with contact details
      for (const r of ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const) has(RIGHTS[r].label[lang], `N9 ${r}`);
      const sa = pm.organisation.supervisoryAuthority;
      has(sa?.name ? t(sa.name, lang) : IMY.name[lang], 'N11');
      has(sa?.phone ?? IMY.phone, 'N11 phone');
      has(sa?.email ?? IMY.email, 'N11 email');
    });
  }

  for (const lang of ['sv', 'en'] as const) {
    it.skipIf(!langs.includes(lang))(`describes each activity once, with the groups it concerns (${lang})`, () => {
      const file = path.join(out, NOTICE_PDF[lang]);
      const np = noticePdfText(lang);
      const printed = [...new Map(pm.subjects.flatMap((s) => activitiesFor(pm, s.id)).map((a) => [a.id, a])).values()];
      expect(printed.length).toBeGreaterThan(0);
      // Each activity's heading is a bookmark: all of them under the part, once each, and none under a group.
      const marks = bookmarks(file);
      const part = marks.filter((b) => b.title === np.activitiesPart);
      expect(part).toHaveLength(1);
      const names = printed.map((a) => t(a.name, lang));
      expect(part[0]!.children.map((b) => b.title).filter((title) => names.includes(title))).toEqual(names);
      for (const b of marks.filter((m) => m !== part[0]))
        expect(
          b.children.filter((c) => names.includes(c.title)),
          b.title,
        ).toEqual([]);
      // Each description is printed as often as activities have it: once each.
      const text = plain(pdfText(file));
      for (const a of printed) {
        const description = plain(t(a.description, lang));
        expect(occurrences(text, description), `${a.id}: description`).toBe(printed.filter((b) => plain(t(b.description, lang)) === description).length);
      }
      // Under its heading: the groups it concerns.
      const pages = rawPdfText(file).split('\f').map(plain);
      const links = internalLinks(file);
      for (const a of printed) {
        const at = links.find((l) => l.contents === fill(np.goTo, { text: t(a.name, lang), page: String(l.target) }))?.target;
        expect(at, `${a.id}: no link to it`).toBeDefined();
        const there = pages.slice(at! - 1, at! + 1).join('');
        const from = there.indexOf(plain(t(a.name, lang)));
        expect(from, `${a.id}: heading not on page ${at}`).toBeGreaterThanOrEqual(0);
        const after = there.slice(from);
        expect(after.includes(plain(np.concerns)), `${a.id}: ${np.concerns}`).toBe(true);
        for (const s of pm.subjects.filter((s) => activitiesFor(pm, s.id).some((b) => b.id === a.id))) expect(after.includes(plain(t(s.audience, lang))), `${a.id}: concerns ${s.id}`).toBe(true);
      }
    });

    it.skipIf(!langs.includes(lang))(`every group links to each of its activities, and each link's page is where the activity is (${lang})`, () => {
      const file = path.join(out, NOTICE_PDF[lang]);
      const np = noticePdfText(lang);
      const pages = rawPdfText(file).split('\f').map(plain);
      const links = internalLinks(file);
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) {
        // A real destination, described (screen readers, tab order by structure), its page the one it says.
        expect(l.target, `${l.destination} on page ${l.page}`).toBeDefined();
        expect(l.structParent, l.contents).toBeDefined();
        expect(l.tabs, `page ${l.page}`).toBe('/S');
        const [before, after] = np.goTo.split('{text}') as [string, string];
        expect(l.contents.startsWith(before) && l.contents.endsWith(fill(after, { page: String(l.target) })), `${l.contents} (goes to page ${l.target})`).toBe(true);
      }
      // The contents on the cover links to every chapter: where each group's section starts.
      const chapterAt = (title: string) => links.find((l) => l.page === 1 && l.contents === fill(np.goTo, { text: title, page: String(l.target) }))?.target;
      const starts = pm.subjects.map((s) => chapterAt(t(s.audience, lang)));
      const partAt = chapterAt(np.activitiesPart);
      for (const [i, s] of pm.subjects.entries()) {
        const from = starts[i];
        expect(from, `${s.id}: in the contents`).toBeDefined();
        expect(pages[from! - 1]!.includes(plain(t(s.audience, lang))), `${s.id}: starts on page ${from}`).toBe(true);
        const to = starts[i + 1] ?? partAt!;
        for (const a of activitiesFor(pm, s.id)) {
          const label = (l: (typeof links)[number]) => l.contents === fill(np.goTo, { text: t(a.name, lang), page: String(l.target) });
          // In the group's own section, and the page it shows ("se sidan 12") is where the link goes.
          const link = links.find((l) => label(l) && l.page >= from! && l.page <= to);
          expect(link, `${s.id} names ${a.id} with a link`).toBeDefined();
          expect(pages[link!.page - 1]!.includes(plain(fill(np.seePage, { page: String(link!.target) }))), `${s.id}/${a.id}: page ${link!.target} shown`).toBe(true);
          expect(pages[link!.target! - 1]!.includes(plain(t(a.name, lang))), `${s.id}/${a.id}: on page ${link!.target}`).toBe(true);
        }
      }
    });
  }

  it('is tagged, embeds DejaVu, has bookmarks and page numbers', () => {
    for (const lang of langs) {
      const file = path.join(out, NOTICE_PDF[lang]);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l.includes('DejaVu'));
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/\byes\s+yes\s+yes\b/);
      expect(readFileSync(file).toString('latin1')).toContain('/Outlines');
      expect(rawPdfText(file)).toMatch(lang === 'sv' ? /Sida 1 av \d+/ : /Page 1 of \d+/);
    }
  });

  // Two whole builds of the fixture are compared file by file in build-cli.test.ts (PDFs included);
  // here two renders agree, and the fixture's build agrees with a fresh render (the example's
  // content may be edited while the suite runs, so its build is not compared).
  it('is byte-for-byte reproducible', async () => {
    const fallback = noticeFallbackDate(pm);
    const first = await noticePdf(pm, 'sv', fallback);
    expect((await noticePdf(pm, 'sv', fallback)).equals(first)).toBe(true);
    if (name === 'fixture') expect(readFileSync(path.join(out, NOTICE_PDF.sv)).equals(first)).toBe(true);
  });
});

describe('notice PDF leak test', () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(await ensureBuilt('fixture', FIXTURE), 'public');
  });
  it('the internal sentinel of the fixture never reaches the PDF', () => {
    expect(readFileSync(path.join(FIXTURE, 'activities/sentinel-intern.yaml'), 'utf8')).toContain(SENTINEL);
    const text = pdfText(path.join(out, NOTICE_PDF.sv));
    expect(text.length).toBeGreaterThan(1000);
    expect(text).not.toContain(SENTINEL);
    expect(text).not.toContain('Intern granskning');
  });
});
