import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { registerPdf } from '../../generators/register/index.ts';
import { registerTables } from '../../src/record/rows.ts';
import { fixtureModel, tmpDir } from './helpers.ts';

describe('register PDF contents', () => {
  it('lists every part with the page on which that part starts', async () => {
    const model = fixtureModel();
    const file = path.join(tmpDir('reg-contents'), 'r.pdf');
    writeFileSync(file, await registerPdf(model, 'sv'));
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
    const first = pageText(1);
    const tables = registerTables(model, 'sv');
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) {
      const line = first.split('\n').find((l) => l.trim().startsWith(t.title) && /\d+\s*$/.test(l));
      expect(line, t.title).toBeDefined();
      const page = Number(/(\d+)\s*$/.exec(line!)![1]);
      expect(page).toBeGreaterThan(1);
      // The part's heading is the first line of the page body, right under the running header.
      const body = pageText(page)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(body[1], `${t.title} on page ${page}`).toBe(t.title);
    }
  });
});
