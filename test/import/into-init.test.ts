/**
 * The documented path: `init` first, then `import` into the same folder. The
 * register needs no company columns, and entries the folder already has (by
 * name, case and accents ignored) are reused, never written twice.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectDiagnostics } from '../../generators/cli/check.ts';
import { runImport } from '../../generators/import/index.ts';
import { runInit } from '../init/helpers.ts';
import { tmpDir, workbookFile } from './helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

describe('import into a folder made by init', () => {
  it(
    'uses the organisation and reuses existing groups and categories',
    async () => {
      const dir = path.join(tmpDir('into'), 'content');
      const init = runInit(['--content', dir, '--yes', '--today', '2026-12-01', '--name', 'Omsorg i Norr AB', '--orgnr', '556677-8899', '--services', 'hemtjanst', '--dpo', 'no']);
      expect(init.status, init.stderr).toBe(0);
      const before = readdirSync(path.join(dir, 'subjects')).sort();
      const file = await workbookFile([
        ['Behandling', 'Ändamål', 'Rättslig grund', 'Kategorier av registrerade', 'Kategorier av personuppgifter', 'Gallring'],
        ['Schemaläggning', 'Planera arbetspass', 'Avtal', 'ANSTÄLLDA', 'namn, Kontaktuppgifter, Önskemål om arbetstid', '1 år efter passet'],
      ]);
      const report = await runImport({ file, content: dir, lang: 'sv', today: '2026-12-01' });
      expect(report.written.map((w) => w.file)).toEqual(['activities/schemalaggning.yaml', 'data-categories/onskemal-om-arbetstid.yaml']);
      const a = parse(readFileSync(path.join(dir, 'activities/schemalaggning.yaml'), 'utf8'));
      expect(a).toMatchObject({ controllers: ['omsorg-i-norr'], subjects: ['employees'], dataCategories: ['name', 'contact-details', 'onskemal-om-arbetstid'] });
      expect(readdirSync(path.join(dir, 'subjects')).sort()).toEqual(before);
      expect(collectDiagnostics(dir, '2026-12-01').filter((d) => d.severity === 'error')).toEqual([]);
    },
    TIMEOUT.short,
  );
});
