/**
 * A light tagged table for our pdfkit documents (Table/TR/TH/TD with header
 * scope and headers), drawn like pdfkit's own `doc.table` with our fixed
 * style: the same cell boxes, borders, header background, row page breaks and
 * text positions. pdfkit's table deep-merges styles for every cell and lays
 * each cell's text out five times (two measurements, each twice, then the
 * drawing); here a cell is measured once (and the measurement is shared by
 * the documents of the process) and drawn once.
 */
import { taggedParagraph, taggedText, type TaggedTextOptions } from './tagged-text.ts';

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
  /** null: no header background. */
  headerBackground?: string | null;
  /** Per row and column: the cell's text is a link to this named destination (see tagged-text.ts). */
  goTo?: readonly (readonly ({ name: string; label: string } | undefined)[] | undefined)[];
}

interface Bounds {
  width: number;
  height: number;
}

/**
 * Text bounds per parsed font and (size, width, height, text): a pure function
 * of those (lineGap stays 0 in our documents), repeated by the two passes of a
 * document with a table of contents and by the documents of a batch.
 */
const MEASURE_LIMIT = 100_000;
let measured = new WeakMap<object, Map<string, Bounds>>();
let measuredCount = 0;

function measure(doc: PDFKit.PDFDocument, text: string, width: number, height: number): Bounds {
  // createPdf sets a font before anything is drawn.
  const font = doc._font!.font ?? doc._font!;
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

const DATA = (e: PDFKit.PDFStructureElement) => e.dictionary.data;
const isHeader = (o: TagTableOptions, r: number, c: number) => (o.headers === 'first-row' ? r === 0 : c === 0);

/** Text bounds of each cell and the row height: its tallest cell, text limited to `limit` (one page, as pdfkit does). */
function measureRow(doc: PDFKit.PDFDocument, o: TagTableOptions, r: number, limit: number): { height: number; bounds: (Bounds | null)[] } {
  const pad = o.padding ?? 3;
  const row = o.rows[r]!;
  const bounds: (Bounds | null)[] = [];
  let height = 0;
  for (let c = 0; c < row.length; c++) {
    let b: Bounds | null = null;
    if (row[c]) {
      doc.font(isHeader(o, r, c) ? o.headerFont : o.bodyFont);
      b = measure(doc, row[c]!, o.widths[c]! - 2 * pad, limit - 2 * pad);
    }
    bounds.push(b);
    height = Math.max(height, (b?.height ?? 0) + 2 * pad);
  }
  return { height, bounds };
}

/** Height and top of row r, starting a new page (via `newPage`) when it does not fit below y. */
function placeRow(doc: PDFKit.PDFDocument, o: TagTableOptions, r: number, y: number, newPage: () => void) {
  let { height, bounds } = measureRow(doc, o, r, doc.page.contentHeight);
  if (height > doc.page.contentHeight) {
    // Taller than a page: clamped to the rest of this page, as pdfkit does.
    height = doc.page.maxY() - y;
    bounds = measureRow(doc, o, r, height).bounds;
  } else if (y + height >= doc.page.maxY()) {
    newPage();
    y = doc.page.margins.top;
  }
  return { y, height, bounds };
}

// String objects: pdfkit writes a String object as a PDF string ("(table-1)"), a plain string as a name ("/table-1").
interface TableState {
  // biome-ignore lint/complexity/noBannedTypes: a PDF string, see above.
  id: String;
  table: PDFKit.PDFStructureElement;
  xs: number[];
  // biome-ignore lint/complexity/noBannedTypes: PDF strings, see above.
  columnHeaders: String[];
}

function openTable(doc: PDFKit.PDFDocument, o: TagTableOptions): TableState {
  const id = new String(`table-${doc._tableIndex++}`);
  const table = doc.struct('Table');
  DATA(table).ID = id;
  o.structParent.add(table);
  const xs: number[] = [];
  let cx = o.x;
  for (const w of o.widths) xs.push(cx), (cx += w);
  return { id, table, xs, columnHeaders: [] };
}

/** Draws row r at (y, height): a TR of TH/TD cells, each box, border and text in its own marked content. */
function paintRow(doc: PDFKit.PDFDocument, o: TagTableOptions, t: TableState, r: number, y: number, height: number, bounds: (Bounds | null)[]): void {
  const pad = o.padding ?? 3;
  const row = o.rows[r]!;
  const tr = doc.struct('TR');
  DATA(tr).ID = new String(`${t.id}-${r}`);
  t.table.add(tr);
  // biome-ignore lint/complexity/noBannedTypes: a PDF string, see TableState.
  let rowHeader: String | undefined;
  for (let c = 0; c < row.length; c++) {
    const head = isHeader(o, r, c);
    const cellId = new String(`${t.id}-${r}-${c}`);
    const type = head ? 'TH' : 'TD';
    const cell = doc.struct(type);
    const x = t.xs[c]!;
    const w = o.widths[c]!;
    // Cell boxes and borders are decoration, not content.
    doc.markContent('Artifact', { type: 'Layout' } as never);
    if (head && o.headerBackground !== null)
      doc
        .save()
        .fillColor(o.headerBackground ?? '#e6eef0')
        .rect(x, y, w, height)
        .fill()
        .restore();
    doc
      .save()
      .lineWidth(o.border ?? 0.5)
      .strokeColor(o.borderColor ?? '#999999')
      .rect(x, y, w, height)
      .stroke()
      .restore();
    doc.endMarkedContent();
    const b = bounds[c];
    if (b) {
      doc.font(head ? o.headerFont : o.bodyFont);
      doc
        .save()
        .rect(x + pad, y + pad, w - 2 * pad, height - 2 * pad)
        .clip();
      doc.fillColor('black').strokeColor('black');
      // Wrapped at the width it was measured at (pdfkit's table wraps at the measured text's
      // own width, where a word and its trailing space may not fit and get split mid-word).
      // A cell of several lines gets one P per line, so its lines never run together when read.
      const lines = row[c]!.split('\n');
      let top = y + pad;
      for (const line of lines) {
        const goTo = o.goTo?.[r]?.[c];
        const options = {
          align: 'left',
          ellipsis: true,
          stroke: false,
          fill: true,
          width: w - 2 * pad,
          height: Math.max(b.height - (top - y - pad), 1),
          rotation: 0,
          ...(goTo && { linkTo: goTo }),
        } as TaggedTextOptions;
        if (lines.length === 1) taggedText(doc, cell, line, x + pad, top, options);
        else taggedParagraph(doc, cell, 'P', line, x + pad, top, options);
        top = doc.y;
      }
      doc.restore();
    }
    const attributes: Record<string, unknown> = { O: 'Table' };
    if (head) {
      const scope = o.headers === 'first-row' ? 'Column' : 'Row';
      attributes.Scope = scope;
      if (scope === 'Column') t.columnHeaders[c] = cellId;
      else rowHeader = cellId;
    } else {
      const headers = o.headers === 'first-row' ? t.columnHeaders[c] : rowHeader;
      if (headers) attributes.Headers = [headers];
    }
    DATA(cell).ID = cellId;
    DATA(cell).A = attributes;
    tr.add(cell);
    cell.end();
  }
  tr.end();
}

/**
 * The current end of the page's content stream, with every marked-content
 * sequence closed (so content put here later is not nested in one) and
 * pending operators written out.
 */
function contentMark(doc: PDFKit.PDFDocument): number {
  while (doc.page.markings.length) doc.endMarkedContent();
  // An empty chunk flushes operators batched by createPdf's speed-ups; it adds no bytes.
  doc.page.content.write(new Uint8Array(0));
  return doc.page.content.buffer.length;
}

/** Moves the page content written since `since` to index `to`; returns how many chunks moved. */
function moveContent(doc: PDFKit.PDFDocument, since: number, to: number): number {
  const end = contentMark(doc);
  const buffer = doc.page.content.buffer;
  const chunks = buffer.splice(since, end - since);
  buffer.splice(to, 0, ...chunks);
  return chunks.length;
}

/** Runs `f` with the document's font restored afterwards (the table switches fonts per cell). */
function keepingFont<T>(doc: PDFKit.PDFDocument, f: () => T): T {
  const { _fontSource, _fontFamily, _fontSize } = doc;
  const result = f();
  doc.font(_fontSource, _fontFamily, _fontSize);
  return result;
}

/**
 * Column widths where every word fits on one line: a column narrower than its
 * longest word gets the width from columns with room to spare, so no word is
 * broken in the middle (a reader would see "Integritetsskyddsmyn digheten").
 * When the words cannot all fit, the widths stay as asked.
 */
/** Spaces a line may break at (not the no-break spaces U+00A0, U+202F). */
const BREAKABLE = /[ \t\n\r\u2000-\u200a]+/;

export function fitColumns(doc: PDFKit.PDFDocument, o: TagTableOptions): TagTableOptions {
  const pad = o.padding ?? 3;
  doc.fontSize(o.fontSize);
  // Widest word per column at the table's font size (pdfkit's line breaking measures a word with the space after it).
  const word = o.widths.map(() => 0);
  o.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || c >= word.length) return;
      doc.font(isHeader(o, r, c) ? o.headerFont : o.bodyFont);
      // Only breakable spaces separate words: a no-break space ("17\u00a0§") keeps its neighbours on one line.
      for (const w of cell.split(BREAKABLE)) if (w) word[c] = Math.max(word[c]!, doc.widthOfString(`${w} `));
    }),
  );
  // A smaller font, down to 6.5 pt, when the words cannot fit at the asked size.
  for (let size = o.fontSize; size >= 6.5; size -= 0.5) {
    const need = word.map((w) => (w * size) / o.fontSize + 2 * pad + 1);
    const short = need.map((n, c) => Math.max(0, n - o.widths[c]!));
    const deficit = short.reduce((a, b) => a + b, 0);
    if (!deficit) return size === o.fontSize ? o : { ...o, fontSize: size };
    const spare = o.widths.map((w, c) => Math.max(0, w - need[c]!));
    const room = spare.reduce((a, b) => a + b, 0);
    if (room < deficit) continue;
    const widths = o.widths.map((w, c) => (short[c]! > 0 ? need[c]! : w - (spare[c]! / room) * deficit));
    return { ...o, widths, fontSize: size };
  }
  return hyphenateLong(doc, o);
}

/**
 * Last resort when the words cannot all fit: a word wider than its column is
 * split where it must break, with a hyphen ("Integritetsskydds- myndigheten"),
 * so the reader sees a hyphenated word, never one cut without a mark.
 */
function hyphenateLong(doc: PDFKit.PDFDocument, o: TagTableOptions): TagTableOptions {
  const pad = o.padding ?? 3;
  doc.fontSize(o.fontSize);
  const rows = o.rows.map((row, r) =>
    row.map((cell, c) => {
      if (!cell || c >= o.widths.length) return cell;
      doc.font(isHeader(o, r, c) ? o.headerFont : o.bodyFont);
      const max = o.widths[c]! - 2 * pad - 1;
      const fits = (w: string) => doc.widthOfString(`${w} `) <= max;
      return cell
        .split(new RegExp(`(${BREAKABLE.source})`))
        .map((w) => {
          if (!w.trim() || fits(w)) return w;
          // A glued group that cannot fit is split at its own no-break spaces first.
          if (/[\u00a0\u202f]/.test(w)) return w.replace(/[\u00a0\u202f]/g, ' ');
          const parts: string[] = [];
          let rest = w;
          while (!fits(rest) && rest.length > 3) {
            let n = rest.length - 1;
            while (n > 2 && !fits(`${rest.slice(0, n)}-`)) n--;
            parts.push(`${rest.slice(0, n)}-`);
            rest = rest.slice(n);
          }
          return [...parts, rest].join(' ');
        })
        .join('');
    }),
  );
  return { ...o, rows };
}

/** Draws the table from (x, y), breaking pages between rows; leaves doc.y below it. */
export function drawTable(doc: PDFKit.PDFDocument, o0: TagTableOptions): void {
  keepingFont(doc, () => {
    const o = fitColumns(doc, o0);
    const t = openTable(doc, o);
    let y = o.y;
    doc.fontSize(o.fontSize);
    for (let r = 0; r < o.rows.length; r++) {
      const placed = placeRow(doc, o, r, y, () => doc.continueOnNewPage());
      paintRow(doc, o, t, r, placed.y, placed.height, placed.bounds);
      y = placed.y + placed.height;
    }
    t.table.end();
    doc.x = o.x;
    doc.y = y;
  });
}

/** Per page: where filled rows were put (positions in the content as laid out) and how many chunks each added. */
const INSERTED = new WeakMap<object, { at: number; chunks: number }[]>();

/** Space held for a table drawn later: where each row goes. */
export interface ReservedTable {
  options: TagTableOptions;
  /** `at`: the place in the page's content stream where the row's drawing is put, so content order is reading order. */
  rows: { page: number; y: number; height: number; at: number }[];
  /** The (still empty) Table element, already in its place in the structure tree. */
  state: TableState;
}

/**
 * Lays out the table from (x, y) like drawTable, adding the pages it needs,
 * but draws nothing: fillReservedTable draws it later with the final texts
 * (e.g. a table of contents whose page numbers are known only at the end).
 * The final texts must take the same height as these (placeholders of the same width).
 */
export function reserveTable(doc: PDFKit.PDFDocument, o0: TagTableOptions): ReservedTable {
  return keepingFont(doc, () => {
    const o = fitColumns(doc, o0);
    const rows: ReservedTable['rows'] = [];
    const state = openTable(doc, o);
    let y = o.y;
    doc.fontSize(o.fontSize);
    for (let r = 0; r < o.rows.length; r++) {
      const placed = placeRow(doc, o, r, y, () => doc.continueOnNewPage());
      const range = doc.bufferedPageRange();
      rows.push({ page: range.start + range.count - 1, y: placed.y, height: placed.height, at: contentMark(doc) });
      y = placed.y + placed.height;
    }
    doc.x = o.x;
    doc.y = y;
    return { options: o, rows, state };
  });
}

/**
 * Draws a reserved table with its final rows (same count as reserved) into
 * the space held for it, and returns to the last page. The reserved
 * structParent must still be open (its Table element is ended only now).
 */
export function fillReservedTable(doc: PDFKit.PDFDocument, reserved: ReservedTable, rows: readonly (readonly string[])[], goTo?: TagTableOptions['goTo']): void {
  const o = { ...reserved.options, rows, goTo };
  if (rows.length !== reserved.rows.length) throw new Error('fillReservedTable: row count differs from the reserved table');
  const { x, y } = doc;
  keepingFont(doc, () => {
    const t = reserved.state;
    doc.fontSize(o.fontSize);
    for (let r = 0; r < rows.length; r++) {
      const place = reserved.rows[r]!;
      doc.switchToPage(place.page);
      const before = contentMark(doc);
      paintRow(doc, o, t, r, place.y, place.height, measureRow(doc, o, r, doc.page.contentHeight).bounds);
      // Drawn at the end of the page's content, read where it stands: move it to its reserved place,
      // after what this or another reserved table of the page has already put at or before it.
      let inserted = INSERTED.get(doc.page.dictionary);
      if (!inserted) INSERTED.set(doc.page.dictionary, (inserted = []));
      const offset = inserted.reduce((sum, i) => (i.at <= place.at ? sum + i.chunks : sum), 0);
      inserted.push({ at: place.at, chunks: moveContent(doc, before, place.at + offset) });
    }
    t.table.end();
  });
  const range = doc.bufferedPageRange();
  doc.switchToPage(range.start + range.count - 1);
  doc.x = x;
  doc.y = y;
}
