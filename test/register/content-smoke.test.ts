import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/model/load.ts';
import { writeRegisterExports } from '../../generators/register/index.ts';
import { writePolicyPdfs } from '../../generators/policy/index.ts';
import { changelogForVersions } from '../../src/changelog/index.ts';
import { tmpDir } from './helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

// The bundled example organisation: exports must build whenever it loads.
describe('content/ smoke test', () => {
  it(
    'loads content/ and builds the register and policy exports from it',
    async () => {
      const { model, diagnostics } = loadContent(path.resolve('content'));
      const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message.en}`);
      expect(errors).toEqual([]);
      const out = tmpDir('content');
      const files = [...(await writeRegisterExports(model!, out)), ...(await writePolicyPdfs(model!, out))];
      expect(files.length).toBeGreaterThan(3);
      for (const f of files) expect(existsSync(f) && statSync(f).size > 1000, f).toBe(true);
      expect(changelogForVersions(model!).length).toBeGreaterThan(0);
    },
    TIMEOUT.build,
  ); // the full example organisation gives ~80 PDF pages; slow on a shared machine
});
