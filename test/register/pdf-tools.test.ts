import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { createPdf, pdfToBuffer } from '../../generators/pdf/document.ts';
import { drawTable } from '../../generators/pdf/table.ts';

function tableDoc(toBuffer: boolean) {
  const doc = createPdf({ title: 'T', lang: 'sv', date: '2025-01-01', toBuffer });
  const sect = doc.struct('Sect');
  doc.addStructure(sect);
  const rows = [['Namn', 'Värde'], ...Array.from({ length: 80 }, (_, i) => [`rad ${i}`, `värde ${i} `.repeat((i % 7) + 1)])];
  drawTable(doc, { structParent: sect, x: 64, y: 64, widths: [100, 300], rows, headers: 'first-row', fontSize: 8, headerFont: 'bold', bodyFont: 'body' });
  sect.end();
  return doc;
}

/** Uncompressed PDF source: object dictionaries plus inflated streams. */
function source(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      return '';
    }
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

/** Text that exercises kerning, ligatures, tabs, wrapping, three fonts, many pages and a table. */
function sampleDoc(speedups: boolean) {
  const doc = createPdf({ title: 'Prov', lang: 'sv', date: '2025-01-01', toBuffer: speedups, speedups });
  const sect = doc.struct('Sect');
  doc.addStructure(sect);
  doc.font('bold').fontSize(16).text('Registerutdrag — Åsa Öberg, AVTAL WA To Ty');
  doc.font('body').fontSize(10);
  for (let i = 0; i < 80; i++) {
    doc.text(`Stycke ${i}: Vi behandlar\tuppgifter om dig enligt lag (2025:400), office ﬁ fly Tåg Väg «citat» ${'ord '.repeat(i % 17)}slut.`, { paragraphGap: 4 });
  }
  doc.font('italic').text('Kursiv text sist, med ÅÄÖ åäö é ü.');
  const rows = [['Namn', 'Värde'], ...Array.from({ length: 30 }, (_, i) => [`rad ${i}`, `värde ${i} `.repeat((i % 5) + 1)])];
  drawTable(doc, { structParent: sect, x: 64, y: doc.y, widths: [100, 300], rows, headers: 'first-row', fontSize: 8, headerFont: 'bold', bodyFont: 'body' });
  sect.end();
  return doc;
}

describe('createPdf speed-ups', () => {
  // They replace pdfkit internals (layout, glyph encoding, content and output buffering):
  // the bytes must be exactly plain pdfkit's. This also guards a pdfkit upgrade.
  it('give the same bytes as plain pdfkit, also with warm shared caches', async () => {
    for (let round = 0; round < 2; round++) {
      const fast = await pdfToBuffer(sampleDoc(true));
      const plain = await pdfToBuffer(sampleDoc(false));
      expect(fast.length).toBeGreaterThan(10_000);
      expect(fast.equals(plain)).toBe(true);
    }
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

describe('renderBlocks contents', () => {
  it('prints the page of each heading, found in the same pass', async () => {
    const { renderBlocks } = await import('../../generators/pdf/layout.ts');
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const doc = createPdf({ title: 'T', lang: 'sv', date: '2025-01-01', toBuffer: true });
    const parts = ['Alfa', 'Beta', 'Gamma'];
    const result = renderBlocks(doc, [
      { kind: 'h1', text: 'Titel' },
      {
        kind: 'contents',
        fontSize: 10,
        columns: [
          { label: 'Del', width: 10 },
          { label: 'Sida', width: 1 },
        ],
        rows: parts.map((p) => [p, p.toLowerCase()]),
      },
      ...parts.flatMap((p, i) => [{ kind: 'pagebreak' as const }, ...Array.from({ length: i }, () => ({ kind: 'pagebreak' as const })), { kind: 'h1' as const, text: p, id: p.toLowerCase() }]),
    ]);
    expect([...result.headingPages.values()]).toEqual([2, 4, 7]);
    const file = `${mkdtempSync('/tmp/contents-')}/c.pdf`;
    writeFileSync(file, await pdfToBuffer(doc));
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' });
    for (const [p, n] of [
      ['Alfa', 2],
      ['Beta', 4],
      ['Gamma', 7],
    ] as const)
      expect(first).toMatch(new RegExp(`${p}\\s+${n}\\s*$`, 'm'));
  });
});
