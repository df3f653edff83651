import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');

/** Every module URL a fresh process resolves while importing `file`. */
function importedBy(file: string): string[] {
  const code = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); seen.push(r.url); return r; } });
    await import(${JSON.stringify(path.join(ROOT, file))});
    process.stdout.write(JSON.stringify(seen));`;
  const r = spawnSync(NODE, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as string[];
}

describe('extract main thread', () => {
  // The workers load the model and render; the main thread only hands out paths and names files.
  // Loading the model or pdfkit there too would cost memory per batch and compete for the cores.
  it('does not load the content model, zod or pdfkit', () => {
    const urls = importedBy('generators/extract/batch.ts');
    expect(urls.some((u) => u.endsWith('/generators/extract/pool.ts'))).toBe(true);
    for (const heavy of ['/src/model/load.ts', '/node_modules/zod/', '/node_modules/pdfkit/', '/node_modules/yaml/', '/generators/extract/render.ts']) {
      expect(urls.filter((u) => u.includes(heavy))).toEqual([]);
    }
  });
});
