import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from '../../src/model/load.ts';
import { writeRegisterExports } from '../../generators/register/index.ts';
import { writePolicyPdfs } from '../../generators/policy/index.ts';
import { changelogForVersions } from '../../src/changelog/index.ts';
import { tmpDir } from './helpers.ts';

// The bundled example organisation: exports must build whenever it loads.
describe('content/ smoke test', () => {
  it('builds the register and policy exports from content/ when it loads (else the loader reports why)', async () => {
    const { model, diagnostics } = loadContent(path.resolve('content'));
    if (!model) {
      expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      return;
    }
    const out = tmpDir('content');
    const files = [...(await writeRegisterExports(model, out)), ...(await writePolicyPdfs(model, out))];
    for (const f of files) expect(existsSync(f) && statSync(f).size > 1000).toBe(true);
    expect(Array.isArray(changelogForVersions(model))).toBe(true);
  }, 300_000); // the full example organisation gives ~80 PDF pages; slow on a shared machine
});
