/**
 * A purpose resting on two bases, retention decided by criteria alone, and a
 * statute the DPO keeps in content/laws/: what a free-text register says is
 * written as the model says it, not as a todo.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../generators/import/index.ts';
import { tmpDir, workbookFile } from './helpers.ts';

const HEAD = ['Personuppgiftsansvarig', 'Organisationsnummer', 'Behandling', 'Ändamål', 'Rättslig grund', 'Kategorier av registrerade', 'Kategorier av personuppgifter', 'Gallring', 'Lagstöd'];

async function importRows(rows: string[][], laws: Record<string, string> = {}) {
  const content = path.join(tmpDir('bases'), 'content');
  for (const [id, text] of Object.entries(laws)) {
    mkdirSync(path.join(content, 'laws'), { recursive: true });
    writeFileSync(path.join(content, 'laws', `${id}.yaml`), text);
  }
  const report = await runImport({ file: await workbookFile([HEAD, ...rows]), content, lang: 'sv', today: '2026-12-01' });
  const activity = (id: string) => parse(readFileSync(path.join(content, 'activities', `${id}.yaml`), 'utf8'));
  return { report, activity };
}

describe('free-text register: bases, criteria, own laws', () => {
  it('gives one purpose both of its bases as legalBases', async () => {
    const { activity } = await importRows([
      ['Omsorg i Norr AB', '556677-8899', 'Lön', 'Betala lön och dra skatt', 'Avtal; rättslig förpliktelse', 'Anställda', 'Namn, bankkonto', '7 år från räkenskapsårets slut', ''],
    ]);
    const purpose = activity('lon').purposes[0];
    expect(purpose.legalBasis).toBeUndefined();
    expect(purpose.legalBases).toEqual([{ basis: '6(1)(b)' }, { basis: '6(1)(c)' }]);
  });

  it('keeps one basis in the short form', async () => {
    const { activity } = await importRows([['Omsorg i Norr AB', '556677-8899', 'Lön', 'Betala lön', 'Avtal', 'Anställda', 'Namn', '7 år från räkenskapsårets slut', '']]);
    expect(activity('lon').purposes[0]).toMatchObject({ legalBasis: '6(1)(b)' });
  });

  it('writes retention by criteria alone without a placeholder event or a question about one', async () => {
    const { activity, report } = await importRows([
      ['Omsorg i Norr AB', '556677-8899', 'Medlemsregister', 'Föra medlemsförteckning', 'Rättslig förpliktelse', 'Medlemmar', 'Namn', 'Så länge du är medlem; raderas', ''],
    ]);
    expect(activity('medlemsregister').retention).toEqual([{ criteria: 'Så länge du är medlem', then: 'deleted' }]);
    expect(activity('medlemsregister').todo).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'retention.criteria', original: 'Så länge du är medlem; raderas' })]));
    expect(report.todos.map((t) => t.question).join('\n')).not.toMatch(/Från vilken händelse/);
  });

  it('cites a law of the content folder (laws/) like a bundled one', async () => {
    const foreningslagen = 'sfs: "2018:672"\nshortName: föreningslagen\ntitle: Lag (2018:672) om ekonomiska föreningar\n';
    const { activity, report } = await importRows(
      [['Omsorg i Norr AB', '556677-8899', 'Medlemsregister', 'Föra medlemsförteckning', 'Rättslig förpliktelse', 'Medlemmar', 'Namn', 'Så länge du är medlem; raderas', '6 kap. 1 § föreningslagen']],
      { foreningslagen },
    );
    expect(activity('medlemsregister').purposes[0].law).toEqual([{ law: 'foreningslagen', section: '6 kap. 1 §' }]);
    expect(report.written.map((w) => w.file)).not.toContain('laws/foreningslagen.yaml');
    expect(report.todos.map((t) => t.question).join('\n')).not.toMatch(/vokabulären/);
  });
});
