/**
 * register.pdf: the record of processing for the board and for IMY on request.
 * Landscape, one section per controller company (an H2 and a field table per
 * activity), the Art. 30(2) records, then processors, retention plan,
 * security measures and delegations as tables.
 */
import type { Locale } from '../../src/model/schemas/index.ts';
import type { Model } from '../../src/model/model.ts';
import { createPdf, pdfToBuffer } from '../pdf/document.ts';
import { decoratePages, renderBlocks } from '../pdf/layout.ts';
import type { Block } from '../pdf/blocks.ts';
import { registerTables } from '../../src/record/rows.ts';
import { documentDate, orgName } from '../../src/record/text.ts';
import { newestVersion } from '../../src/changelog/versions.ts';

export const REGISTER_TITLE = { sv: 'Register över behandlingar', en: 'Record of processing activities' } as const;
const VERSION = { sv: 'Policyversion', en: 'Policy version' } as const;
const DRAFT_VERSION = { sv: 'Utkast till policyversion', en: 'Draft of policy version' } as const;
const DATED = { sv: 'Datum', en: 'Date' } as const;
const CONTENTS = { sv: 'Innehåll', en: 'Contents' } as const;
const NO_ROWS = { sv: 'Inga uppgifter.', en: 'No entries.' } as const;
const PART = { sv: 'Del', en: 'Part' } as const;
const PAGE = { sv: 'Sida', en: 'Page' } as const;

export function registerHeader(model: Model, locale: Locale): string {
  const v = newestVersion(model);
  return [orgName(model, locale), REGISTER_TITLE[locale], v ? `${(v.adoptedByBoard ? VERSION : DRAFT_VERSION)[locale]} ${v.version}` : '', `${DATED[locale]} ${documentDate(model)}`]
    .filter(Boolean)
    .join(' · ');
}

/** The whole register; the contents block gets each part's page when the document is drawn. */
export function registerBlocks(model: Model, locale: Locale): Block[] {
  const blocks: Block[] = [];
  const tables = registerTables(model, locale);
  blocks.push({ kind: 'h1', text: `${REGISTER_TITLE[locale]}: ${orgName(model, locale)}` });
  blocks.push({ kind: 'p', text: registerHeader(model, locale) });
  blocks.push({ kind: 'p', text: CONTENTS[locale], style: 'bold' });
  blocks.push({
    kind: 'contents',
    fontSize: 10,
    columns: [
      { label: PART[locale], width: 10 },
      { label: PAGE[locale], width: 1 },
    ],
    rows: tables.map((t) => [t.title, t.id]),
  });
  for (const t of tables) {
    // Each company's record and each annex starts on its own page, so pages can be handed out separately.
    blocks.push({ kind: 'pagebreak' });
    if (t.id.startsWith('controller/') || t.id.startsWith('processor-record/')) {
      blocks.push({ kind: 'h1', text: t.title, id: t.id, level: 2 });
      if (!t.rows.length) blocks.push({ kind: 'p', text: NO_ROWS[locale] });
      const titleKey = t.columns.some((c) => c.key === 'activity') ? 'activity' : undefined;
      for (const row of t.rows) {
        if (titleKey) blocks.push({ kind: 'h2', text: (row.cells[titleKey] ?? []).join(' '), level: 3 });
        const skip = new Set(['controller', 'organisationsnummer', 'activity']);
        blocks.push({
          kind: 'fields',
          rows: t.columns.filter((c) => !skip.has(c.key)).map((c) => [c.label, (row.cells[c.key] ?? []).join('\n') || '–']),
        });
      }
    } else {
      blocks.push({ kind: 'h1', text: t.title, id: t.id, level: 2 });
      if (!t.rows.length) blocks.push({ kind: 'p', text: NO_ROWS[locale] });
      else blocks.push({ kind: 'table', columns: t.columns, rows: t.rows.map((r) => t.columns.map((c) => (r.cells[c.key] ?? []).join('\n'))) });
    }
  }
  return blocks;
}

export async function registerPdf(model: Model, locale: Locale = 'sv'): Promise<Buffer> {
  const doc = createPdf({
    title: `${REGISTER_TITLE[locale]}: ${orgName(model, locale)}`,
    lang: locale,
    date: documentDate(model),
    author: orgName(model, locale),
    layout: 'landscape',
    toBuffer: true,
  });
  renderBlocks(doc, registerBlocks(model, locale));
  decoratePages(doc, registerHeader(model, locale), locale);
  return pdfToBuffer(doc);
}
