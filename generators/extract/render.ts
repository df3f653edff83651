/**
 * Draws an ExtractDocument with createPdf: the letterhead, then its blocks by the
 * shared renderer in LETTER_STYLE (generators/pdf/layout.ts), page numbers as artifacts.
 */
import { createPdf } from '../pdf/document.ts';
import { documentRoot } from '../pdf/structure.ts';
import { taggedParagraph } from '../pdf/tagged-text.ts';
import { LETTER_STYLE, renderBlocks } from '../pdf/layout.ts';
import { STRINGS } from './i18n/index.ts';
import type { ExtractDocument } from './blocks.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function text(doc: Doc, root: Struct, value: string, font: string, size: number) {
  doc.font(font).fontSize(size);
  taggedParagraph(doc, root, 'P', value, doc.page.margins.left, doc.y, { width: doc.page.width - doc.page.margins.left - doc.page.margins.right });
}

function drawLetterhead(doc: Doc, root: Struct, d: ExtractDocument) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.page.margins.top;
  doc.fillColor(LETTER_STYLE.accent);
  text(doc, root, d.letterhead.lines[0]!, 'bold', 14);
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
  renderBlocks(doc, d.blocks, LETTER_STYLE, root);
  drawPageNumbers(doc, d.lang);
  return doc;
}
