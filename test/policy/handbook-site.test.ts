/**
 * The built internal handbook of the bundled example (issue 5): the changelog
 * page, the rules reference, every policy chapter with its facts from the
 * model, review and adoption dates, and the policy PDF fed by the MDX prose.
 * Expected values are computed from the model, never typed in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE, listFiles } from '../site/built.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { changelogBetween, changelogForVersions, renderChangelog, versionPairs, type ChangeSet } from '../../src/changelog/index.ts';
import { RULES } from '../../src/rules/index.ts';
import { formatDuration } from '../../src/format/duration.ts';
import { nextAdoptionDue, reviewDue } from '../../src/site-data/internal.ts';
import { mdxToBlocks, SECTION_DEFS } from '../../generators/policy/index.ts';
import { pdfText } from '../register/helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const model = loadModelOrThrow(EXAMPLE);
let out: string;
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");
/** Visible text of <main>, tags removed, whitespace collapsed. */
const page = (url: string) => {
  const html = readFileSync(path.join(out, 'internal', url, 'index.html'), 'utf8');
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return decode(main.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
};
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Every line of a changeset as the handbook prints it. */
const lines = (set: ChangeSet) => renderChangelog(set, 'sv').groups.flatMap((g) => g.activities.flatMap((a) => a.entries.map((e) => norm(e.text))));
const handbookDir = path.join(EXAMPLE, 'handbook');
const chapters = readdirSync(handbookDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...mdxToBlocks(readFileSync(path.join(handbookDir, f), 'utf8')) }));
/** The Swedish chapters (the internal site); the English ones ("x.en.mdx", lang: en) feed only the English policy PDF. */
const mdx = chapters.filter((m) => m.frontmatter.lang !== 'en');
const mdxEn = chapters.filter((m) => m.frontmatter.lang === 'en');

beforeAll(async () => {
  out = await ensureBuilt('example', EXAMPLE);
}, TIMEOUT.long);

describe('internal handbook of the example', () => {
  it('shows every adopted version’s changes, the pending changes and every version pair', () => {
    const text = page('andringar/');
    const versions = changelogForVersions(model).filter((v) => v.previous);
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      expect(v.changes!.changes.length).toBeGreaterThan(0);
      for (const line of lines(v.changes!)) expect(text).toContain(line);
    }
    expect(text).toContain('Vad ändras vid nästa fastställelse');
    const pairs = versionPairs(model);
    expect(pairs.length).toBe(3);
    for (const p of pairs) {
      expect(text).toContain(`Från ${p.from === 'current' ? 'nuvarande innehåll' : `version ${p.from}`} till ${p.to === 'current' ? 'nuvarande innehåll' : `version ${p.to}`}`);
      const set = changelogBetween(model, p.from, p.to);
      for (const line of lines(set)) expect(text).toContain(line);
    }
  });

  it('the rules page shows every rule’s id, what it checks, why and how to fix it', () => {
    const text = page('regler/');
    const plain = (s: string) => norm(s.replace(/`([^`]+)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1'));
    expect(RULES.length).toBeGreaterThan(10);
    for (const r of RULES) {
      expect(text).toContain(r.id);
      expect(text).toContain(plain(r.description.sv));
      expect(text).toContain(plain(r.why.sv));
      expect(text).toContain(plain(r.fix.sv));
    }
  });

  it('every policy section has a handbook chapter that declares it and is rendered', () => {
    const declared = new Set(mdx.map((m) => m.frontmatter.policySection));
    for (const d of SECTION_DEFS.filter((x) => x.id !== 'adoption')) expect(declared, d.id).toContain(d.id);
    const index = page('handbok/');
    for (const m of mdx) {
      expect(index).toContain(String(m.frontmatter.title));
      const first = m.blocks.find((b) => b.kind === 'p');
      if (first && first.kind === 'p') expect(page(`handbok/${m.id}/`)).toContain(first.text.slice(0, 60));
    }
  });

  it('rights chapter: deadlines from organisation.yaml, every rights routine with its deadlines, what erasure cannot remove', () => {
    const id = mdx.find((m) => m.frontmatter.policySection === 'rights')!.id;
    const text = page(`handbok/${id}/`);
    expect(text).toContain(`inom ${formatDuration(model.organisation.rights.responseDeadline, 'sv')}`);
    expect(text).toContain(`högst ${formatDuration(model.organisation.rights.extension, 'sv')}`);
    const routines = model.routines.filter((r) => r.kind === 'rights-request');
    expect(routines.length).toBeGreaterThan(0);
    for (const r of routines) {
      expect(text).toContain(typeof r.title === 'string' ? r.title : r.title.sv);
      for (const d of r.deadlines) if (d.within) expect(text).toContain(`inom ${formatDuration(d.within, 'sv')}`);
    }
    expect(text).toContain('Det som en begäran om radering inte kan ta bort');
    const kept = model.activities.flatMap((a) => a.retention.filter((x) => x.law && x.documentType));
    expect(kept.length).toBeGreaterThan(0);
    for (const k of kept) expect(text).toContain(typeof k.documentType === 'string' ? k.documentType : k.documentType!.sv);
    expect(text).toContain('Direktmarknadsföring');
  });

  it('incidents chapter: hours to IMY from the breach routine, Art. 33(3) content, telling those affected, the incident register', () => {
    const id = mdx.find((m) => m.frontmatter.policySection === 'breaches')!.id;
    const text = page(`handbook/${id}/`.replace('handbook', 'handbok'));
    const hours = model.routines.filter((r) => r.kind === 'breach').flatMap((r) => r.deadlines.map((d) => d.hours ?? 0));
    expect(text).toContain(`inom ${Math.max(...hours)} timmar`);
    for (const s of ['artikel 33.3', 'artikel 34', 'Incidentregistret']) expect(text).toContain(s);
  });

  it('organisation, retention and security chapters embed the delegations, retention plan, e-mail routine and measures', () => {
    const chapter = (key: string) => page(`handbok/${mdx.find((m) => m.frontmatter.policySection === key)!.id}/`);
    const org = chapter('organisation');
    for (const d of model.delegations) expect(org).toContain(model.byId.people.get(d.to)!.name);
    const ret = chapter('retention');
    for (const a of model.activities) if (a.retention.length) expect(ret).toContain(typeof a.name === 'string' ? a.name : a.name.sv);
    for (const r of model.routines.filter((x) => x.kind === 'email')) expect(ret).toContain(typeof r.title === 'string' ? r.title : r.title.sv);
    const sec = chapter('security');
    for (const m of model.securityMeasures) expect(sec).toContain(typeof m.title === 'string' ? m.title : m.title.sv);
  });

  it('shows when the next board adoption and each activity’s review are due', () => {
    const due = nextAdoptionDue(model)!;
    expect(page('')).toContain(due);
    const chapter = page(`handbok/${mdx.find((m) => m.frontmatter.policySection === 'application')!.id}/`);
    expect(chapter).toContain(`Nästa fastställelse senast: ${due}`);
    for (const a of model.activities) expect(chapter).toContain(reviewDue(model, a));
  });

  it('every internal page is noindex and robots.txt disallows everything', () => {
    const pages = listFiles(path.join(out, 'internal')).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    expect(pages).toContain('andringar/index.html');
    for (const f of pages) expect(readFileSync(path.join(out, 'internal', f), 'utf8'), f).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(readFileSync(path.join(out, 'internal/robots.txt'), 'utf8')).toMatch(/User-agent: \*\s+Disallow: \/\s*$/);
  });

  it('the policy PDF carries the handbook prose of every chapter, in Swedish and in English, and never claims Swedish only', () => {
    const sv = pdfText(readFileSync(path.join(out, 'internal/policy/policy.sv.pdf')));
    const en = pdfText(readFileSync(path.join(out, 'internal/policy/policy.en.pdf')));
    // Every Swedish chapter has its English version (check warns otherwise).
    expect(mdxEn.map((m) => m.frontmatter.policySection).sort()).toEqual(mdx.map((m) => m.frontmatter.policySection).sort());
    for (const [list, text] of [
      [mdx, sv],
      [mdxEn, en],
    ] as const) {
      for (const m of list) {
        const first = m.blocks.find((b) => b.kind === 'p');
        if (first && first.kind === 'p') expect(text, m.id).toContain(first.text.slice(0, 50));
      }
    }
    for (const s of ['Upprättad av', 'Godkänd av', 'Fastställd av styrelsen']) expect(sv).toContain(s);
    expect(en).not.toContain('available in Swedish only');
    expect(en).not.toContain(String((mdx[0]!.blocks.find((b) => b.kind === 'p') as { text: string }).text.slice(0, 50)));
  });
});
