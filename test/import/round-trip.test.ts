/**
 * The register the build exports (dist/internal/register/register.xlsx, made by
 * generators/register/xlsx.ts) imports back into content that checks with no
 * errors and gives the same Art. 30 rows, company by company, cell by cell.
 */
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../generators/cli/check.ts';
import { runImport, type ImportReport } from '../../generators/import/index.ts';
import { controllerEntities, registerRows } from '../../src/record/rows.ts';
import { registerXlsx } from '../../generators/register/xlsx.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import type { Model } from '../../src/model/model.ts';
import { EXAMPLE, tmpDir } from './helpers.ts';

let original: Model;
let imported: Model;
let dir: string;
let report: ImportReport;

beforeAll(async () => {
  original = loadModelOrThrow(EXAMPLE);
  const file = path.join(tmpDir('rt'), 'register.xlsx');
  writeFileSync(file, await registerXlsx(original, 'sv'));
  dir = path.join(tmpDir('rt-out'), 'content');
  report = await runImport({ file, content: dir, lang: 'sv', today: '2026-12-01' });
  imported = loadModelOrThrow(dir);
});

describe('round trip: exported register → import', () => {
  it('checks with no errors', () => {
    expect(collectDiagnostics(dir, '2026-12-01').filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads the company sheets, the processors and the security measures, and says which sheets it skipped', () => {
    expect(report.layouts.map((l) => l.kind)).toEqual(['activities', 'activities', 'activities', 'activities', 'processors', 'security']);
    expect(report.skipped.map((s) => s.sheet)).toEqual(['Biträde Omsorgsgruppen', 'Gallringsplan', 'Delegeringar']);
    expect(imported.activities).toHaveLength(original.activities.length);
    expect(imported.processors.map((p) => p.name).sort()).toEqual(original.processors.map((p) => p.name).sort());
  });

  it('gives the same Art. 30 rows for every company', () => {
    const entities = controllerEntities(original);
    expect(controllerEntities(imported).map((e) => e.legalName)).toEqual(entities.map((e) => e.legalName));
    for (const e of entities) {
      const other = imported.entities.find((x) => x.legalName === e.legalName)!;
      const a = registerRows(original, e.id, 'sv').map((r) => r.cells);
      const b = registerRows(imported, other.id, 'sv').map((r) => r.cells);
      expect(b, e.legalName).toEqual(a);
    }
  });
});

/**
 * The other example organisations use what the bundled one does not: several
 * bases of one purpose with a note each, retention by criteria alone, and
 * statutes of their own. A DPO who keeps such laws in content/laws/ before
 * importing gets them cited again.
 */
/** The Swedish text: an import writes plain strings, the examples write both languages. */
const sv = (t: string | { sv: string } | undefined) => (typeof t === 'string' ? t : t?.sv);
const ORGANISATIONS = path.resolve(import.meta.dirname, '../../examples/organisations');
describe.each(readdirSync(ORGANISATIONS).sort())('round trip of the example organisation %s', (org) => {
  const source = path.join(ORGANISATIONS, org);
  let model: Model;
  let out: string;
  let rep: ImportReport;
  beforeAll(async () => {
    model = loadModelOrThrow(source);
    const file = path.join(tmpDir(`rt-${org}`), 'register.xlsx');
    writeFileSync(file, await registerXlsx(model, 'sv'));
    out = path.join(tmpDir(`rt-${org}-out`), 'content');
    cpSync(path.join(source, 'laws'), path.join(out, 'laws'), { recursive: true });
    rep = await runImport({ file, content: out, lang: 'sv', today: '2026-12-01' });
  });

  it('checks with no errors and gives the same Art. 30 rows', () => {
    expect(collectDiagnostics(out, '2026-12-01').filter((d) => d.severity === 'error')).toEqual([]);
    const back = loadModelOrThrow(out);
    for (const e of controllerEntities(model)) {
      const other = back.entities.find((x) => x.legalName === e.legalName)!;
      expect(
        registerRows(back, other.id, 'sv').map((r) => r.cells),
        e.legalName,
      ).toEqual(registerRows(model, e.id, 'sv').map((r) => r.cells));
    }
  });

  it('keeps several bases of one purpose, with their notes, as legalBases', () => {
    const several = model.activities.flatMap((a) => a.purposes.filter((p) => p.legalBases && p.legalBases.length > 1).map((p) => ({ activity: a, purpose: p })));
    expect(several.length, 'every example organisation has a purpose with two bases').toBeGreaterThan(0);
    const back = loadModelOrThrow(out);
    for (const { activity, purpose } of several) {
      const match = back.activities.find((a) => sv(a.name) === sv(activity.name))!.purposes.find((p) => sv(p.description) === sv(purpose.description))!;
      expect(match.legalBases?.map((b) => [b.basis, sv(b.note)])).toEqual(purpose.legalBases!.map((b) => [b.basis, sv(b.note)]));
    }
  });

  it('asks for no starting event where retention is decided by criteria alone', () => {
    expect(rep.todos.filter((t) => /Från vilken händelse/.test(t.question))).toEqual([]);
  });
});
