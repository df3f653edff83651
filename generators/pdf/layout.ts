/**
 * The one block renderer of every PDF: headings, paragraphs, lists, tables and
 * key/value tables (`Block`, blocks.ts), each added to the structure tree (H1–H4,
 * P, L/LI, Table/TR/TH/TD), plus running header and "sida X av Y" footer as
 * artifacts. A `PdfStyle` sets the look: DOCUMENT_STYLE (policy, register,
 * notice) or LETTER_STYLE (register extracts).
 */
import type { Locale } from '../../src/model/schemas/index.ts';
import { drawTable, fillReservedTable, reserveTable, type ReservedTable, type TagTableOptions } from './table.ts';
import { documentRoot } from './structure.ts';
import { taggedParagraph } from './tagged-text.ts';
import type { Block } from './blocks.ts';
import { fill } from '../../src/i18n/ui/index.ts';

type Doc = PDFKit.PDFDocument;
type HeadingKind = 'h1' | 'h2' | 'h3' | 'h4';

interface HeadingLook {
  size: number;
  /** Lines of space above (in the font before the heading). */
  before?: number;
  /**
   * Points that must fit below the heading's top, else a new page. `measure`: the heading's own
   * (possibly wrapped) height plus `keep`, checked after the space above; otherwise a fixed `keep`, checked before it.
   */
  keep: number;
  measure?: boolean;
  after: number;
  accent: boolean;
}

interface TableLook {
  size: number;
  /** Space that must fit before the table starts: `lines` font sizes, fixed `points`, or (`'rows'`) an estimate of a short table's height so it moves whole. */
  keep: { lines: number } | { points: number } | 'rows';
  after: number;
  /** Passed to drawTable (padding, borders, header shading); empty: its defaults. */
  draw: Pick<TagTableOptions, 'padding' | 'borderColor' | 'headerBackground'>;
}

/** How a kind of document looks; the blocks and the structure they make are the same for all. */
export interface PdfStyle {
  accent: string;
  headings: Record<HeadingKind, HeadingLook>;
  /** Bookmarked heading levels (level 3 nested under the level 2 before it), and whether the bookmark is added before the heading's text. */
  bookmarks: { levels: readonly number[]; beforeText: boolean };
  /** Each h1 opens a `Sect` under the document root (documents), or every block goes straight under the parent (letters). */
  sections: boolean;
  paragraph: { size: number; small: number; lineGap?: number; after: number };
  caption: { size: number; keep: number; after: number };
  list: { indent: number; bulletRadius: number; textIndent: number; lineGap?: number; paragraphGap?: number; after: number };
  table: TableLook;
  /** `widths`: shares of the width of the label and value columns. */
  fields: TableLook & { widths: [number, number] };
}

/** Policy, register and notice PDFs. */
export const DOCUMENT_STYLE: PdfStyle = {
  accent: '#1d5c63',
  headings: {
    h1: { size: 16, before: 0.6, keep: 160, after: 0.3, accent: true },
    h2: { size: 13, before: 0.4, keep: 110, after: 0.3, accent: true },
    h3: { size: 11, before: 0.4, keep: 60, after: 0.3, accent: true },
    h4: { size: 10, before: 0.4, keep: 60, after: 0.3, accent: true },
  },
  bookmarks: { levels: [2, 3], beforeText: true },
  sections: true,
  paragraph: { size: 10, small: 8.5, after: 0.5 },
  caption: { size: 8.5, keep: 90, after: 0.2 },
  list: { indent: 6, bulletRadius: 2, textIndent: 12, after: 0.5 },
  table: { size: 8, keep: { lines: 6 }, after: 0.8, draw: {} },
  fields: { size: 8.5, keep: { points: 60 }, after: 0.8, draw: {}, widths: [0.28, 0.72] },
};

/** Register extracts (letters to one person). */
export const LETTER_STYLE: PdfStyle = {
  accent: '#1d3c5c',
  headings: {
    h1: { size: 18, keep: 80, after: 0.6, accent: true },
    h2: { size: 13.5, before: 0.6, keep: 80, measure: true, after: 0.3, accent: true },
    h3: { size: 11.5, before: 0.4, keep: 70, measure: true, after: 0.15, accent: true },
    h4: { size: 10.5, before: 0.3, keep: 60, measure: true, after: 0.1, accent: false },
  },
  // Chapters are bookmarks: a long extract is read by its outline.
  bookmarks: { levels: [2], beforeText: false },
  sections: false,
  paragraph: { size: 10, small: 9.5, lineGap: 2, after: 0.5 },
  caption: { size: 9.5, keep: 90, after: 0.2 },
  list: { indent: 10, bulletRadius: 1.8, textIndent: 12, lineGap: 2, paragraphGap: 3, after: 0.5 },
  table: { size: 9.5, keep: 'rows', after: 0.6, draw: { padding: 4, borderColor: '#9aa7b0', headerBackground: '#e8eef3' } },
  fields: { size: 9.5, keep: 'rows', after: 0.6, draw: { padding: 4, borderColor: '#9aa7b0', headerBackground: null }, widths: [0.35, 0.65] },
};

export interface RenderResult {
  /** Page number (1-based) where each heading with an id starts. */
  headingPages: Map<string, number>;
}

/** Heading and bookmark state of a document, kept across renderBlocks calls. */
interface Headings {
  last: number;
  outline: PDFKit.PDFOutline[];
}
const HEADINGS = Symbol('headings');

/** The structure level of a heading: as asked, but never more than one below the previous heading (no skipped levels). */
function headingLevel(doc: Doc, asked: number): number {
  const state = ((doc as Doc & { [HEADINGS]?: Headings })[HEADINGS] ??= { last: 0, outline: [] });
  const level = Math.max(1, Math.min(asked, state.last + 1));
  state.last = level;
  return level;
}

function bookmark(doc: Doc, style: PdfStyle, level: number, text: string): void {
  if (!style.bookmarks.levels.includes(level)) return;
  const state = (doc as Doc & { [HEADINGS]: Headings })[HEADINGS];
  if (level === 2) state.outline = [doc.outline.addItem(text)];
  else (state.outline[0] ?? doc.outline).addItem(text);
}

/**
 * A short table is moved whole to the next page rather than split (pdfkit does
 * not repeat the header row); a long one starts where it is. The estimate is
 * per row, generous, and cheap: measuring every cell would double the work.
 */
function tableEstimate(rows: readonly (readonly string[])[], hasHeader: boolean): number {
  const lines = rows.reduce((n, r) => n + Math.max(1, ...r.map((c) => Math.ceil((c.length || 1) / 45))), hasHeader ? 1 : 0);
  return Math.min(lines * 12 + (rows.length + (hasHeader ? 1 : 0)) * 9, 220);
}

/**
 * Draws the blocks in `style`. Structure: H1–H4 (never skipping a level), P, L/LI/LBody,
 * Table/TR/TH/TD, under a `Sect` per h1 (documents) or under `start` (letters: the document root).
 */
export function renderBlocks(doc: Doc, blocks: readonly Block[], style: PdfStyle = DOCUMENT_STYLE, start?: PDFKit.PDFStructureElement): RenderResult {
  const headingPages = new Map<string, number>();
  // Headings that a linked contents table points to get a named destination. The names are numbers
  // in first-use order: pdfkit sorts its name tree with localeCompare, which agrees with the byte
  // order PDF readers search it in only for names like these.
  const destinations = new Map<string, string>();
  for (const b of blocks)
    if (b.kind === 'contents' && b.link) for (const id of b.rows.map(headingOf)) if (!destinations.has(id)) destinations.set(id, `d${String(destinations.size).padStart(6, '0')}`);
  let section = start;
  // Tables of contents are drawn once every heading has its page; their sections stay open until then.
  const contents: { reserved: ReservedTable; block: Extract<Block, { kind: 'contents' }>; section: PDFKit.PDFStructureElement }[] = [];
  const endSection = () => {
    if (style.sections && section && !contents.some((c) => c.section === section)) section.end();
  };
  const parent = (): PDFKit.PDFStructureElement => {
    if (!section) {
      section = style.sections ? doc.struct('Sect') : documentRoot(doc);
      if (style.sections) documentRoot(doc).add(section);
    }
    return section;
  };
  const left = doc.page.margins.left;
  const width = () => doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const ensureSpace = (h: number) => {
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const keepTable = (look: TableLook, size: number, rows: readonly (readonly string[])[], hasHeader: boolean) =>
    ensureSpace(look.keep === 'rows' ? tableEstimate(rows, hasHeader) : 'lines' in look.keep ? size * look.keep.lines : look.keep.points);
  for (const b of blocks) {
    switch (b.kind) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4': {
        const look = style.headings[b.kind];
        if (b.kind === 'h1' && style.sections) {
          endSection();
          section = doc.struct('Sect');
          documentRoot(doc).add(section);
        }
        if (look.measure) {
          if (look.before !== undefined) doc.moveDown(look.before);
          doc.font('bold').fontSize(look.size);
          ensureSpace(doc.heightOfString(b.text, { width: width() }) + look.keep);
        } else {
          ensureSpace(look.keep);
          if (look.before !== undefined) doc.moveDown(look.before);
        }
        if (b.id) headingPages.set(b.id, pageNumber(doc));
        const destination = b.id && destinations.get(b.id);
        if (destination) doc.addNamedDestination(destination, 'XYZ', left, doc.y, null);
        const level = headingLevel(doc, b.level ?? Number(b.kind.slice(1)));
        if (style.bookmarks.beforeText) bookmark(doc, style, level, b.text);
        if (look.accent) doc.fillColor(style.accent);
        doc.font('bold').fontSize(look.size);
        taggedParagraph(doc, parent(), `H${level}`, b.text, left, doc.y, { width: width() });
        if (!style.bookmarks.beforeText) bookmark(doc, style, level, b.text);
        if (look.accent) doc.fillColor('black');
        doc.moveDown(look.after);
        break;
      }
      case 'p': {
        const p = style.paragraph;
        if (b.style === 'caption') {
          ensureSpace(style.caption.keep);
          // Bold, not italic: captions need no third font, and each font embedded costs every PDF a subset.
          doc.font('bold').fontSize(style.caption.size);
          taggedParagraph(doc, parent(), 'P', b.text, left, doc.y, { width: width() });
          doc.moveDown(style.caption.after);
          break;
        }
        const font = b.style === 'italic' ? 'italic' : b.style === 'bold' ? 'bold' : 'body';
        doc.font(font).fontSize(b.style === 'small' ? p.small : p.size);
        taggedParagraph(doc, parent(), 'P', b.text, left, doc.y, p.lineGap === undefined ? { width: width() } : { lineGap: p.lineGap, width: width() });
        doc.moveDown(p.after);
        break;
      }
      case 'list': {
        if (!b.items.length) break;
        const l = style.list;
        const list = doc.struct('L');
        parent().add(list);
        doc.font('body').fontSize(style.paragraph.size);
        drawList(doc, list, b.items, left + l.indent, width() - l.indent, l);
        list.end();
        doc.x = left;
        doc.moveDown(l.after);
        break;
      }
      case 'table': {
        const look = style.table;
        const size = b.fontSize ?? look.size;
        const rows = [b.columns.map((c) => c.label), ...b.rows];
        const total = b.columns.reduce((s, c) => s + (c.width ?? 0), 0);
        keepTable(look, size, b.rows, true);
        doc.font('body').fontSize(size);
        drawTable(doc, {
          structParent: parent(),
          x: left,
          y: doc.y,
          widths: b.columns.map((c) => (total ? ((c.width ?? 0) / total) * width() : width() / b.columns.length)),
          rows,
          headers: 'first-row',
          fontSize: size,
          headerFont: 'bold',
          bodyFont: 'body',
          ...look.draw,
        });
        doc.x = left;
        doc.moveDown(look.after);
        break;
      }
      case 'fields': {
        const look = style.fields;
        keepTable(look, look.size, b.rows, false);
        doc.font('body').fontSize(look.size);
        drawTable(doc, {
          structParent: parent(),
          x: left,
          y: doc.y,
          widths: [width() * look.widths[0], width() * look.widths[1]],
          rows: b.rows,
          headers: 'first-column',
          fontSize: look.size,
          headerFont: 'bold',
          bodyFont: 'body',
          ...look.draw,
        });
        doc.x = left;
        doc.moveDown(look.after);
        break;
      }
      case 'contents': {
        const total = b.columns.reduce((sum, c) => sum + c.width, 0);
        const size = b.fontSize ?? style.table.size;
        doc.font('body').fontSize(size);
        ensureSpace(size * 6);
        contents.push({
          block: b,
          section: parent(),
          // "00" (or, worded, "0000") holds the width of a page number until the pages are known.
          reserved: reserveTable(doc, {
            structParent: parent(),
            x: left,
            y: doc.y,
            widths: b.columns.map((c) => (c.width / total) * width()),
            rows: [b.columns.map((c) => c.label), ...b.rows.map((row) => [...row.slice(0, -1), b.page ? pageText(b, '0000') : '00'])],
            headers: 'first-row',
            fontSize: size,
            headerFont: 'bold',
            bodyFont: 'body',
            ...style.table.draw,
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
  for (const { block, reserved } of contents) {
    const page = (id: string) => String(headingPages.get(id) ?? '');
    const rows = [block.columns.map((col) => col.label), ...block.rows.map((row) => [...row.slice(0, -1), pageText(block, page(headingOf(row)))])];
    const links = block.link
      ? [undefined, ...block.rows.map((row) => [{ name: destinations.get(headingOf(row))!, label: fill(block.link!, { text: row[0], page: page(headingOf(row)) }) }])]
      : undefined;
    fillReservedTable(doc, reserved, rows, links);
  }
  // Only after every table is filled: ending a section ends the tables in it.
  for (const section of new Set(contents.map((c) => c.section))) section.end();
  return { headingPages };
}

/**
 * A bulleted list: LI > LBody per item (the bullet is decoration, an artifact),
 * each body drawn as tagged text, so links and page breaks inside items are tagged.
 */
function drawList(
  doc: PDFKit.PDFDocument,
  list: PDFKit.PDFStructureElement,
  items: readonly string[],
  x: number,
  width: number,
  o: { bulletRadius: number; textIndent: number; lineGap?: number; paragraphGap?: number },
): void {
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

/** The heading a contents row points to: its last element. */
const headingOf = (row: readonly string[]) => row[row.length - 1]!;
/** The page cell of a contents row: the page filled into the block's wording, if any. */
const pageText = (b: Extract<Block, { kind: 'contents' }>, page: string) => (b.page ? fill(b.page, { page }) : page);

function pageNumber(doc: PDFKit.PDFDocument): number {
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
