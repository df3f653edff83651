import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { createPdf, pdfToBuffer } from '../../generators/pdf/document.ts';
import { drawTable } from '../../generators/pdf/table.ts';

function tableDoc(toBuffer: boolean) {
  const doc = createPdf({ title: 'T', lang: 'sv', date: '2025-01-01', toBuffer });
  const sect = doc.struct('Sect');
  doc.addStructure(sect);
  const rows = [['Namn', 'Värde'], ...Array.from({ length: 80 }, (_, i) => [`rad ${i}`, `värde ${i} `.repeat(i % 7 + 1)])];
  drawTable(doc, { structParent: sect, x: 64, y: 64, widths: [100, 300], rows, headers: 'first-row', fontSize: 8, headerFont: 'bold', bodyFont: 'body' });
  sect.end();
  return doc;
}

/** Uncompressed PDF source: object dictionaries plus inflated streams. */
function source(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    try { return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1'); } catch { return ''; }
  });
  return raw + streams.join('\n');
}

describe('createPdf toBuffer', () => {
  it('gives the same bytes as reading the stream, header included', async () => {
    const a = await pdfToBuffer(tableDoc(true));
    const b = await pdfToBuffer(tableDoc(false));
    expect(a.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(a.equals(b)).toBe(true);
  });
});

describe('drawTable', () => {
  it('tags a header row and data cells, breaks pages between rows, and is deterministic', async () => {
    const pdf = await pdfToBuffer(tableDoc(true));
    const src = source(pdf);
    expect(src).toContain('/S /Table');
    expect(src).toContain('/S /TR');
    expect(src.match(/\/S \/TH/g)?.length).toBe(2);
    expect(src.match(/\/S \/TD/g)?.length).toBe(160);
    expect(src).toContain('/Scope /Column');
    expect(src).toMatch(/\/Headers \[\(table-\d+-0-1\)\]/);
    expect(src.match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(1);
    expect(pdf.equals(await pdfToBuffer(tableDoc(true)))).toBe(true);
  });
});
