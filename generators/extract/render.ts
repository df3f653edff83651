/**
 * Draws an ExtractDocument with createPdf: tagged structure (Document, H1–H3,
 * P, L/LI, Table/TR/TH/TD), DejaVu embedded, page numbers as artifacts.
 */
import { createPdf } from '../pdf/document.ts';
import { documentRoot } from '../pdf/structure.ts';
import { drawTable } from '../pdf/table.ts';
import { taggedParagraph } from '../pdf/tagged-text.ts';
import { drawList } from '../pdf/layout.ts';
import { STRINGS } from './i18n/index.ts';
import type { Block, ExtractDocument } from './blocks.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const SIZES = { h1: 18, h2: 13.5, h3: 11.5, h4: 10.5, p: 10, small: 9.5 } as const;
const ACCENT = '#1d3c5c';

function bottom(doc: Doc) {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `needed` points still fit on this one. */
function ensureSpace(doc: Doc, needed: number) {
  if (doc.y + needed > bottom(doc)) doc.addPage();
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** A heading never ends a page: it needs its own (possibly wrapped) height plus `after` points of what follows. */
function keepWithNext(doc: Doc, value: string, font: string, size: number, after: number) {
  doc.font(font).fontSize(size);
  ensureSpace(doc, doc.heightOfString(value, { width: contentWidth(doc) }) + after);
}

/**
 * A short table is moved whole to the next page rather than split (pdfkit does
 * not repeat the header row); a long one starts where it is. The estimate is
 * per row, generous, and cheap: measuring every cell would double the work.
 */
function keepTableTogether(doc: Doc, rows: string[][], hasHeader: boolean) {
  const lines = rows.reduce((n, r) => n + Math.max(1, ...r.map((c) => Math.ceil((c.length || 1) / 45))), hasHeader ? 1 : 0);
  const estimate = lines * 12 + (rows.length + (hasHeader ? 1 : 0)) * 9;
  ensureSpace(doc, Math.min(estimate, 220));
}

function text(doc: Doc, root: Struct, type: 'H1' | 'H2' | 'H3' | 'H4' | 'P', value: string, font: string, size: number, opts: PDFKit.Mixins.TextOptions = {}) {
  doc.font(font).fontSize(size);
  taggedParagraph(doc, root, type, value, doc.page.margins.left, doc.y, { ...opts, width: doc.page.width - doc.page.margins.left - doc.page.margins.right });
  // Chapters are bookmarks: a long extract is read by its outline.
  if (type === 'H2') doc.outline.addItem(value);
}

function drawBlock(doc: Doc, root: Struct, b: Block) {
  const left = doc.page.margins.left;
  switch (b.kind) {
    case 'h1':
      ensureSpace(doc, 80);
      doc.fillColor(ACCENT);
      text(doc, root, 'H1', b.text, 'bold', SIZES.h1);
      doc.fillColor('black').moveDown(0.6);
      return;
    case 'h2':
      doc.moveDown(0.6);
      keepWithNext(doc, b.text, 'bold', SIZES.h2, 80);
      doc.fillColor(ACCENT);
      text(doc, root, 'H2', b.text, 'bold', SIZES.h2);
      doc.fillColor('black').moveDown(0.3);
      return;
    case 'h3':
      doc.moveDown(0.4);
      keepWithNext(doc, b.text, 'bold', SIZES.h3, 70);
      doc.fillColor(ACCENT);
      text(doc, root, 'H3', b.text, 'bold', SIZES.h3);
      doc.fillColor('black').moveDown(0.15);
      return;
    case 'h4':
      doc.moveDown(0.3);
      keepWithNext(doc, b.text, 'bold', SIZES.h4, 60);
      text(doc, root, 'H4', b.text, 'bold', SIZES.h4);
      doc.moveDown(0.1);
      return;
    case 'p':
      text(doc, root, 'P', b.text, 'body', SIZES.p, { lineGap: 2 });
      doc.moveDown(0.5);
      return;
    case 'small':
      // A caption stays with the start of its table.
      ensureSpace(doc, 90);
      // Bold, not italic: captions need no third font, and each font embedded costs every PDF a subset.
      text(doc, root, 'P', b.text, 'bold', SIZES.small);
      doc.moveDown(0.2);
      return;
    case 'list': {
      if (!b.items.length) return;
      const list = doc.struct('L');
      root.add(list);
      doc.font('body').fontSize(SIZES.p);
      drawList(doc, list, b.items, left + 10, doc.page.width - left - doc.page.margins.right - 10, { bulletRadius: 1.8, textIndent: 12, lineGap: 2, paragraphGap: 3 });
      list.end();
      doc.x = left;
      doc.moveDown(0.5);
      return;
    }
    case 'table':
    case 'pairs': {
      const width = contentWidth(doc);
      keepTableTogether(doc, b.kind === 'table' ? b.rows : b.rows.map((r) => [...r]), b.kind === 'table');
      doc.font('body').fontSize(SIZES.small);
      drawTable(doc, {
        structParent: root,
        x: left,
        y: doc.y,
        widths: b.kind === 'table' ? b.columns.map(() => width / b.columns.length) : [width * 0.35, width * 0.65],
        rows: b.kind === 'table' ? [b.columns, ...b.rows] : b.rows.map((r) => [...r]),
        headers: b.kind === 'table' ? 'first-row' : 'first-column',
        fontSize: SIZES.small,
        headerFont: 'bold',
        bodyFont: 'body',
        padding: 4,
        borderColor: '#9aa7b0',
        headerBackground: b.kind === 'table' ? '#e8eef3' : null,
      });
      doc.x = left;
      doc.moveDown(0.6);
      return;
    }
  }
}

function drawLetterhead(doc: Doc, root: Struct, d: ExtractDocument) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.page.margins.top;
  doc.fillColor(ACCENT);
  text(doc, root, 'P', d.letterhead.lines[0]!, 'bold', 14);
  doc.fillColor('black');
  doc.font('body').fontSize(8.5);
  taggedParagraph(doc, root, 'P', d.letterhead.lines.slice(1).join('\n'), left, doc.y, { width: width * 0.6 });
  const afterHead = doc.y;
  // Date and reference at the right, level with the company name.
  doc.font('body').fontSize(9);
  taggedParagraph(doc, root, 'P', d.letterhead.meta.map(([k, v]) => `${k}: ${v}`).join('\n'), left + width * 0.6, top, { width: width * 0.4, align: 'right' });
  doc.y = Math.max(afterHead, doc.y) + 28;
  doc.font('body').fontSize(10.5);
  taggedParagraph(doc, root, 'P', d.letterhead.recipient.join('\n'), left + 20, doc.y, { width: width * 0.6 });
  doc.x = left;
  doc.moveDown(2.5);
}

/** Page X of Y on every page: drawn last, over the buffered pages, as pagination artifacts. */
function drawPageNumbers(doc: Doc, lang: 'sv' | 'en') {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' } as never);
    doc.font('body').fontSize(8.5).fillColor('#555555');
    doc.text(STRINGS[lang].page(i - range.start + 1, range.count), doc.page.margins.left, doc.page.height - margin / 2 - 6, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'center',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = margin;
  }
  doc.fillColor('black');
}

export interface RenderOptions {
  userPassword?: string;
}

/** Returns the finished (not yet ended) document; the caller pipes and ends it. */
export function renderExtract(d: ExtractDocument, opts: RenderOptions = {}): Doc {
  const doc = createPdf({ title: d.title, lang: d.lang, date: d.date, author: d.author, ...(opts.userPassword ? { userPassword: opts.userPassword } : {}) });
  const root = documentRoot(doc);
  drawLetterhead(doc, root, d);
  for (const b of d.blocks) drawBlock(doc, root, b);
  drawPageNumbers(doc, d.lang);
  return doc;
}
