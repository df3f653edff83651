/**
 * The public notice as PDF (dist/public/integritetspolicy.pdf, en/privacy-notice.pdf):
 * every Art. 13/14 item for every public group is in its text, nothing internal
 * is (leak sentinel), it is tagged with DejaVu embedded, and it is reproducible.
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
import { basesOf } from '../../src/model/purposes.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

const SENTINEL = 'SENTINEL-INTERNAL-7f3a';
const squash = (s: string) => s.replace(/\s+/g, '');
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
