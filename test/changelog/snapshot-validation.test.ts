/**
 * A snapshot file is checked against the model's PolicySnapshotSchema when read:
 * a corrupt one (edited by hand, cut off) stops with file:line:column, the field,
 * what is wrong and how to fix it; never a cast that lets wrong data through.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshots } from '../../src/changelog/load.ts';
import { parseSnapshot } from '../../src/model/documents/snapshot.ts';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { FIXTURE, tmpDir } from '../register/helpers.ts';

const node = path.resolve('node_modules/.bin/node');
const SNAPSHOT = 'snapshots/2026.1.json';
const FIX = 'Återställ filen från git (git checkout -- content/snapshots/), eller ta bort "snapshot:" ur versionsfilen om versionen inte ska jämföras.';

/** The fixture with its snapshot changed by `edit`. */
function corrupted(edit: (text: string) => string): string {
  const dir = path.join(tmpDir('snapshot-validation'), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  const file = path.join(dir, SNAPSHOT);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}

const errorsOf = (dir: string) => loadContent(dir).diagnostics.filter((d) => d.code === 'snapshot-invalid');

describe('policy snapshots are validated against PolicySnapshotSchema', () => {
  it('every bundled and fixture snapshot is valid', () => {
    for (const file of ['content/snapshots/2025.1.json', 'content/snapshots/2026.1.json', `test/fixtures/register/content/${SNAPSHOT}`, `test/fixtures/site/content/${SNAPSHOT}`]) {
      expect(parseSnapshot(readFileSync(file, 'utf8')).problems, file).toEqual([]);
    }
  });

  it('check: a wrong value and an unknown field, each at its own line and column, with the fix', () => {
    // The first activity's name (line 14) becomes a number; a stray field follows on the same line.
    const errors = errorsOf(corrupted((t) => t.replace('"name": {', '"name": 7, "nmae": {')));
    expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.message.sv}`)).toEqual([
      'snapshots/2026.1.json:14:15 Ögonblicksbilden saknar eller har fel värde i "activities[0].name"; den används av policy-versions/2026-1.yaml.',
      'snapshots/2026.1.json:14:18 Ögonblicksbilden saknar eller har fel värde i "activities[0].nmae"; den används av policy-versions/2026-1.yaml.',
    ]);
    expect(errors[0]!.hint.sv).toBe(FIX);
  });

  it('check: a value of the wrong type deep inside, and a file cut off in the middle', () => {
    const [wrong] = errorsOf(corrupted((t) => t.replace('"criminal": false', '"criminal": "nej"')));
    expect(`${wrong!.file}:${wrong!.line}:${wrong!.column} ${wrong!.path}`).toMatch(/^snapshots\/2026\.1\.json:125:19 /);
    expect(wrong!.message.en).toContain('"dataCategories[0].criminal"');
    const [cut] = errorsOf(corrupted((t) => t.slice(0, t.indexOf('"criminal"'))));
    expect(cut!.message.sv).toBe('Ögonblicksbilden är inte giltig JSON (filen är avkortad eller ändrad för hand); den används av policy-versions/2026-1.yaml.');
  });

  it('a snapshot changed after loading stops the changelog with the same located message', () => {
    const dir = corrupted((t) => t);
    const model = loadModelOrThrow(dir);
    const file = path.join(dir, SNAPSHOT);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"criminal": false', '"criminal": "nej"'));
    let error: Error | undefined;
    try {
      loadSnapshots(model);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('ContentError');
    expect(error!.message.split('\n')).toEqual([
      'Ögonblicksbilden av policyn går inte att läsa / the policy snapshot cannot be read:',
      `snapshots/2026.1.json:125:19 Ögonblicksbilden saknar eller har fel värde i "dataCategories[0].criminal"; den används av policy-versions/2026-1.yaml. — ${FIX}`,
    ]);
  });

  it('npm run check shows it with file:line, no stack trace, exit 1', () => {
    const dir = corrupted((t) => t.replace('"criminal": false', '"criminal": "nej"'));
    const r = spawnSync(node, ['generators/cli/check.ts', '--content', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/snapshots\/2026\.1\.json:125:19/);
    expect(r.stdout + r.stderr).toContain('dataCategories[0].criminal');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
