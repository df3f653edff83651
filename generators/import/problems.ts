/**
 * What the importer tells the user: problems that stop the import (nothing is
 * written) and notes about cells it read in a special way. Every message names
 * the file or the sheet and cell, in Swedish and English.
 */
export interface Bi {
  sv: string;
  en: string;
}

export interface Problem {
  /** "register.xlsx" or "Blad1!C12". */
  where: string;
  message: Bi;
  fix: Bi;
}

/** The import cannot go on; every problem found is listed at once. */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map((p) => `${p.where}: ${p.message.en}`).join('\n'));
    this.problems = problems;
  }
}

export const bi = (sv: string, en: string): Bi => ({ sv, en });

/** "Blad 1!C12": the way Excel itself names a cell; quoted when the sheet name has spaces. */
export function cellRef(sheet: string, column: number, row: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetters(column)}${row}`;
}

export function columnLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function formatProblems(problems: readonly Problem[], lang: 'sv' | 'en'): string {
  return problems.map((p) => `${p.where}: ${p.message[lang]}\n    → ${p.fix[lang]}`).join('\n') + '\n';
}
