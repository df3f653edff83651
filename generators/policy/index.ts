/**
 * policy.sv.pdf (and policy.en.pdf): the whole data protection policy for the
 * board — cover, table of contents, numbered sections, signature block — as
 * a tagged PDF dated with the newest version's adoption date. A draft (a version
 * not yet adopted) is marked UTKAST/DRAFT on every page and leaves its signatures empty.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '../../src/model/schemas/index.ts';
import type { Model } from '../../src/model/model.ts';
import { createPdf, pdfToBuffer } from '../pdf/document.ts';
import { documentDate, orgName } from '../../src/record/text.ts';
import { decoratePages, renderBlocks } from '../pdf/layout.ts';
import type { Block } from '../pdf/blocks.ts';
import { readHandbook } from './mdx.ts';
import { policyPdfFiles } from '../../src/site-data/policy-files.ts';
import { policySections, POLICY_TITLE, type PolicySection } from './sections.ts';
import { isDraft, SIGNATURE_LABELS } from '../../src/changelog/signatures.ts';
import { newestVersion } from '../../src/changelog/versions.ts';

export { policySections, SECTION_DEFS } from './sections.ts';
export { mdxToBlocks, readHandbook } from './mdx.ts';

const L = {
  version: { sv: 'Version', en: 'Version' },
  date: { sv: 'Datum', en: 'Date' },
  contents: { sv: 'Innehåll', en: 'Contents' },
  section: { sv: 'Avsnitt', en: 'Section' },
  page: { sv: 'Sida', en: 'Page' },
  companies: { sv: 'Bolag', en: 'Companies' },
} as const;

function coverBlocks(model: Model, locale: Locale): Block[] {
  const v = newestVersion(model);
  return [
    { kind: 'space', height: 120 },
    { kind: 'h1', text: POLICY_TITLE[locale] },
    ...(isDraft(model) ? [{ kind: 'p' as const, text: `${SIGNATURE_LABELS.draftMark[locale]}. ${SIGNATURE_LABELS.draftNote[locale]}`, style: 'bold' as const }] : []),
    { kind: 'p', text: orgName(model, locale), style: 'bold' },
    { kind: 'p', text: `${L.companies[locale]}:` },
    { kind: 'list', items: model.entities.map((e) => `${e.legalName} (${e.organisationsnummer})`) },
    { kind: 'p', text: [v ? `${L.version[locale]} ${v.version}` : '', `${L.date[locale]} ${documentDate(model)}`].filter(Boolean).join(' · ') },
  ];
}

function tocBlocks(sections: PolicySection[], locale: Locale): Block[] {
  return [
    { kind: 'pagebreak' },
    { kind: 'h1', text: L.contents[locale], level: 2 },
    {
      kind: 'contents',
      fontSize: 10,
      columns: [
        { label: L.section[locale], width: 10 },
        { label: L.page[locale], width: 1 },
      ],
      rows: sections.map((s) => [s.title, s.id]),
    },
  ];
}

const belowSection = (b: Block): Block => (b.kind === 'h1' || b.kind === 'h2' || b.kind === 'h3' ? { ...b, level: (b.level ?? Number(b.kind.slice(1))) + 1 } : b);

export async function policyPdf(model: Model, locale: Locale = 'sv'): Promise<Buffer> {
  const sections = policySections(model, locale, readHandbook(model.handbook));
  const v = newestVersion(model);
  const mark = isDraft(model) ? SIGNATURE_LABELS.draftMark[locale] : undefined;
  const doc = createPdf({
    title: `${mark ? `${mark}: ` : ''}${POLICY_TITLE[locale]}: ${orgName(model, locale)}`,
    lang: locale,
    date: documentDate(model),
    author: orgName(model, locale),
    toBuffer: true,
  });
  // The contents block gets each section's page when the document is drawn (one pass).
  const body: Block[] = [...coverBlocks(model, locale), ...tocBlocks(sections, locale)];
  body.push({ kind: 'pagebreak' });
  // One H1 (the title); sections are H2 under it and their own headings one level further down.
  for (const s of sections) body.push({ kind: 'h1', text: s.title, id: s.id, level: 2 }, ...s.blocks.map(belowSection));
  renderBlocks(doc, body);
  const header = [orgName(model, locale), POLICY_TITLE[locale], v ? `${L.version[locale]} ${v.version}` : ''].filter(Boolean).join(' · ');
  decoratePages(doc, header, locale, 1, mark);
  return pdfToBuffer(doc);
}

export async function writePolicyPdfs(model: Model, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  // The same list the handbook's /policy/ page links to.
  for (const { lang: locale, file: name } of policyPdfFiles(model)) {
    const file = path.join(outDir, name);
    await writeFile(file, await policyPdf(model, locale));
    written.push(file);
  }
  return written;
}
