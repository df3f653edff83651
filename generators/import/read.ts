/**
 * Reads a register file (.xlsx or .csv) into plain grids of text cells. Every
 * cell keeps its address, so whatever is not understood later can point back
 * to "Sheet!C12". Files Excel cannot have written (encrypted, damaged, old
 * .xls, not a spreadsheet at all) are refused here with a message saying so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { bi, cellRef, ImportError, type Problem } from './problems.ts';
import { parseCsv } from './csv.ts';

/** Excel's own limit for the text of one cell. */
export const MAX_CELL_CHARS = 32_767;

export interface SheetCell {
  text: string;
  /** "Sheet!C12" */
  ref: string;
  row: number;
  column: number;
  /** How the text was obtained when it was not plain text. */
  kind?: 'formula' | 'date' | 'number' | 'formula-no-value' | 'error-value';
  /** The formula, for a formula cell. */
  formula?: string;
  /** Set when the cell is part of a merged range but not its top-left cell. */
  mergedInto?: string;
  /** The text of that range (its top-left cell): a heading merged down from a band above still names its column. */
  mergedText?: string;
  /** The merged range this cell starts, e.g. "A1:D1". */
  mergeRange?: { right: number; bottom: number };
}

export interface Sheet {
  name: string;
  /** rows[i] is the i-th non-empty row; cells by column number (1-based, sparse). */
  rows: { number: number; cells: Map<number, SheetCell> }[];
}

export interface Workbook {
  file: string;
  sheets: Sheet[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function fileProblem(file: string, sv: string, en: string, fixSv: string, fixEn: string): ImportError {
  return new ImportError([{ where: file, message: bi(sv, en), fix: bi(fixSv, fixEn) }]);
}

/** Reads and checks the file; throws ImportError listing every problem. */
export async function readWorkbook(filePath: string): Promise<Workbook> {
  const file = path.basename(filePath);
  let buf: Buffer;
  try {
    buf = readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw fileProblem(file, `Filen kan inte läsas (${code}).`, `The file cannot be read (${code}).`, 'Kontrollera sökvägen och att filen finns.', 'Check the path and that the file exists.');
  }
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return { file, sheets: [csvSheet(file, buf)] };
  if (buf.subarray(0, 8).equals(CFB)) {
    // An OLE container: either an encrypted .xlsx (Office wraps those in one) or an old binary .xls.
    const encrypted = buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw encrypted
      ? fileProblem(
          file,
          'Filen är lösenordsskyddad (krypterad) och kan inte läsas.',
          'The file is password-protected (encrypted) and cannot be read.',
          'Öppna den i Excel, ta bort lösenordet (Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm fältet) och spara igen.',
          'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear the field) and save again.',
        )
      : fileProblem(
          file,
          'Filen är i det gamla Excel-formatet .xls.',
          'The file is in the old Excel format .xls.',
          'Öppna den i Excel och spara som "Excel-arbetsbok (.xlsx)", eller exportera bladet som CSV.',
          'Open it in Excel and save as "Excel Workbook (.xlsx)", or export the sheet as CSV.',
        );
  }
  if (!buf.subarray(0, 4).equals(ZIP)) {
    throw fileProblem(
      file,
      'Filen är inte en Excel-fil (.xlsx) eller CSV-fil.',
      'The file is not an Excel (.xlsx) or CSV file.',
      'Spara registret i Excel som .xlsx eller som CSV (UTF-8) och importera den filen.',
      'Save the register from Excel as .xlsx or as CSV (UTF-8) and import that file.',
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw fileProblem(
      file,
      `Filen är skadad och kan inte läsas som .xlsx (${String((e as Error).message ?? e).split('\n')[0]}).`,
      `The file is damaged and cannot be read as .xlsx (${String((e as Error).message ?? e).split('\n')[0]}).`,
      'Öppna den i Excel (som ofta kan reparera filen) och spara igen, eller importera en säkerhetskopia.',
      'Open it in Excel (which can often repair it) and save again, or import a backup copy.',
    );
  }
  if (!wb.worksheets.length) {
    throw fileProblem(file, 'Arbetsboken har inga blad.', 'The workbook has no sheets.', 'Importera en arbetsbok med registret på ett blad.', 'Import a workbook with the register on a sheet.');
  }
  const problems: Problem[] = [];
  const sheets = wb.worksheets.map((ws) => excelSheet(ws, problems));
  if (problems.length) throw new ImportError(problems);
  return { file, sheets };
}

function tooLong(ref: string, length: number): Problem {
  const n = length.toLocaleString('sv-SE');
  return {
    where: ref,
    message: bi(`Cellen har ${n} tecken; en cell i Excel rymmer högst 32 767.`, `The cell holds ${length.toLocaleString('en-GB')} characters; an Excel cell holds at most 32,767.`),
    fix: bi('Korta texten i cellen, eller flytta den till ett dokument och hänvisa till det.', 'Shorten the text of the cell, or move it to a document and refer to that.'),
  };
}

/** The text of a cell value, and how it was obtained. */
function valueText(v: ExcelJS.CellValue): Pick<SheetCell, 'text' | 'kind' | 'formula'> {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') return { text: String(v), kind: 'number' };
  if (typeof v === 'boolean') return { text: v ? 'ja' : 'nej' };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10), kind: 'date' };
  if (typeof v === 'object') {
    if ('richText' in v) return { text: v.richText.map((r) => r.text).join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
      const formula = `=${f.formula ?? f.sharedFormula ?? ''}`;
      if (f.result === undefined || f.result === null) return { text: '', kind: 'formula-no-value', formula };
      const inner = typeof f.result === 'object' && f.result && 'error' in f.result ? { text: String((f.result as { error: string }).error) } : valueText(f.result as ExcelJS.CellValue);
      return { text: inner.text, kind: 'formula', formula };
    }
    if ('error' in v) return { text: String(v.error), kind: 'error-value' };
    if ('text' in v) return { text: String((v as { text: unknown }).text) };
  }
  return { text: String(v) };
}

function excelSheet(ws: ExcelJS.Worksheet, problems: Problem[]): Sheet {
  const rows: Sheet['rows'] = [];
  // Merged ranges, by their top-left cell: the master keeps the text, the rest point at it.
  const merges = new Map<string, { right: number; bottom: number }>();
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = range.split(':');
    const tl = ws.getCell(a!);
    const br = ws.getCell(b ?? a!);
    merges.set(tl.address, { right: Number(br.col), bottom: Number(br.row) });
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, SheetCell>();
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const ref = cellRef(ws.name, colNumber, rowNumber);
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) {
        cells.set(colNumber, { text: '', ref, row: rowNumber, column: colNumber, mergedInto: cell.master.address, mergedText: valueText(cell.master.value).text });
        return;
      }
      const t = valueText(cell.value);
      if (t.text.length > MAX_CELL_CHARS) problems.push(tooLong(ref, t.text.length));
      const mergeRange = merges.get(cell.address);
      if (!t.text.trim() && !t.kind && !mergeRange) return;
      cells.set(colNumber, { ...t, ref, row: rowNumber, column: colNumber, ...(mergeRange ? { mergeRange } : {}) });
    });
    if (cells.size) rows.push({ number: rowNumber, cells });
  });
  return { name: ws.name, rows };
}

function csvSheet(file: string, buf: Buffer): Sheet {
  const text = buf.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) {
    throw fileProblem(
      file,
      'Filen är inte en textfil (CSV).',
      'The file is not a text (CSV) file.',
      'Exportera registret från Excel som "CSV UTF-8" och importera den filen.',
      'Export the register from Excel as "CSV UTF-8" and import that file.',
    );
  }
  const name = path.basename(file, path.extname(file));
  const problems: Problem[] = [];
  const rows: Sheet['rows'] = [];
  parseCsv(text).forEach((values, i) => {
    const cells = new Map<number, SheetCell>();
    values.forEach((v, j) => {
      const ref = cellRef(name, j + 1, i + 1);
      if (v.length > MAX_CELL_CHARS) problems.push(tooLong(ref, v.length));
      if (v.trim()) cells.set(j + 1, { text: v, ref, row: i + 1, column: j + 1 });
    });
    if (cells.size) rows.push({ number: i + 1, cells });
  });
  if (problems.length) throw new ImportError(problems);
  return { name, rows };
}
