/**
 * Every bad register gives one clear message naming the file or the sheet and
 * cell, and leaves the content folder exactly as it was.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../generators/import/index.ts';
import { formatProblems, ImportError } from '../../generators/import/problems.ts';
import { writeAtomically } from '../../generators/shared/stage.ts';
import { FIXTURES, snapshot, tmpDir, workbookFile } from './helpers.ts';

const HEAD = ['Personuppgiftsansvarig', 'Organisationsnummer', 'Behandling', 'Ändamål', 'Rättslig grund', 'Kategorier av personuppgifter', 'Gallring'];
const ROW = ['Omsorg i Norr AB', '556677-8899', 'Lön', 'Betala lön', 'Avtal', 'Namn, bankkonto', '7 år (bokföringslagen)'];

let content: string;
let before: Record<string, string>;
beforeEach(() => {
  // A content folder that already holds a file: a failed import must leave it untouched.
  content = path.join(tmpDir('bad'), 'content');
  mkdirSync(path.join(content, 'subjects'), { recursive: true });
  writeFileSync(path.join(content, 'subjects', 'anstallda.yaml'), 'name: Anställda\naudience: Du som arbetar hos oss\n');
  before = snapshot(content);
});

/** Runs the import, expects it to fail, and returns the Swedish and English messages. */
async function failure(file: string, extra: { map?: string } = {}): Promise<{ sv: string; en: string; problems: ImportError['problems'] }> {
  const e = await runImport({ file, content, lang: 'sv', today: '2026-12-01', ...extra }).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ImportError);
  expect(snapshot(content)).toEqual(before);
  expect(readdirSync(path.dirname(content))).toEqual(['content']); // no staging folder left behind
  const problems = (e as ImportError).problems;
  return { sv: formatProblems(problems, 'sv'), en: formatProblems(problems, 'en'), problems };
}

describe('files that are not a readable register', () => {
  it('password-protected workbook', async () => {
    const m = await failure(path.join(FIXTURES, 'password-protected.xlsx'));
    expect(m.sv).toContain('password-protected.xlsx: Filen är lösenordsskyddad (krypterad) och kan inte läsas.');
    expect(m.sv).toContain('ta bort lösenordet');
    expect(m.en).toContain('password-protected.xlsx: The file is password-protected (encrypted)');
  });

  it('corrupt workbook (a truncated .xlsx)', async () => {
    const good = readFileSync(await workbookFile([HEAD, ROW]));
    const file = path.join(tmpDir('corrupt'), 'trasig.xlsx');
    writeFileSync(file, good.subarray(0, Math.floor(good.length / 2)));
    const m = await failure(file);
    expect(m.sv).toContain('trasig.xlsx: Filen är skadad och kan inte läsas som .xlsx');
    expect(m.sv).toContain('Öppna den i Excel');
  });

  it('a file that is not Excel at all', async () => {
    const file = path.join(tmpDir('pdf'), 'register.xlsx');
    writeFileSync(file, '%PDF-1.7\n1 0 obj << >> endobj\n');
    const m = await failure(file);
    expect(m.sv).toContain('register.xlsx: Filen är inte en Excel-fil (.xlsx) eller CSV-fil.');
    expect(m.en).toContain('Save the register from Excel as .xlsx or as CSV (UTF-8)');
  });

  it('an old binary .xls', async () => {
    const file = path.join(tmpDir('xls'), 'gammal.xls');
    writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const m = await failure(file);
    expect(m.sv).toContain('gammal.xls: Filen är i det gamla Excel-formatet .xls.');
  });

  it('a missing file', async () => {
    const m = await failure(path.join(tmpDir('none'), 'finns-inte.xlsx'));
    expect(m.sv).toContain('finns-inte.xlsx: Filen kan inte läsas (ENOENT).');
  });
});

describe('sheets: where the headings are, and what stops the import', () => {
  it('an empty sheet', async () => {
    const m = await failure(await workbookFile([], { sheet: 'Blad1' }));
    expect(m.sv).toContain('Blad1: Bladet är tomt.');
  });

  it('a sheet without headings it knows', async () => {
    const m = await failure(await workbookFile([['Anteckningar'], ['Ring Kalle om avtalet']], { sheet: 'Anteckningar' }));
    expect(m.sv).toContain('Anteckningar: Ingen rubrikrad hittades bland de första 30 raderna');
    expect(m.sv).toContain('--map');
  });

  it('a heading merged across two columns, named by sheet and cell', async () => {
    const head = [...HEAD.slice(0, 5), 'Kategorier', '', 'Gallring'];
    const m = await failure(await workbookFile([head, [...ROW.slice(0, 5), 'Anställda', 'Namn', '7 år']], { merge: [[1, 6, 1, 7]] }));
    expect(m.problems.map((p) => p.where)).toEqual(['Register!F1']);
    expect(m.sv).toContain('Register!F1: Rubriken «Kategorier» är sammanslagen över kolumnerna F–G; varje kolumn behöver en egen rubrik.');
    expect(m.en).toContain('Unmerge the cell');
  });

  it('a two-row header: a heading merged down from the band above still names its column', async () => {
    const file = await workbookFile(
      [
        ['Behandling', 'Grunduppgifter', '', 'Gallring'],
        ['', 'Ändamål', 'Rättslig grund', ''],
        ['Lön', 'Betala lön', 'Avtal', '7 år (bokföringslagen)'],
      ],
      {
        merge: [
          [1, 1, 2, 1],
          [1, 2, 1, 3],
          [1, 4, 2, 4],
        ],
      },
    );
    const existing = path.join(content, 'organisation.yaml');
    writeFileSync(existing, 'name: Omsorg i Norr AB\nparent: omsorg-i-norr\n');
    const report = await runImport({ file, content, lang: 'sv', today: '2026-12-01' });
    expect(report.layouts[0]!.headerRow).toBe(2);
    expect(report.layouts[0]!.columns.map((c) => [c.heading, c.field])).toEqual([
      ['Behandling', 'activity'],
      ['Ändamål', 'purposes'],
      ['Rättslig grund', 'legalBasis'],
      ['Gallring', 'retention'],
    ]);
    const lon = parse(readFileSync(path.join(content, 'activities/lon.yaml'), 'utf8'));
    expect(lon).toMatchObject({ controllers: ['omsorg-i-norr'], purposes: [{ description: 'Betala lön', legalBasis: '6(1)(b)' }], retention: [{ duration: 'P7Y' }] });
  });

  it('a 1 MB cell, named by sheet and cell (xlsx and csv)', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    const m = await failure(await workbookFile([HEAD, [...ROW.slice(0, 3), huge, ...ROW.slice(4)]]));
    expect(m.sv).toContain('Register!D2: Cellen har 1\u00a0048\u00a0576 tecken; en cell i Excel rymmer högst 32 767.');
    const csv = path.join(tmpDir('csv'), 'register.csv');
    writeFileSync(csv, `${HEAD.join(';')}\n${[...ROW.slice(0, 3), huge, ...ROW.slice(4)].join(';')}\n`);
    const c = await failure(csv);
    expect(c.en).toContain('register!D2: The cell holds 1,048,576 characters; an Excel cell holds at most 32,767.');
  });

  it('a company that is not in the folder and has no organisationsnummer', async () => {
    const m = await failure(await workbookFile([HEAD.filter((h) => h !== 'Organisationsnummer'), ROW.filter((c) => c !== '556677-8899')]));
    expect(m.sv).toContain('Register!A2: Bolaget «Omsorg i Norr AB» finns inte i innehållsmappen och registret anger inget organisationsnummer för det.');
    expect(m.sv).toContain('npm run init');
  });

  it('an invalid organisationsnummer', async () => {
    const m = await failure(await workbookFile([HEAD, ROW.map((c) => (c === '556677-8899' ? '556677-8898' : c))]));
    expect(m.sv).toContain('Register!B2: Organisationsnumret «556677-8898» för Omsorg i Norr AB är inte giltigt.');
  });

  it('a mapping file naming an unknown field', async () => {
    const map = path.join(tmpDir('map'), 'mapping.yaml');
    writeFileSync(map, 'columns:\n  Kommentar: anteckning\n');
    const m = await failure(await workbookFile([HEAD, ROW]), { map });
    expect(m.sv).toContain('mapping.yaml (columns."Kommentar"): Okänt fält «anteckning».');
  });
});

describe('cells read in a special way', () => {
  it('formulas: the saved value is used and noted; one without a value becomes a todo with the formula', async () => {
    const file = await workbookFile([
      [...HEAD, 'Senast granskad'],
      [...ROW.slice(0, 6), { formula: 'Inställningar!B2', result: '7 år (bokföringslagen)' }, 46054],
      ['Omsorg i Norr AB', '556677-8899', 'Schema', 'Planera arbetspass', 'Avtal', 'Namn', { formula: 'Inställningar!B3' }, '2026-03-01'],
    ]);
    const report = await runImport({ file, content, lang: 'sv', today: '2026-12-01' });
    expect(report.notes.map((n) => `${n.ref}: ${n.note.sv}`)).toEqual([
      'Register!G2: formeln =Inställningar!B2; det beräknade värdet «7 år (bokföringslagen)» användes',
      'Register!H2: Excel-datumet 46054 lästes som 2026-02-01',
    ]);
    const lon = parse(readFileSync(path.join(content, 'activities/lon.yaml'), 'utf8'));
    expect(lon.retention).toEqual([{ duration: 'P7Y', from: 'händelsen att ange', law: { law: 'bokforingslagen' }, then: 'deleted' }]);
    expect(lon.lastReviewed).toBe('2026-02-01');
    const schema = parse(readFileSync(path.join(content, 'activities/schema.yaml'), 'utf8'));
    expect(schema.todo).toEqual(
      expect.arrayContaining([expect.objectContaining({ original: '=Inställningar!B3', source: 'Register!G3', question: expect.stringContaining('formel utan sparat värde') })]),
    );
    // The existing file is still there, untouched, next to the new ones.
    expect(readFileSync(path.join(content, 'subjects', 'anstallda.yaml'), 'utf8')).toBe(before['subjects/anstallda.yaml']);
  });

  it('a CSV register with semicolons', async () => {
    const csv = path.join(tmpDir('csv-ok'), 'register.csv');
    writeFileSync(csv, `\uFEFF${HEAD.join(';')}\r\n${ROW.map((c) => (c.includes(',') ? `"${c}"` : c)).join(';')}\r\n`);
    const report = await runImport({ file: csv, content, lang: 'en', today: '2026-12-01' });
    expect(report.rowsRead).toBe(1);
    expect(parse(readFileSync(path.join(content, 'activities/lon.yaml'), 'utf8')).dataCategories).toEqual(['namn', 'bankkonto']);
    // The folder's existing "Anställda" is not duplicated by an import naming it.
    expect(existsSync(path.join(content, 'subjects', 'anstallda-2.yaml'))).toBe(false);
  });
});

describe('nothing half-written', () => {
  it('a write that fails part-way leaves the folder as it was and no staging folder', () => {
    const files = [
      { file: 'activities/a.yaml', text: 'name: a\n' },
      // An existing file: staging never overwrites one, so this write fails after the first succeeded.
      { file: 'subjects/anstallda.yaml', text: 'name: överskriven\n' },
    ];
    expect(() => writeAtomically(content, files, { keepExisting: true })).toThrow(/EEXIST/);
    expect(snapshot(content)).toEqual(before);
    expect(readdirSync(path.dirname(content))).toEqual(['content']);
  });
});
