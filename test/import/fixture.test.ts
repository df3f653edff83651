import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectDiagnostics } from '../../generators/cli/check.ts';
import { runImport, type ImportReport } from '../../generators/import/index.ts';
import { formatReport } from '../../generators/import/report.ts';
import { CARE_ORG, CARE_ROWS, careRegister } from '../fixtures/import/care-register.ts';
import { tmpDir } from './helpers.ts';

const TODAY = '2026-12-01';
let dir: string;
let report: ImportReport;
const read = (file: string) => parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, any>;

beforeAll(async () => {
  const file = path.join(tmpDir('care'), 'Registerförteckning 2026.xlsx');
  writeFileSync(file, await careRegister());
  dir = path.join(tmpDir('care-out'), 'content');
  report = await runImport({ file, content: dir, lang: 'sv', today: TODAY });
});

describe('import of a Swedish care provider register', () => {
  it('finds the heading row below the merged title rows and reports the mapping', () => {
    expect(report.layouts).toHaveLength(1);
    expect(report.layouts[0]!.headerRow).toBe(5);
    const text = formatReport(report, 'sv', 'content');
    expect(text).toContain('Registerförteckning (rubrikrad 5; behandlingar)');
    expect(text).toMatch(/D\s+Rättslig grund\s+→ legalBasis/);
    expect(text).toMatch(/N\s+Kommentar\s+→ — okänd: blir todo-anteckningar/);
    expect(text).toContain(`Rader lästa: ${CARE_ROWS}`);
  });

  it('takes the controller from the title row', () => {
    const org = read('organisation.yaml');
    expect(org.name).toBe(CARE_ORG.name);
    expect(read(`entities/${org.parent}.yaml`).organisationsnummer).toBe(CARE_ORG.organisationsnummer);
  });

  it('writes one entry per activity, de-duplicates categories and groups across rows', () => {
    const activities = report.written.filter((w) => w.kind === 'activities');
    expect(activities.length).toBe(CARE_ROWS - 1); // the continuation row joins the activity above it
    // "Namn", "hälsa" and "Personnummer" occur on many rows: one file each, slugged, Swedish letters transliterated.
    const categories = report.written.filter((w) => w.kind === 'data-categories').map((w) => w.file);
    expect(categories.filter((f) => /halsa|namn\.yaml|personnummer/.test(f))).toEqual(['data-categories/halsa.yaml', 'data-categories/namn.yaml', 'data-categories/personnummer.yaml']);
    expect(read('data-categories/halsa.yaml')).toMatchObject({ name: 'Hälsa', special: 'health', draft: true });
    expect(read('data-categories/personnummer.yaml')).toMatchObject({ personnummer: true });
    expect(report.written.filter((w) => w.kind === 'subjects').map((w) => w.file)).toContain('subjects/anhoriga.yaml');
  });

  it('maps free-text bases and retention, and joins continuation rows', () => {
    const a = read('activities/anhorigkontakter.yaml');
    expect(a.purposes.map((p: any) => [p.description, p.legalBasis])).toEqual([
      ['Informera anhöriga om vården', '6(1)(a)'],
      ['Kontakta anhöriga i en nödsituation', '6(1)(d)'],
    ]);
    expect(a.dataCategories).toEqual(['namn', 'telefonnummer', 'halsa']);
    expect(a.retention).toEqual([{ duration: 'P2Y', from: 'avslutad insats', then: 'deleted' }]);
    const hs = read('activities/halso-och-sjukvard-boende-umea.yaml');
    expect(hs.purposes[0]).toMatchObject({ legalBasis: '6(1)(c)' });
    expect(hs.retention).toEqual([{ duration: 'P10Y', from: 'sista anteckning', law: { law: 'patientdatalagen' }, then: 'deleted' }]);
    const hemtjanst = read('activities/social-dokumentation-hemtjanst-umea.yaml');
    expect(hemtjanst.purposes.map((p: any) => p.legalBasis)).toEqual(['6(1)(c)', '6(1)(c)']);
    expect(hemtjanst.purposes[0].law).toEqual([{ law: 'socialtjanstlagen' }]);
    expect(read('activities/tidrapportering-umea.yaml').purposes[0].legalBasis).toBe('6(1)(e)');
    expect(read('activities/personaladministration-och-lon.yaml').retention[0]).toMatchObject({ duration: 'P7Y', law: { law: 'bokforingslagen' } });
    expect(read('activities/rekrytering.yaml').transfers).toEqual(['us-standard-contractual-clauses']);
    expect(read('transfers/us-standard-contractual-clauses.yaml')).toMatchObject({
      country: 'US',
      safeguard: 'standard-contractual-clauses',
      draft: true,
      todo: [expect.objectContaining({ field: 'copyAvailable', original: 'USA (standardavtalsklausuler)' })],
    });
    expect(report.written.map((w) => w.file)).toEqual(expect.arrayContaining(['laws/bokforingslagen.yaml', 'laws/patientdatalagen.yaml', 'laws/socialtjanstlagen.yaml']));
  });

  it('reads dates stored as Excel serial numbers and notes it', () => {
    // Row 9 holds the bare number 46054 in "Senast granskad".
    expect(read('activities/tidrapportering-umea.yaml').lastReviewed).toBe('2026-02-01');
    expect(report.notes.map((n) => n.ref)).toContain('Registerförteckning!M9');
    expect(report.notes[0]!.note.sv).toMatch(/^47 formler \(t\.ex\. =ROW\(\)-5\)/);
  });

  it('keeps everything it did not understand as todo notes with the original text and cell', () => {
    const news = read('activities/nyhetsbrev.yaml');
    expect(news.todo).toEqual(expect.arrayContaining([expect.objectContaining({ original: 'Privacy shield', source: expect.stringMatching(/^Registerförteckning!I\d+$/), field: 'transfers' })]));
    const hs = read('activities/halso-och-sjukvard-boende-umea.yaml');
    expect(hs.todo).toEqual(expect.arrayContaining([expect.objectContaining({ original: 'Se även rutin för journalgranskning', source: 'Registerförteckning!N8' })]));
    const avv = read('activities/avvikelsehantering-umea.yaml');
    expect(avv.todo).toEqual(expect.arrayContaining([expect.objectContaining({ original: 'Enligt informationshanteringsplan', field: 'retention.criteria' })]));
  });

  it('lists every todo in the report with file:line, and check shows the same ones as warnings', () => {
    expect(report.todos.length).toBeGreaterThan(50);
    const t = report.todos.find((x) => x.file === 'activities/nyhetsbrev.yaml' && /tredjeland/.test(x.question))!;
    const lines = readFileSync(path.join(dir, t.file), 'utf8').split('\n');
    expect(lines[t.line - 1]).toMatch(/^ {2}- question: Överföringen till tredjeland/);
    const diagnostics = collectDiagnostics(dir, TODAY);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const todoWarnings = diagnostics.filter((d) => d.rule === 'hygiene/todo-notes' && d.path.startsWith('todo['));
    expect(todoWarnings).toHaveLength(report.todos.length);
    const w = todoWarnings.find((d) => d.file === t.file && d.line === t.line)!;
    expect(w.severity).toBe('warning');
    expect(w.message.sv).toContain('Privacy shield');
    expect(w.message.sv).toMatch(/Registerförteckning!I\d+/);
  });
});
