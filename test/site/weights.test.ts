/**
 * Light pages: measured with the same code as `npm run weights`. Only the
 * search page loads JavaScript (Pagefind); sizes are measured, never timed.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE } from './built.ts';
import { measure, weightsMarkdown } from '../../generators/site-weights.ts';
import { href } from '../../src/site-data/routes.ts';

describe('page weights of the example', () => {
  let out: string;
  beforeAll(async () => {
    out = await ensureBuilt('example', EXAMPLE);
  });
  it('no page loads JavaScript except the search pages, and every page is measured', () => {
    const rows = measure(path.join(out, 'public'));
    const search = [href({ kind: 'search' }, 'sv'), href({ kind: 'search' }, 'en')];
    expect(rows.map((r) => r.page)).toEqual(expect.arrayContaining(['/', '/en/', ...search]));
    for (const r of rows) {
      if (search.includes(r.page)) expect(r.js, r.page).toBeGreaterThan(0);
      else {
        expect(r.js, r.page).toBe(0);
        expect(r.scripts, r.page).toBe(0);
      }
      expect(r.gzip).toBeLessThan(r.total);
    }
    const md = weightsMarkdown(rows);
    expect(md.split('\n').filter((l) => l.startsWith('| `/')).length).toBe(rows.length);
  });
});
