/** Exports of the record of processing: register.csv, register.xlsx and register.pdf. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Model } from '../../src/model/model.ts';
import { registerCsv } from './csv.ts';
import { registerXlsx } from './xlsx.ts';
import { registerPdf } from './pdf.ts';

// The record's rows and labels (src/record/), for callers that check the exports against them.
export { registerRows, registerTables } from '../../src/record/rows.ts';
export { REGISTER_LABELS } from '../../src/record/labels.ts';
export { registerCsv, parseCsv } from './csv.ts';
export { registerXlsx } from './xlsx.ts';
export { registerPdf } from './pdf.ts';

/** Writes the three files (Swedish) into outDir and returns their paths. */
export async function writeRegisterExports(model: Model, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const files: [string, string | Buffer][] = [
    ['register.csv', registerCsv(model, 'sv')],
    ['register.xlsx', await registerXlsx(model, 'sv')],
    ['register.pdf', await registerPdf(model, 'sv')],
  ];
  const written: string[] = [];
  for (const [name, data] of files) {
    const file = path.join(outDir, name);
    await writeFile(file, data);
    written.push(file);
  }
  return written;
}
