/**
 * The one way outputs create a PDF: tagged (structure tree, language, title,
 * display title), with DejaVu Sans embedded as a subset (covers å, ä, ö),
 * and fixed dates so the same content gives the same bytes.
 */
import PDFDocument from 'pdfkit';
import { create as createFont, type Font, type Glyph } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { completeStructure } from './structure.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = {
  regular: path.join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSans-Oblique.ttf'),
} as const;

/**
 * Parsed fonts, shared by every document of the process: parsing and decoding
 * a TrueType font dominates the cost of a small PDF, and pdfkit accepts a parsed
 * fontkit font. Each document still embeds its own subset.
 */
let parsedFonts: Record<keyof typeof FONTS, Font> | null = null;
function fonts() {
  parsedFonts ??= {
    regular: memoiseGlyphOutlines(createFont(readFileSync(FONTS.regular))),
    bold: memoiseGlyphOutlines(createFont(readFileSync(FONTS.bold))),
    italic: memoiseGlyphOutlines(createFont(readFileSync(FONTS.italic))),
  };
  return parsedFonts;
}

/**
 * Every document's font subset decodes each glyph it embeds again; the decoded
 * outline of a glyph never changes (fontkit caches the glyph objects, and
 * nothing here draws or varies outlines), so decode it once per process.
 */
function memoiseGlyphOutlines(font: Font): Font {
  const getGlyph = font.getGlyph.bind(font);
  const done = new WeakSet<Glyph>();
  font.getGlyph = (id, chars) => {
    const g = getGlyph(id, chars);
    if (g && !done.has(g)) {
      done.add(g);
      const decode = g._decode.bind(g);
      let outline: unknown;
      let decoded = false;
      g._decode = () => (decoded ? outline : ((decoded = true), (outline = decode())));
    }
    return g;
  };
  return font;
}

/**
 * Word layouts (OpenType shaping, the bulk of drawing text) shared by the
 * documents of a process: pdfkit caches them per document, but every letter
 * repeats most of its words. Glyph ids are the same for one parsed font, and
 * pdfkit copies cached positions before changing them. Dropped every
 * LAYOUT_CACHE_DOCS documents so memory stays bounded in long batches.
 */
const LAYOUT_CACHE_DOCS = 200;
let layoutCaches = new WeakMap<object, Record<string, Run>>();
let docsSinceReset = 0;

type Glyph2 = { id: number; advanceWidth: number; codePoints?: number[] };
type Run = { advanceWidth: number; glyphs: Glyph2[]; positions: object[] };
type Layout = { glyphs: Glyph2[] | null; positions: object[] | null; advanceWidth: number };
type EmbeddedFont = {
  font?: object;
  scale: number;
  subset: { includeGlyph: (id: number) => number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  layoutCache?: Record<string, Run>;
  layoutRun: (text: string, features?: unknown) => Run;
  layoutCached: (text: string) => Run;
  layout: (text: string, features?: unknown, onlyWidth?: boolean) => Layout;
  encode: (text: string, features?: unknown) => [string[], object[]];
};
const SHARED = Symbol('shared layout cache');

function shareLayoutCache(doc: PDFKit.PDFDocument): void {
  if (++docsSinceReset > LAYOUT_CACHE_DOCS) {
    layoutCaches = new WeakMap();
    docsSinceReset = 1;
  }
  // pdfkit creates a font object per document on first use; give it the shared cache then.
  const open = doc.font.bind(doc) as (...a: unknown[]) => unknown;
  doc.font = ((...args: unknown[]) => {
    open(...args);
    const f = doc._font as (EmbeddedFont & { [SHARED]?: true }) | null;
    if (f?.font && f.layoutCache && !f[SHARED]) {
      f[SHARED] = true;
      let shared = layoutCaches.get(f.font);
      if (!shared) layoutCaches.set(f.font, (shared = Object.create(null) as Record<string, Run>));
      const cache = shared;
      f.layoutCached = (text: string) => {
        let run = cache[text];
        if (!run) {
          run = f.layoutRun(text);
          // fontkit sums the glyph advances on every read of advanceWidth; a cached run is read often.
          Object.defineProperty(run, 'advanceWidth', { value: run.advanceWidth });
          cache[text] = run;
        }
        return run;
      };
      f.layout = fastLayout;
      f.encode = fastEncode;
    }
    return doc;
  }) as typeof doc.font;
}

/**
 * pdfkit's EmbeddedFont.layout, without its per-word array concatenation
 * (quadratic in the words of a line) and per-character array literal: the
 * text is cut after each space or tab and the cached runs are appended.
 */
function fastLayout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): Layout {
  if (features) return this.layoutRun(text, features);
  const glyphs: Glyph2[] | null = onlyWidth ? null : [];
  const positions: object[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 32 || c === 9 || (i === n && last < n)) {
      const run = this.layoutCached(text.slice(last, i + 1));
      if (glyphs && positions) {
        for (const g of run.glyphs) glyphs.push(g);
        for (const p of run.positions) positions.push(p);
      }
      advanceWidth += run.advanceWidth;
      last = i + 1;
    }
  }
  return { glyphs, positions, advanceWidth };
}

const HEX = Symbol('glyph hex');
/**
 * pdfkit's EmbeddedFont.encode, remembering per document font the subset's hex
 * code of each glyph once its width and code points are recorded (pdfkit only
 * records them the first time), instead of redoing that for every glyph drawn.
 */
function fastEncode(this: EmbeddedFont & { [HEX]?: Map<number, string> }, text: string, features?: unknown): [string[], object[]] {
  const { glyphs, positions } = this.layout(text, features) as { glyphs: Glyph2[]; positions: object[] };
  const hexes = (this[HEX] ??= new Map());
  const res: string[] = new Array(glyphs.length);
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i]!;
    let hex = hexes.get(glyph.id);
    if (hex === undefined) {
      const gid = this.subset.includeGlyph(glyph.id);
      hex = `0000${gid.toString(16)}`.slice(-4);
      if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
      if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
      if (this.widths[gid] != null && this.unicode[gid] != null) hexes.set(glyph.id, hex);
    }
    res[i] = hex;
  }
  return [res, positions];
}

export interface PdfOptions {
  title: string;
  lang: 'sv' | 'en';
  /** ISO date (YYYY-MM-DD) used as creation and modification date: never "now". */
  date: string;
  author?: string;
  subject?: string;
  layout?: 'portrait' | 'landscape';
  /** AES-256 encryption; the password must never come from the command line. */
  userPassword?: string;
  /**
   * The document is read only with pdfToBuffer (not piped): its chunks are then
   * kept in an array instead of Node's stream queue, which is slow for the
   * hundreds of thousands of small chunks pdfkit writes for a long document.
   */
  toBuffer?: boolean;
  /**
   * The speed-ups above replace pdfkit 0.20 internals and must give the same
   * bytes. Off only in the test that proves that (and to check a pdfkit upgrade).
   */
  speedups?: boolean;
}

const COLLECTED = Symbol('collected chunks');
type Collecting = { [COLLECTED]?: Uint8Array[] };

export function createPdf(opts: PdfOptions): PDFKit.PDFDocument {
  const date = new Date(`${opts.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.layout ?? 'portrait',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    tagged: true,
    lang: opts.lang === 'sv' ? 'sv-SE' : 'en-GB',
    displayTitle: true,
    pdfVersion: opts.userPassword ? '1.7ext3' : '1.7',
    // Declares PDF/UA-1 in the XMP metadata (pdfuaid:part); test/pdf-structure checks what that promises.
    subset: 'PDF/UA',
    bufferPages: true,
    autoFirstPage: true,
    // No default Helvetica: it would parse an AFM file per document and is never used.
    font: null,
    info: {
      Title: opts.title,
      Author: opts.author ?? '',
      Subject: opts.subject ?? '',
      Producer: 'gdpr-docs',
      Creator: 'gdpr-docs',
      CreationDate: date,
      ModDate: date,
    },
    ...(opts.userPassword ? { userPassword: opts.userPassword, ownerPassword: opts.userPassword, permissions: { printing: 'highResolution' as const, copying: true } } : {}),
  });
  completeStructure(doc);
  if (!(opts.speedups ?? true)) {
    // Plain pdfkit: it reads and parses each font file itself, nothing of it replaced.
    doc.registerFont('body', FONTS.regular);
    doc.registerFont('bold', FONTS.bold);
    doc.registerFont('italic', FONTS.italic);
    doc.font('body');
    return doc;
  }
  shareLayoutCache(doc);
  const parsed = fonts();
  // The family repeats the name: pdfkit tables restore fonts as font(source, family), and
  // a string family makes that a cache hit instead of re-opening and comparing the font per cell.
  doc.registerFont('body', parsed.regular, 'body');
  doc.registerFont('bold', parsed.bold, 'bold');
  doc.registerFont('italic', parsed.italic, 'italic');
  doc.font('body');
  batchPageContent(doc);
  if (opts.toBuffer) {
    const chunks: Uint8Array[] = [];
    // The constructor has already queued the file header in the stream: take it first.
    for (let c = doc.read() as Uint8Array | null; c !== null; c = doc.read() as Uint8Array | null) chunks.push(c);
    (doc as Collecting)[COLLECTED] = chunks;
    // pdfkit writes every line of every object through _write(), each as its own byte array;
    // gather the text as one string instead (same bytes: pdfkit keeps the low byte, like latin1).
    let pending = '';
    const flush = () => {
      if (pending) chunks.push(Buffer.from(pending, 'latin1'));
      pending = '';
    };
    doc._write = (data) => {
      if (data instanceof Uint8Array) {
        flush();
        chunks.push(data);
        doc._offset += data.length;
      } else {
        const line = `${data}\n`;
        pending += line;
        doc._offset += line.length;
      }
    };
    // The end (null) still goes to the stream, which then emits 'end'.
    const push = doc.push.bind(doc);
    doc.push = (chunk: Uint8Array | null) => (chunk === null ? (flush(), push(null)) : (flush(), chunks.push(chunk as Uint8Array), true));
  }
  return doc;
}

/**
 * pdfkit converts every content operator of a page into its own byte array
 * (one per text run, colour, rectangle...) and joins them when the page ends.
 * Keep the operators as one string instead and convert it once; the bytes are
 * the same (operators are ASCII; pdfkit keeps the low byte of each code unit,
 * like latin1).
 */
function batchPageContent(doc: PDFKit.PDFDocument): void {
  const batch = (ref: PDFKit.InternalContent) => {
    const write = ref.write.bind(ref);
    const finalize = ref.finalize.bind(ref);
    let pending = '';
    const flush = () => {
      if (pending) write(Buffer.from(pending, 'latin1'));
      pending = '';
    };
    ref.write = (chunk) => {
      if (chunk instanceof Uint8Array) flush(), write(chunk);
      else pending += `${chunk}\n`;
    };
    ref.finalize = () => (flush(), finalize());
  };
  batch(doc.page.content);
  const addPage = doc.addPage.bind(doc);
  doc.addPage = (...args) => {
    addPage(...args);
    batch(doc.page.content);
    return doc;
  };
}

/** Collects the document into a Buffer. Call after all content is added; this ends the document. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = (doc as Collecting)[COLLECTED] ?? [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
