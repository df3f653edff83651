import { describe, expect, it } from 'vitest';
import { policyPdf, writePolicyPdfs, mdxToBlocks, SECTION_DEFS } from '../../generators/policy/index.ts';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { draftVersion } from '../../generators/policy-cycle/draft.ts';
import { registerHeader } from '../../generators/register/pdf.ts';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { FIXTURE, fixtureModel, pdfInfo, pdfText, tmpDir } from '../register/helpers.ts';

const model = fixtureModel();

describe('mdxToBlocks', () => {
  it('keeps prose and list items, drops front matter, imports, JSX tags and Markdown syntax', () => {
    const { frontmatter, blocks } = mdxToBlocks(
      "---\ntitle: X\nsection: rights\n---\nimport A from './a';\n\n# Rubrik\n\nEtt **fett** och [länkat](/x) ord.\n\n<Note>Inuti</Note>\n\n## Under\n\n- ett\n- två\n",
    );
    expect(frontmatter).toEqual({ title: 'X', section: 'rights' });
    expect(blocks).toEqual([
      { kind: 'p', text: 'Ett fett och länkat ord.' },
      { kind: 'p', text: 'Inuti' },
      { kind: 'h3', text: 'Under' },
      { kind: 'list', items: ['ett', 'två'] },
    ]);
  });
});

describe('policy.sv.pdf', () => {
  it('contains the cover, every section heading, the register rows and the version block', async () => {
    const text = pdfText(await policyPdf(model, 'sv'));
    expect(text).toContain('Policy för personuppgiftshantering och dataskydd');
    expect(text).toContain('Testomsorg Holding AB (556000-0001)');
    expect(text).toContain('Innehåll');
    SECTION_DEFS.forEach((d, i) => expect(text).toContain(`${i + 1} ${d.title.sv}`));
    for (const t of ['Kundakt', 'Löneadministration', 'Personuppgift', 'Behörighetsstyrning', '72 timmar', 'Integritetsskyddsmyndigheten', 'Vera Verkställande → Chris Chefsson']) {
      expect(text).toContain(t);
    }
    // The signature block: names and dates of the newest version.
    expect(text).toMatch(/Upprättad av Dora Dataskydd, Dataskyddsombud 2026-02-01/);
    expect(text).toMatch(/Godkänd av Vera Verkställande, Verkställande direktör 2026-02-03/);
    expect(text).toMatch(/Fastställd av styrelsen Gällande version 2026\.1 2026-02-10/);
    // Handbook prose is included as plain text.
    expect(text).toContain('Den här policyn beskriver hur vi hanterar personuppgifter i hela koncernen.');
    expect(text).not.toMatch(/<Note|import |\*\*/);
    expect(text).toMatch(/Sida 2 av \d+/);
  });

  it('is tagged, embeds its fonts and gives identical bytes on two runs', async () => {
    const a = await policyPdf(model, 'sv');
    const b = await policyPdf(model, 'sv');
    expect(a.equals(b)).toBe(true);
    expect(pdfInfo(a)).toMatch(/Tagged:\s+yes/);
    expect(pdfInfo(a)).toMatch(/CreationDate:.*2026/);
    const raw = a.toString('latin1');
    for (const tag of ['/H1', '/H2', '/P', '/Table', '/L', '/FontFile2']) expect(raw).toContain(tag);
  });
});

describe('writePolicyPdfs', () => {
  it('writes Swedish and, since the organisation publishes in English, English', async () => {
    const files = await writePolicyPdfs(model, tmpDir('policy'));
    expect(files.map((f) => f.split('/').at(-1))).toEqual(['policy.sv.pdf', 'policy.en.pdf']);
    const en = pdfText(await policyPdf(model, 'en'));
    expect(en).toContain('Policy on personal data and data protection');
    SECTION_DEFS.forEach((d, i) => expect(en).toContain(`${i + 1} ${d.title.en}`));
    expect(en).toContain('Customer file');
    // Swedish-only handbook prose is not mixed into the English PDF.
    expect(en).not.toContain('Den här policyn beskriver');
  });
});

describe('the policy PDF of a draft', () => {
  const draftModel = () => {
    const dir = path.join(tmpDir('policy-draft'), 'content');
    cpSync(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'activities/loner.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('duration: P7Y', 'duration: P10Y'));
    const r = draftVersion({ contentDir: dir, version: '2027.1', today: '2026-11-20', reason: { sv: 'Ny lag om e-post.', en: 'A new e-mail law.' } });
    expect(r.ok).toBe(true);
    const entry = path.join(dir, 'policy-versions/2027-1.yaml');
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}reasons:\n  activities/loner: { sv: Revisorn vill ha längre tid., en: The auditor wants longer. }\n`);
    return loadModelOrThrow(dir);
  };
  const pages = (buf: Buffer) => {
    const file = path.join(tmpDir('pdf'), 'x.pdf');
    writeFileSync(file, buf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim())
      .map((p) => p.replace(/\s+/g, ' '));
  };

  it('says UTKAST on every page and leaves the approval and adoption rows empty to sign', async () => {
    const m = draftModel();
    const sv = pages(await policyPdf(m, 'sv'));
    expect(sv.length).toBeGreaterThan(3);
    sv.forEach((p) => expect(p).toContain('UTKAST – ej fastställt'));
    const text = sv.join(' ');
    expect(text).toContain('Utkast till version: 2027.1');
    const block = text.slice(text.lastIndexOf('11 Upprättande och fastställelse'));
    expect(block).toMatch(/Moment Namn Datum .*Upprättad av Dora Dataskydd, Dataskyddsombud 2026-11-20 .*Godkänd av Fastställd av styrelsen Protokoll/);
    expect(block).toContain('Underskrift');
    // Nothing is dated after the preparation: the approval and adoption rows are empty.
    expect(block.match(/\d{4}-\d{2}-\d{2}/g)).toEqual(['2026-11-20']);
    expect(text).toContain('Skäl: Ny lag om e-post.');
    // The board reads what changes, in words, with the DPO's reason.
    expect(block).toContain(
      'Ändringar i denna version (sedan version 2026.1) Medarbetare Löneadministration Skäl: Revisorn vill ha längre tid. Räkenskapsinformation: sparas 10 år i stället för 7 år.',
    );
    expect(text).not.toContain('Gällande version 2027.1');
    const en = pages(await policyPdf(m, 'en'));
    en.forEach((p) => expect(p).toContain('DRAFT – not adopted'));
    expect(en.join(' ')).toContain('Payroll Reason: The auditor wants longer. Accounting records: kept 10 years instead of 7 years.');
  });

  it('the register export of a draft says it belongs to a draft', () => {
    expect(registerHeader(draftModel(), 'sv')).toContain('Utkast till policyversion 2027.1 · Datum 2026-11-20');
    expect(registerHeader(model, 'sv')).toContain('Policyversion 2026.1 · Datum 2026-02-10');
  });

  it('an adopted version carries no draft marking', async () => {
    const text = pages(await policyPdf(model, 'sv')).join(' ');
    expect(text).not.toContain('UTKAST');
    expect(text).not.toContain('Underskrift');
  });
});
