/**
 * A tiny block layout over the tagged PDFKit document: headings, paragraphs,
 * lists, tables and key/value tables, each added to the structure tree (H1,
 * H2, P, L/LI, Table/TR/TH/TD), plus running header and "sida X av Y" footer
 * as artifacts. Shared by the register PDF and the policy PDF.
 */
import type { Locale } from '../../src/model/schemas/index.ts';
import { drawTable, fillReservedTable, reserveTable, type ReservedTable } from './table.ts';
import { documentRoot } from './structure.ts';
import { taggedParagraph } from './tagged-text.ts';

export type Block =
  /** `level`: the structure level (H1–H6) when it differs from the look (e.g. a policy section looks like h1 but is H2 under the title). */
  | { kind: 'h1' | 'h2' | 'h3'; text: string; id?: string; level?: number }
  | { kind: 'p'; text: string; style?: 'italic' | 'bold' | 'small' }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: { label: string; width: number }[]; rows: string[][]; fontSize?: number }
  | { kind: 'fields'; rows: [label: string, value: string][] }
  /** A table of contents: each row's last cell becomes the page of the heading with that id (known only at the end). */
  | { kind: 'contents'; columns: { label: string; width: number }[]; rows: [text: string, headingId: string][]; fontSize?: number }
  | { kind: 'pagebreak' }
  | { kind: 'space'; height: number };

const SIZES = { h1: 16, h2: 13, h3: 11, p: 10, small: 8.5 } as const;
const ACCENT = '#1d5c63';

export interface RenderResult {
  /** Page number (1-based) where each heading with an id starts. */
  headingPages: Map<string, number>;
}

/** Heading and bookmark state of a document, kept across renderBlocks calls. */
interface Headings { last: number; outline: PDFKit.PDFOutline[] }
const HEADINGS = Symbol('headings');

/**
 * The structure level of a heading: as asked, but never more than one below the
 * previous heading (no skipped levels). Level-2 and level-3 headings become
 * bookmarks (level 3 nested under the level 2 before it).
 */
function heading(doc: PDFKit.PDFDocument, asked: number, text: string): number {
  const state = ((doc as unknown as { [HEADINGS]?: Headings })[HEADINGS] ??= { last: 0, outline: [] });
  const level = Math.max(1, Math.min(asked, state.last + 1));
  state.last = level;
  if (level === 2) state.outline = [doc.outline.addItem(text)];
  else if (level === 3) (state.outline[0] ?? doc.outline).addItem(text);
  return level;
}

export function renderBlocks(doc: PDFKit.PDFDocument, blocks: readonly Block[], start?: PDFKit.PDFStructureElement): RenderResult {
  const headingPages = new Map<string, number>();
  let section = start;
  // Tables of contents are drawn once every heading has its page; their sections stay open until then.
  const contents: { reserved: ReservedTable; block: Extract<Block, { kind: 'contents' }>; section: PDFKit.PDFStructureElement }[] = [];
  const endSection = () => {
    if (section && !contents.some((c) => c.section === section)) section.end();
  };
  const parent = (): PDFKit.PDFStructureElement => {
    if (!section) {
      section = doc.struct('Sect');
      documentRoot(doc).add(section);
    }
    return section;
  };
  const left = doc.page.margins.left;
  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const ensureSpace = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'h1':
      case 'h2':
      case 'h3': {
        if (b.kind === 'h1') {
          endSection();
          section = doc.struct('Sect');
          documentRoot(doc).add(section);
        }
        ensureSpace(b.kind === 'h1' ? 160 : b.kind === 'h2' ? 110 : 60);
        doc.moveDown(b.kind === 'h1' ? 0.6 : 0.4);
        if (b.id) headingPages.set(b.id, pageNumber(doc));
        const level = heading(doc, b.level ?? Number(b.kind.slice(1)), b.text);
        doc.font('bold').fontSize(SIZES[b.kind]).fillColor(ACCENT);
        taggedParagraph(doc, parent(), `H${level}`, b.text, left, doc.y, { width: width() });
        doc.fillColor('black').moveDown(0.3);
        break;
      }
      case 'p': {
        const font = b.style === 'italic' ? 'italic' : b.style === 'bold' ? 'bold' : 'body';
        doc.font(font).fontSize(b.style === 'small' ? SIZES.small : SIZES.p);
        taggedParagraph(doc, parent(), 'P', b.text, left, doc.y, { width: width() });
        doc.moveDown(0.5);
        break;
      }
      case 'list': {
        if (!b.items.length) break;
        const list = doc.struct('L');
        parent().add(list);
        doc.font('body').fontSize(SIZES.p);
        drawList(doc, list, b.items, left + 6, width() - 6, { bulletRadius: 2, textIndent: 12 });
        list.end();
        doc.moveDown(0.5);
        break;
      }
      case 'table': {
        const total = b.columns.reduce((s, c) => s + c.width, 0);
        const size = b.fontSize ?? 8;
        doc.font('body').fontSize(size);
        ensureSpace(size * 6);
        drawTable(doc, {
          structParent: parent(),
          x: left,
          y: doc.y,
          widths: b.columns.map((c) => (c.width / total) * width()),
          rows: [b.columns.map((c) => c.label), ...b.rows],
          headers: 'first-row',
          fontSize: size,
          headerFont: 'bold',
          bodyFont: 'body',
        });
        doc.x = left;
        doc.moveDown(0.8);
        break;
      }
      case 'fields': {
        doc.font('body').fontSize(8.5);
        ensureSpace(60);
        drawTable(doc, {
          structParent: parent(),
          x: left,
          y: doc.y,
          widths: [width() * 0.28, width() * 0.72],
          rows: b.rows,
          headers: 'first-column',
          fontSize: 8.5,
          headerFont: 'bold',
          bodyFont: 'body',
        });
        doc.x = left;
        doc.moveDown(0.8);
        break;
      }
      case 'contents': {
        const total = b.columns.reduce((sum, c) => sum + c.width, 0);
        const size = b.fontSize ?? 8;
        doc.font('body').fontSize(size);
        ensureSpace(size * 6);
        contents.push({
          block: b,
          section: parent(),
          // "00" holds the width of a page number until the pages are known.
          reserved: reserveTable(doc, {
            structParent: parent(),
            x: left,
            y: doc.y,
            widths: b.columns.map((c) => (c.width / total) * width()),
            rows: [b.columns.map((c) => c.label), ...b.rows.map(([text]) => [text, '00'])],
            headers: 'first-row',
            fontSize: size,
            headerFont: 'bold',
            bodyFont: 'body',
          }),
        });
        doc.x = left;
        doc.moveDown(0.8);
        break;
      }
      case 'pagebreak':
        doc.addPage();
        break;
      case 'space':
        doc.y += b.height;
        break;
    }
  }
  endSection();
  for (const c of contents) {
    fillReservedTable(doc, c.reserved, [c.block.columns.map((col) => col.label), ...c.block.rows.map(([text, id]) => [text, String(headingPages.get(id) ?? '')])]);
    c.section.end();
  }
  return { headingPages };
}

/**
 * A bulleted list: LI > LBody per item (the bullet is decoration, an artifact),
 * each body drawn as tagged text, so links and page breaks inside items are tagged.
 */
export function drawList(doc: PDFKit.PDFDocument, list: PDFKit.PDFStructureElement, items: readonly string[], x: number, width: number, o: { bulletRadius: number; textIndent: number; lineGap?: number; paragraphGap?: number }): void {
  for (const item of items) {
    const lineHeight = doc.currentLineHeight(true);
    if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const li = doc.struct('LI');
    list.add(li);
    doc.markContent('Artifact', { type: 'Layout' } as never);
    doc.circle(x + o.bulletRadius, doc.y + lineHeight / 2, o.bulletRadius).fill();
    doc.endMarkedContent();
    taggedParagraph(doc, li, 'LBody', item, x + o.textIndent, doc.y, { width: width - o.textIndent, lineGap: o.lineGap ?? 0 });
    doc.y += o.paragraphGap ?? 0;
    li.end();
  }
  doc.x = x;
}

export function pageNumber(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  // The current page is the last buffered one while content is being added.
  return range.start + range.count;
}

const PAGE_OF = { sv: (n: number, t: number) => `Sida ${n} av ${t}`, en: (n: number, t: number) => `Page ${n} of ${t}` };

/**
 * Running header and page numbers on every page (from `from`, 0-based), marked as pagination artifacts.
 * `mark` (e.g. "UTKAST – ej fastställt") is printed in the header of every page, the cover included.
 */
export function decoratePages(doc: PDFKit.PDFDocument, header: string, locale: Locale, from = 0, mark?: string): void {
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start + (mark ? 0 : from); i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { left, right, bottom, top } = doc.page.margins;
    const w = doc.page.width - left - right;
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('body').fontSize(8).fillColor('#555555');
    if (i >= range.start + from) {
      doc.text(header, left, top / 2 - 4, { width: w, lineBreak: false, align: 'left' });
      doc.text(PAGE_OF[locale](i - range.start + 1, total), left, doc.page.height - bottom / 2 - 4, { width: w, lineBreak: false, align: 'right' });
    }
    if (mark) {
      doc.font('bold').fontSize(11).fillColor('#a00000');
      // A line of its own between the running header and the body, so a long header never runs into it.
      doc.text(mark, left, top / 2 + 7, { width: w, lineBreak: false, align: 'right' });
    }
    doc.endMarkedContent();
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
    doc.page.margins.top = top;
  }
}
