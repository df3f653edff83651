/**
 * The whole path of a new organisation: init → build at once → the register
 * the build exported (dist/internal/register/register.xlsx) imports back into
 * content that checks clean and gives the same Art. 30 rows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../generators/cli/check.ts';
import { runImport } from '../../generators/import/index.ts';
import { controllerEntities, registerRows } from '../../src/record/rows.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { NODE, ROOT, runInit, tmpDir } from './helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const TODAY = '2026-12-01';

describe('init, build, import the built register', () => {
  it(
    'builds at once, and its exported register round-trips',
    async () => {
      const base = tmpDir('build');
      const dir = path.join(base, 'content');
      const out = path.join(base, 'dist');
      const init = runInit([
        '--content',
        dir,
        '--yes',
        '--today',
        TODAY,
        '--name',
        'Omsorg i Norr AB',
        '--orgnr',
        '556677-8899',
        '--companies',
        'Norr Assistans AB:556000-0001;Norr Vård AB:556000-0019',
        '--services',
        'personlig-assistans,halso-och-sjukvard,boende',
        '--dpo-name',
        'Dataskyddsombudet',
        '--dpo-email',
        'dso@omsorg.example',
        '--languages',
        'sv,en',
      ]);
      expect(init.status, init.stderr).toBe(0);

      const build = spawnSync(NODE, [path.join(ROOT, 'generators/cli/build.ts'), '--content', dir, '--out', out, '--today', TODAY], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(build.status, build.stderr + build.stdout).toBe(0);
      expect(build.stdout).toContain('0 fel');
      for (const f of ['public/index.html', 'public/en/index.html', 'internal/register/register.xlsx', 'internal/register/register.pdf']) {
        expect(existsSync(path.join(out, f)), f).toBe(true);
      }
      expect(readFileSync(path.join(out, 'public/index.html'), 'utf8')).toContain('Omsorg i Norr AB');

      const back = path.join(base, 'imported');
      await runImport({ file: path.join(out, 'internal/register/register.xlsx'), content: back, lang: 'sv', today: TODAY });
      expect(collectDiagnostics(back, TODAY).filter((d) => d.severity === 'error')).toEqual([]);
      const a = loadModelOrThrow(dir);
      const b = loadModelOrThrow(back);
      for (const e of controllerEntities(a)) {
        const other = b.entities.find((x) => x.legalName === e.legalName)!;
        expect(
          registerRows(b, other.id, 'sv').map((r) => r.cells),
          e.legalName,
        ).toEqual(registerRows(a, e.id, 'sv').map((r) => r.cells));
      }
    },
    TIMEOUT.long,
  );
});
