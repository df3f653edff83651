// fontkit ships no types; we parse fonts once and hand them to pdfkit (see generators/pdf/document.ts).
declare module 'fontkit' {
  export interface Glyph {
    _decode(): unknown;
  }
  export interface Font {
    layout(text: string, features?: unknown): unknown;
    getGlyph(id: number, codePoints?: number[]): Glyph | null;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
