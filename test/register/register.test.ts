import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { parseCsv, registerCsv, registerPdf, registerRows, registerTables, registerXlsx, REGISTER_LABELS, writeRegisterExports } from '../../generators/register/index.ts';
import { fixtureModel, pdfInfo, pdfText, tmpDir } from './helpers.ts';
import { EXPECTED_SHEETS } from './expected-register.ts';

const model = fixtureModel();

describe('register rows', () => {
  it('has one row per activity the company controls, with IMY field labels', () => {
    const holding = registerRows(model, 'moderbolaget', 'sv');
    expect(holding.map((r) => r.cells.activity[0])).toEqual(['Kundakt', 'Löneadministration']);
    expect(registerRows(model, 'assistans', 'sv').map((r) => r.cells.activity[0])).toEqual(['Kundakt']);
    const kund = holding[0]!.cells;
    expect(kund.legalBasis.join()).toContain('Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)');
    expect(kund.art9.join()).toContain('9.2 h');
    expect(kund.contact.join('\n')).toContain('Dataskyddsombud: Dora Dataskydd');
    expect(kund.contact.join('\n')).toContain('Gemensamt personuppgiftsansvariga: Testomsorg Assistans AB');
    expect(kund.transfers).toEqual(['US: Standardavtalsklausuler (Journalsystem AB)']);
    expect(kund.retention[0]).toContain('2 år från sista anteckningen');
    expect(REGISTER_LABELS.purposes.sv).toBe('Ändamålen med behandlingen');
  });

  it('puts the parent company first and adds processor-record and annex tables', () => {
    const ids = registerTables(model, 'sv').map((t) => t.id);
    expect(ids).toEqual(['controller/moderbolaget', 'controller/assistans', 'processor-record/assistans', 'processors', 'retention', 'security', 'delegations']);
  });
});

describe('register.csv', () => {
  it('is UTF-8 with BOM, semicolon separated, one row per activity per controller', () => {
    const csv = registerCsv(model);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]![0]).toBe('Personuppgiftsansvarig');
    expect(rows[0]).toContain('Tidsfrister för radering');
    // The same columns as the controllers' sheets of the workbook, the controllers one after the other.
    expect(rows).toEqual([EXPECTED_SHEETS.Holding![0], ...EXPECTED_SHEETS.Holding!.slice(1), ...EXPECTED_SHEETS.Assistans!.slice(1)]);
    expect(rows.slice(1).map((r) => `${r[0]}|${r[2]}`)).toEqual(['Testomsorg Holding AB|Kundakt', 'Testomsorg Holding AB|Löneadministration', 'Testomsorg Assistans AB|Kundakt']);
  });

  it('quotes fields containing the separator and quotes', () => {
    expect(parseCsv('\uFEFF"a;b";"say ""hi"""\r\n')).toEqual([['a;b', 'say "hi"']]);
  });
});

describe('register.xlsx', () => {
  it('reads back as the fixture record: a sheet per table, every cell, frozen header row, autofilter', async () => {
    const buf = await registerXlsx(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.keys(EXPECTED_SHEETS));
    for (const [name, expected] of Object.entries(EXPECTED_SHEETS)) {
      const ws = wb.getWorksheet(name)!;
      const read: unknown[][] = [];
      ws.eachRow((row) => read.push((row.values as unknown[]).slice(1).map((v) => v ?? '')));
      // A row's trailing empty cells are not stored.
      for (const row of read) while (row.length < expected[0]!.length) row.push('');
      expect(read, name).toEqual(expected);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, name).toBe(`A1:${String.fromCharCode(64 + expected[0]!.length)}${expected.length}`);
    }
    expect(wb.created?.toISOString().slice(0, 10)).toBe('2026-02-10');
  });

  it('gives identical bytes on two runs', async () => {
    const a = await registerXlsx(model);
    await new Promise((r) => setTimeout(r, 1100)); // cross a zip timestamp second
    const b = await registerXlsx(model);
    expect(a.equals(b)).toBe(true);
  });
});

describe('register.pdf', () => {
  it('contains every controller, activity, annex heading and the version header', async () => {
    const text = pdfText(await registerPdf(model));
    for (const t of [
      'Testomsorg Holding AB',
      'Testomsorg Assistans AB',
      'Kundakt',
      'Löneadministration',
      'Gallringsplan',
      'Personuppgiftsbiträden',
      'Säkerhetsåtgärder',
      'Delegeringar',
      'Namn och kontaktuppgifter',
      'Exempelstads kommun',
    ]) {
      expect(text).toContain(t);
    }
    expect(text).toContain('Policyversion 2026.1');
    expect(text).toMatch(/Sida 1 av \d+/);
  });

  it('is tagged and landscape, and identical on two runs', async () => {
    const a = await registerPdf(model);
    const b = await registerPdf(model);
    expect(a.equals(b)).toBe(true);
    const raw = a.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(pdfInfo(a)).toMatch(/Page size:\s+841\.89 x 595\.28/);
    expect(pdfInfo(a)).toMatch(/Tagged:\s+yes/);
  });
});

describe('writeRegisterExports', () => {
  it('writes csv, xlsx and pdf; the CSV is byte-identical on a second run', async () => {
    const a = await writeRegisterExports(model, tmpDir('reg'));
    const b = await writeRegisterExports(model, tmpDir('reg'));
    expect(a.map((f) => f.split('/').at(-1))).toEqual(['register.csv', 'register.xlsx', 'register.pdf']);
    a.forEach((f, i) => expect(readFileSync(f).equals(readFileSync(b[i]!))).toBe(true));
  });
});
