import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export const tmpDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `gdpr-import-${prefix}-`));
export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
export const EXAMPLE = path.resolve(import.meta.dirname, '../../content');

/** Every file under a folder with its bytes: to prove a failed import changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A small workbook from rows of cell values, written to a temp file. */
export async function workbookFile(rows: ExcelJS.CellValue[][], opts: { sheet?: string; merge?: [number, number, number, number][]; extraSheets?: string[] } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of opts.extraSheets ?? []) wb.addWorksheet(s);
  const ws = wb.addWorksheet(opts.sheet ?? 'Register');
  for (const r of rows) ws.addRow(r);
  for (const m of opts.merge ?? []) ws.mergeCells(...m);
  const file = path.join(tmpDir('wb'), 'register.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}
