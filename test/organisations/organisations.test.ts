/**
 * Every example organisation of examples/organisations/ (a single AB without a
 * DPO, a cooperative with one, a household-services company) checks clean,
 * builds, and its notice says exactly what its content says: no group or
 * company wording its legal form contradicts, no DPO it does not have, no
 * empty heading, and every fact of every activity in sv and en, on the site
 * and in the notice PDF.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, TODAY } from '../site/built.ts';
import { loadContent } from '../../src/model/load.ts';
import { runRules } from '../../src/rules/index.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { activitiesFor, allPages, href } from '../../src/site-data/routes.ts';
import { t } from '../../src/site-data/text.ts';
import { legalBasis } from '../../src/format/index.ts';
import { conditionText, retentionText } from '../../src/site-data/notice-text.ts';
import { NOTICE_PDF } from '../../src/site-data/notice-files.ts';
import { ui } from '../../src/i18n/ui/index.ts';
import { basesOf } from '../../src/model/purposes.ts';
import { LEGAL_FORMS, type LegalForm } from '../../src/model/vocabulary/legal-forms.ts';
import { emptyHeadings, exampleOrganisations, htmlText, mainHtml, pdfText, publicPages } from './helpers.ts';
import type { Locale } from '../../src/model/schemas/index.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const LANGS: Locale[] = ['sv', 'en'];
// Whitespace and hyphens out: pdftotext joins a word hyphenated at a line end ("e-\npostadress" → "epostadress").
const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '');

/** Words the tool uses for a group, a company and a DPO; each must match its legal form and content. */
const GROUP_WORDS = /koncern|\bthe group\b|\bof the group\b|Bolagen i |The companies of /i;
const COMPANY_WORDS = /(?<![\p{L}])bolag(?:et|en)?(?![\p{L}])|\bthe company\b|\bcompanies\b/iu;
const DPO_WORDS = /dataskyddsombud|data protection officer/i;

const ORGS = exampleOrganisations();

it('there are at least three example organisations', () => {
  expect(ORGS.map((o) => o.name)).toEqual(expect.arrayContaining(['hemfint-service', 'ljusglimten-kooperativ', 'solvik-assistans']));
});

describe.each(ORGS)('example organisation $name', ({ name, dir }) => {
  const loaded = loadContent(dir);
  const model = loaded.model!;
  const pm = model && publicView(model);
  let out: string;
  let pages: Map<string, string>;
  const pdf: Partial<Record<Locale, string>> = {};

  beforeAll(async () => {
    out = await ensureBuilt(`org-${name}`, dir);
    pages = publicPages(out);
    for (const lang of LANGS) pdf[lang] = pdfText(path.join(out, 'public', NOTICE_PDF[lang]), `${ui(lang).siteTitle} – ${t(pm.organisation.name, lang)}`);
  }, TIMEOUT.slowest);

  it('loads and checks clean under --strict (no error, no unacknowledged warning)', () => {
    expect(loaded.diagnostics.map((d) => `${d.file}:${d.line} ${d.message.en}`)).toEqual([]);
    const findings = runRules(model, { today: TODAY }).filter((d) => !d.acknowledged);
    expect(findings.map((d) => `${d.rule} ${d.file}:${d.line} ${d.message.en}`)).toEqual([]);
  });

  it('builds every page in Swedish and English, and the notice PDF in both', () => {
    for (const { page } of allPages(pm)) for (const lang of LANGS) expect(pages.has(path.join(href(page, lang).slice(1), 'index.html')), href(page, lang)).toBe(true);
    for (const lang of LANGS) expect(pdf[lang]!.length, `${lang} PDF`).toBeGreaterThan(1000);
  });

  it('uses no group or company wording its legal form contradicts', () => {
    const group = pm.organisation.structure === 'group';
    const company = LEGAL_FORMS[pm.organisation.legalForm as LegalForm].kind === 'company';
    const texts = [...[...pages].map(([p, html]) => [p, htmlText(mainHtml(html))] as const), ...LANGS.map((l) => [`PDF ${l}`, pdf[l]!] as const)];
    for (const [where, text] of texts) {
      if (!group) expect(text.match(GROUP_WORDS)?.[0], where).toBeUndefined();
      if (!company) expect(text.match(COMPANY_WORDS)?.[0], where).toBeUndefined();
    }
    if (!group) expect(pages.has('personuppgiftsansvar/index.html')).toBe(false);
  });

  it('claims no DPO unless it has one, and names the one it has', () => {
    const texts = [...[...pages].map(([p, html]) => [p, htmlText(html)] as const), ...LANGS.map((l) => [`PDF ${l}`, pdf[l]!] as const)];
    if (!pm.dpo) {
      for (const [where, text] of texts) expect(text.match(DPO_WORDS)?.[0], where).toBeUndefined();
    } else {
      const mail = pm.dpo.publicContact!.email!;
      expect(htmlText(pages.get('kontakt/index.html')!)).toContain(mail);
      for (const lang of LANGS) expect(pdf[lang]).toContain(mail);
    }
  });

  it('keeps to its legal form and its DPO (or none) in the board policy and the register PDFs too', () => {
    const group = pm.organisation.structure === 'group';
    const docs = [...LANGS.map((l) => `policy/policy.${l}.pdf`), 'register/register.pdf'];
    for (const f of docs) {
      const text = pdfText(path.join(out, 'internal', f));
      expect(text.length, f).toBeGreaterThan(1000);
      if (!group) expect(text.match(GROUP_WORDS)?.[0], f).toBeUndefined();
      if (!pm.dpo) expect(text.match(DPO_WORDS)?.[0], f).toBeUndefined();
    }
  });

  it('has no section heading without content under it', () => {
    for (const [p, html] of pages) expect(emptyHeadings(html), p).toEqual([]);
  });

  it.each(LANGS)('shows every fact of every activity on the site and in the PDF (%s)', (lang) => {
    const pdfSquashed = squash(pdf[lang]!);
    for (const s of pm.subjects) {
      const page = squash(htmlText(mainHtml(pages.get(path.join(href({ kind: 'group', subject: s.id }, lang).slice(1), 'index.html'))!)));
      for (const a of activitiesFor(pm, s.id)) {
        const facts: string[] = [t(a.name, lang)];
        for (const c of a.dataCategories) facts.push(t(c.name, lang), ...c.examples.map((x) => t(x, lang)));
        for (const p of a.purposes) {
          facts.push(t(p.description, lang));
          for (const b of basesOf(p)) facts.push(legalBasis(b.basis, lang).full, ...(b.note ? [t(b.note, lang)] : []));
        }
        for (const r of a.recipients) facts.push(t(r.name, lang), ...(r.condition ? [conditionText(r, lang)] : []));
        for (const r of a.retention) facts.push(retentionText(pm, r, lang));
        for (const fact of facts) {
          expect(page.includes(squash(fact)), `${lang} site ${s.id}/${a.id}: ${fact}`).toBe(true);
          expect(pdfSquashed.includes(squash(fact)), `${lang} PDF ${s.id}/${a.id}: ${fact}`).toBe(true);
        }
      }
    }
  });
});
