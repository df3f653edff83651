/**
 * The floor for extracts: raw pdfkit writing `count` documents of comparable
 * text with the same embedded font, no structure tags, no templates.
 * Usage: node bench/pdfkit-baseline.ts <count> <outDir>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { FONTS } from '../generators/pdf/document.ts';

const [countArg, outDir] = process.argv.slice(2);
const count = Number(countArg);
mkdirSync(outDir!, { recursive: true });
const paragraph = 'Vi behandlar dina personuppgifter för att kunna ge dig stöd enligt lag och avtal. '.repeat(12);

for (let i = 0; i < count; i++) {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date(0) } });
  doc.registerFont('body', FONTS.regular);
  doc.font('body');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let p = 0; p < 4; p++) {
    doc.fontSize(16).text(`Registerutdrag ${i} — avsnitt ${p}`);
    for (let k = 0; k < 6; k++) doc.fontSize(10).text(paragraph, { paragraphGap: 6 });
    if (p < 3) doc.addPage();
  }
  doc.end();
  await done;
  writeFileSync(path.join(outDir!, `baseline-${i}.pdf`), Buffer.concat(chunks));
}
