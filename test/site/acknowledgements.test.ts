/**
 * A warning the DPO has acknowledged in content is listed in the handbook
 * with its rule, entry, reason and who accepted it — never hidden — and the
 * acknowledgement itself never reaches the public site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURE } from './built.ts';

describe('acknowledged rule findings', () => {
  let out: string;
  beforeAll(async () => {
    out = await ensureBuilt('fixture', FIXTURE);
  });

  it('are listed on the handbook page with the reason and the person who accepted them', () => {
    const html = readFileSync(path.join(out, 'internal/avvikelser/index.html'), 'utf8');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(table).toContain('record/security-measures');
    expect(table).toContain('activities/webbplats');
    expect(table).toContain('biträdesavtalet och granskas varje år');
    expect(table).toContain('2026-02-15');
    // The person's name, not only their id.
    const dpo = readFileSync(path.join(FIXTURE, 'people/dataskyddsombud.yaml'), 'utf8')
      .match(/^name:\s*(.+)$/m)![1]!
      .trim();
    expect(table).toContain(dpo);
    // Still-open warnings are listed separately, not mixed in.
    const open = html.slice(html.indexOf('</table>'));
    expect(open).toContain('record/security-measures');
    expect(open).toContain('sentinel-intern');
    expect(open).not.toContain('activities/webbplats');
  });
});
