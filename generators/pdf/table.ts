/**
 * A light tagged table for our pdfkit documents (Table/TR/TH/TD with header
 * scope and headers), drawn like pdfkit's own `doc.table` with our fixed
 * style: the same cell boxes, borders, header background, row page breaks and
 * text positions. pdfkit's table deep-merges styles for every cell and lays
 * each cell's text out five times (two measurements, each twice, then the
 * drawing); here a cell is measured once (and the measurement is shared by
 * the documents of the process) and drawn once.
 */

export interface TagTableOptions {
  /** Structure element the Table element is added to (it must be attached to the tree). */
  structParent: PDFKit.PDFStructureElement;
  x: number;
  y: number;
  /** Column widths in points. */
  widths: number[];
  rows: readonly (readonly string[])[];
  /** 'first-row': the first row heads the columns; 'first-column': each row's first cell heads the row. */
  headers: 'first-row' | 'first-column';
  fontSize: number;
  /** Registered font names of header and body cells. */
  headerFont: string;
  bodyFont: string;
  padding?: number;
  border?: number;
  borderColor?: string;
  headerBackground?: string;
}

interface Bounds { width: number; height: number }
type InternalDoc = PDFKit.PDFDocument & {
  _font: { font?: object };
  _tableIndex: number;
  page: PDFKit.PDFPage & { contentHeight: number; maxY: () => number };
  continueOnNewPage: () => unknown;
};

/**
 * Text bounds per parsed font and (size, width, height, text): a pure function
 * of those (lineGap stays 0 in our documents), repeated by the two passes of a
 * document with a table of contents and by the documents of a batch.
 */
const MEASURE_LIMIT = 100_000;
let measured = new WeakMap<object, Map<string, Bounds>>();
let measuredCount = 0;

function measure(doc: InternalDoc, text: string, width: number, height: number): Bounds {
  const font = doc._font.font ?? doc._font;
  let cache = measured.get(font);
  if (!cache) measured.set(font, (cache = new Map()));
  const key = `${doc._fontSize}|${width}|${height}|${text}`;
  let b = cache.get(key);
  if (!b) {
    // The options pdfkit's table measures a cell with.
    const r = doc.boundsOfString(text, 0, 0, { align: 'left', ellipsis: true, stroke: false, fill: true, width, height, rotation: 0 } as PDFKit.Mixins.TextOptions);
    b = { width: r.width, height: r.height };
    if (++measuredCount > MEASURE_LIMIT) {
      measured = new WeakMap();
      measuredCount = 1;
      measured.set(font, (cache = new Map()));
    }
    cache.set(key, b);
  }
  return b;
}

/** Draws the table from (x, y), breaking pages between rows; leaves doc.y below it. */
export function drawTable(doc0: PDFKit.PDFDocument, o: TagTableOptions): void {
  const doc = doc0 as InternalDoc;
  const pad = o.padding ?? 3;
  const border = o.border ?? 0.5;
  const borderColor = o.borderColor ?? '#999999';
  const background = o.headerBackground ?? '#e6eef0';
  const size = o.fontSize;
  const id = new String(`table-${doc._tableIndex++}`);
  const table = doc.struct('Table');
  (table as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.ID = id;
  o.structParent.add(table);

  const xs: number[] = [];
  let cx = o.x;
  for (const w of o.widths) xs.push(cx), (cx += w);
  const columnHeaders: String[] = [];
  let y = o.y;
  const previous = doc as unknown as { _fontSource: string; _fontFamily: string; _fontSize: number };
  const [prevSource, prevFamily, prevSize] = [previous._fontSource, previous._fontFamily, previous._fontSize];
  doc.fontSize(size);
  for (let r = 0; r < o.rows.length; r++) {
    const row = o.rows[r];
    const isHeader = (c: number) => (o.headers === 'first-row' ? r === 0 : c === 0);
    // Measure: the row is as high as its tallest cell (text limited to one page, as pdfkit does).
    const maxText = doc.page.contentHeight - 2 * pad;
    const bounds: (Bounds | null)[] = [];
    let height = 0;
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      let b: Bounds | null = null;
      if (text) {
        doc.font(isHeader(c) ? o.headerFont : o.bodyFont);
        b = measure(doc, text, o.widths[c] - 2 * pad, maxText);
      }
      bounds.push(b);
      height = Math.max(height, (b?.height ?? 0) + 2 * pad);
    }
    if (height > doc.page.contentHeight) {
      height = doc.page.maxY() - y;
      for (let c = 0; c < row.length; c++) if (bounds[c]) bounds[c] = measure(doc.font(isHeader(c) ? o.headerFont : o.bodyFont) as InternalDoc, row[c], o.widths[c] - 2 * pad, height - 2 * pad);
    } else if (y + height >= doc.page.maxY()) {
      doc.continueOnNewPage();
      y = doc.page.margins.top;
    }

    const tr = doc.struct('TR');
    (tr as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.ID = new String(`${id}-${r}`);
    table.add(tr);
    let rowHeader: String | undefined;
    for (let c = 0; c < row.length; c++) {
      const head = isHeader(c);
      const cellId = new String(`${id}-${r}-${c}`);
      const type = head ? 'TH' : 'TD';
      const content = doc.markStructureContent(type);
      const w = o.widths[c];
      if (head) doc.save().fillColor(background).rect(xs[c], y, w, height).fill().restore();
      doc.save().lineWidth(border).strokeColor(borderColor).rect(xs[c], y, w, height).stroke().restore();
      const b = bounds[c];
      if (b) {
        doc.font(head ? o.headerFont : o.bodyFont);
        doc.save().rect(xs[c] + pad, y + pad, w - 2 * pad, height - 2 * pad).clip();
        doc.fillColor('black').strokeColor('black');
        doc.text(row[c], xs[c] + pad, y + pad, { align: 'left', ellipsis: true, stroke: false, fill: true, width: b.width, height: b.height, rotation: 0 } as PDFKit.Mixins.TextOptions);
        doc.restore();
      }
      doc.endMarkedContent();
      const attributes: Record<string, unknown> = { O: 'Table' };
      if (head) {
        const scope = o.headers === 'first-row' ? 'Column' : 'Row';
        attributes.Scope = scope;
        if (scope === 'Column') columnHeaders[c] = cellId;
        else rowHeader = cellId;
      } else {
        const headers = o.headers === 'first-row' ? columnHeaders[c] : rowHeader;
        if (headers) attributes.Headers = [headers];
      }
      const cell = doc.struct(type);
      const data = (cell as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
      data.ID = cellId;
      data.A = attributes;
      cell.add(content as unknown as PDFKit.PDFStructureElement);
      tr.add(cell);
      cell.end();
    }
    tr.end();
    y += height;
  }
  table.end();
  doc.font(prevSource, prevFamily, prevSize);
  doc.x = o.x;
  doc.y = y;
}
