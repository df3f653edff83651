/**
 * The part of pdfkit 0.20 this project uses, typed as it behaves at run time
 * (`@types/pdfkit` describes 0.17: no `font: null`, structure content not
 * accepted by `add`, a parsed fontkit font not accepted as a font source).
 * Members starting with `_` and `Internal*` types are pdfkit internals that
 * `generators/pdf/` reads or replaces; pdfkit is pinned to an exact version, and
 * `test/register/pdf-tools.test.ts` checks the replacements against plain pdfkit.
 */
declare namespace PDFKit {
  type Colour = string | [number, number, number];
  /** A font file path, its bytes, or a font parsed by fontkit. */
  type FontSource = string | Uint8Array | ArrayBuffer | { layout: (...args: never[]) => unknown };

  interface PDFDocumentOptions {
    size?: string | [number, number];
    layout?: 'portrait' | 'landscape';
    margin?: number;
    margins?: { top: number; bottom: number; left: number; right: number };
    tagged?: boolean;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7' | '1.7ext3';
    subset?: 'PDF/A-1' | 'PDF/A-1a' | 'PDF/A-1b' | 'PDF/A-2' | 'PDF/A-2a' | 'PDF/A-2b' | 'PDF/A-3' | 'PDF/A-3a' | 'PDF/A-3b' | 'PDF/UA';
    bufferPages?: boolean;
    autoFirstPage?: boolean;
    compress?: boolean;
    /** null: no default font (pdfkit would otherwise load Helvetica's metrics). */
    font?: string | null;
    info?: { Title?: string; Author?: string; Subject?: string; Keywords?: string; Producer?: string; Creator?: string; CreationDate?: Date; ModDate?: Date };
    userPassword?: string;
    ownerPassword?: string;
    permissions?: {
      printing?: 'lowResolution' | 'highResolution';
      modifying?: boolean;
      copying?: boolean;
      annotating?: boolean;
      fillingForms?: boolean;
      contentAccessibility?: boolean;
      documentAssembly?: boolean;
    };
  }

  namespace Mixins {
    interface TextOptions {
      width?: number;
      height?: number;
      align?: 'left' | 'center' | 'right' | 'justify';
      baseline?: string | number;
      continued?: boolean;
      ellipsis?: boolean | string;
      lineBreak?: boolean;
      lineGap?: number;
      paragraphGap?: number;
      indent?: number;
      characterSpacing?: number;
      wordSpacing?: number;
      columns?: number;
      columnGap?: number;
      link?: string | null;
      underline?: boolean;
      strike?: boolean;
      oblique?: boolean | number;
      fill?: boolean;
      stroke?: boolean;
      rotation?: number;
      features?: string[];
      destination?: string;
      goTo?: string;
      /** The parent structure element of the text (with structType, pdfkit tags it). */
      structParent?: PDFStructureElement;
      structType?: string;
    }
  }

  interface MarkingOptions {
    type?: 'Pagination' | 'Layout' | 'Page';
    bbox?: [number, number, number, number];
    attached?: string[];
    lang?: string;
    alt?: string;
    expanded?: string;
    actual?: string;
  }

  interface PDFPage {
    width: number;
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
    /** The height text may use: the page minus its top and bottom margins. */
    contentHeight: number;
    /** The lowest y text may reach. */
    maxY(): number;
    dictionary: InternalDict;
    content: InternalContent;
    markings: unknown[];
  }

  interface PDFOutline {
    addItem(title: string, options?: { expanded?: boolean }): PDFOutline;
  }

  /** A marked-content sequence, as `markStructureContent` returns it: a child of a structure element. */
  interface PDFStructureContent {
    refs: { pageRef: InternalDict; mcid: number }[];
  }

  interface PDFStructureElement {
    dictionary: InternalDict;
    add(child: PDFStructureElement | PDFStructureContent | (() => void)): this;
    end(): void;
  }

  type NodeReadable = import('node:stream').Readable;
  interface PDFDocument extends NodeReadable {
    page: PDFPage;
    x: number;
    y: number;
    outline: PDFOutline;

    addPage(options?: Partial<PDFDocumentOptions>): this;
    continueOnNewPage(): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(n: number): PDFPage;
    end(): this;

    registerFont(name: string, src: FontSource, family?: string): this;
    font(src: FontSource, size?: number): this;
    font(src: FontSource, family: string | null | undefined, size?: number): this;
    fontSize(size: number): this;
    currentLineHeight(includeGap?: boolean): number;

    text(text: string, options?: Mixins.TextOptions): this;
    text(text: string, x?: number, y?: number, options?: Mixins.TextOptions): this;
    widthOfString(text: string, options?: Mixins.TextOptions): number;
    heightOfString(text: string, options?: Mixins.TextOptions): number;
    boundsOfString(text: string, x?: number, y?: number, options?: Mixins.TextOptions): { x: number; y: number; width: number; height: number };
    moveDown(lines?: number): this;
    moveUp(lines?: number): this;

    fillColor(colour: Colour, opacity?: number): this;
    strokeColor(colour: Colour, opacity?: number): this;
    opacity(opacity: number): this;
    lineWidth(width: number): this;
    save(): this;
    restore(): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    rect(x: number, y: number, w: number, h: number): this;
    circle(x: number, y: number, radius: number): this;
    fill(colour?: Colour): this;
    clip(rule?: 'even-odd' | 'non-zero'): this;
    stroke(colour?: Colour): this;
    fillAndStroke(fill?: Colour, stroke?: Colour): this;
    link(x: number, y: number, w: number, h: number, url: string, options?: object): this;
    annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): this;
    /** A link annotation to the named destination `name` (pdfkit gives it no structure parent; structure.ts does). */
    goTo(x: number, y: number, w: number, h: number, name: string, options?: { structParent?: PDFStructureElement }): this;
    /** A named destination on the current page; 'XYZ' takes left, top (pdfkit's y, from the top) and zoom (null: unchanged). */
    addNamedDestination(name: string, fit?: 'XYZ', left?: number, top?: number, zoom?: null): void;

    initForm(): this;
    formText(name: string, x: number, y: number, w: number, h: number, options?: FormFieldOptions): this;
    formCheckbox(name: string, x: number, y: number, w: number, h: number, options?: FormFieldOptions): this;
    /** A new indirect object; `end(data)` writes its stream. */
    ref(data: Record<string, unknown>): InternalRef;

    struct(
      type: string,
      options?: { alt?: string; actual?: string; expanded?: string; lang?: string; title?: string },
      children?: (PDFStructureElement | PDFStructureContent | (() => void))[],
    ): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    markContent(tag: string, options?: MarkingOptions): this;
    markStructureContent(tag: string, options?: MarkingOptions): PDFStructureContent;
    endMarkedContent(): this;
    endMarkings(): void;

    // Internals (pdfkit 0.20), read or replaced by generators/pdf/.
    _font: InternalFont | null;
    _fontSource: FontSource;
    _fontFamily: string | null | undefined;
    _fontSize: number;
    _fillColor?: [Colour, number];
    _currentStructureElement?: PDFStructureElement;
    _tableIndex: number;
    _offset: number;
    _write(data: unknown): void;
  }

  interface FormFieldOptions {
    multiline?: boolean;
    align?: 'left' | 'center' | 'right';
    value?: string;
    required?: boolean;
    readOnly?: boolean;
  }
  interface InternalRef {
    end(data?: string | Uint8Array): void;
  }

  interface InternalDict {
    data: Record<string, unknown>;
  }
  /** A page's content stream: pdfkit keeps its chunks until the page ends. */
  interface InternalContent {
    buffer: Uint8Array[];
    write(chunk: unknown): void;
    finalize(): void;
  }
  /** pdfkit's EmbeddedFont: `font` is the fontkit font. */
  interface InternalFont {
    font?: object;
    encode(text: string, features?: unknown): [string[], object[]];
  }
}

declare module 'pdfkit' {
  const PDFDocument: new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;
  export default PDFDocument;
}
