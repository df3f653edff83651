/**
 * A register extract per language for any organisation: a fictional request
 * to the first company that controls an activity, for that activity's groups,
 * holding one value per data category. Composed always; drawn as a PDF when asked.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { composeExtract } from '../../generators/extract/compose.ts';
import { renderExtract } from '../../generators/extract/render.ts';
import { ExtractRequestSchema } from '../../generators/extract/schema.ts';
import { blocksDoc, pdfDoc, type TextDoc } from './extract.ts';

async function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function extractDocs(model: Model, name: string, options: { pdf?: boolean } = {}): Promise<TextDoc[]> {
  const first = model.activities[0]!;
  const entity = first.controllers[0]!;
  const subjects = first.subjects;
  const activities = model.activities.filter((a) => a.controllers.includes(entity) && a.subjects.some((s) => subjects.includes(s)));
  const categories = [...new Set(activities.flatMap((a) => a.dataCategories))];
  const docs: TextDoc[] = [];
  for (const lang of model.locales) {
    const request = ExtractRequestSchema.parse({
      person: { name: 'Testa Testsson', personnummer: '19121212-1212', address: { street: 'Påhittade vägen 4', postalCode: '123 45', city: 'Exempelstad' } },
      request: { reference: 'REF-2026-9999', received: '2026-03-02', channel: 'letter', language: lang, delivery: 'post', answered: '2026-03-24' },
      entity,
      subjects,
      data: categories.map((category) => ({ category, values: { [lang === 'sv' ? 'Uppgift' : 'Item']: 'Exempel' } })),
    });
    const d = composeExtract({ model, request, activities, lang });
    docs.push(blocksDoc(`${name}:extract.${lang} (blocks)`, d.blocks, lang));
    if (options.pdf) {
      const dir = mkdtempSync(path.join(tmpdir(), 'gdpr-text-extract-'));
      try {
        const file = path.join(dir, `extract.${lang}.pdf`);
        writeFileSync(file, await pdfBytes(renderExtract(d)));
        docs.push(pdfDoc(file, `${name}:extract.${lang}.pdf`, lang));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  return docs;
}
