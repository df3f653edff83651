/**
 * The register the build exports (dist/internal/register/register.xlsx, made by
 * generators/register/xlsx.ts) imports back into content that checks with no
 * errors and gives the same Art. 30 rows, company by company, cell by cell.
 */
import { writeFileSync } from 'node:fs';
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
