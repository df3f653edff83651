import { describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { release } from '../../generators/cli/release.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { changelogForVersions } from '../../src/changelog/index.ts';
import { FIXTURE, tmpDir } from '../register/helpers.ts';

const copy = () => {
  const dir = path.join(tmpDir('release'), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
};
const listing = (dir: string) => ['snapshots', 'policy-versions'].flatMap((d) => readdirSync(path.join(dir, d), { withFileTypes: false }).map((f) => `${d}/${f}`)).sort();

describe('policy:release', () => {
  it('refuses content with errors and writes nothing', () => {
    const dir = copy();
    const file = path.join(dir, 'activities/kundakt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^provision:[\s\S]*?(?=^recipients:)/m, ''));
    const before = listing(dir);
    const result = release({ contentDir: dir, version: '2027.1', adopted: '2027-03-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.some((d) => d.entry === 'activities/kundakt')).toBe(true);
    expect(listing(dir)).toEqual(before);
  });

  it('refuses an existing or older version and a malformed one', () => {
    const dir = copy();
    const before = listing(dir);
    for (const version of ['2026.1', '2025.3', '2027']) {
      expect(release({ contentDir: dir, version, adopted: '2027-03-01' }).ok).toBe(false);
    }
    expect(listing(dir)).toEqual(before);
  });

  it('writes the snapshot and the version entry for valid content, with the changes since the last version', () => {
    const dir = copy();
    const file = path.join(dir, 'activities/loner.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('duration: P7Y', 'duration: P10Y'));
    const result = release({ contentDir: dir, version: '2027.1', adopted: '2027-03-01' });
    expect(result.ok).toBe(true);
    expect(listing(dir)).toEqual(['policy-versions/2026-1.yaml', 'policy-versions/2027-1.yaml', 'snapshots/2026.1.json', 'snapshots/2027.1.json']);
    const model = loadModelOrThrow(dir);
    const v = model.byId['policy-versions'].get('2027-1')!;
    expect(v).toMatchObject({ version: '2027.1', adoptedByBoard: '2027-03-01', snapshot: 'snapshots/2027.1.json', preparedBy: { person: 'dora-dataskydd', date: '2027-03-01' }, approvedBy: { person: 'vera-vd', date: '2027-03-01' } });
    expect(JSON.stringify(v.changes)).toContain('10 år');
    const log = changelogForVersions(model);
    expect(log.map((x) => x.version)).toEqual(['2026.1', '2027.1']);
    expect(log[1]!.changes!.changes).toEqual([expect.objectContaining({ area: 'retention', type: 'changed', activity: 'loner' })]);
  });

  it('as a command: refuses with exit 1 and writes nothing; succeeds with exit 0 and prints the changes', () => {
    const dir = copy();
    const node = path.resolve('node_modules/.bin/node');
    const run = (...args: string[]) => spawnSync(node, ['generators/cli/release.ts', ...args, '--content', dir], { encoding: 'utf8' });
    const before = listing(dir);
    const refused = run('--version', '2026.1', '--adopted', '2027-03-01');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Inget har skrivits');
    expect(listing(dir)).toEqual(before);
    const ok = run('--version', '2027.1', '--adopted', '2027-03-01', '--changes', 'Årlig översyn utan ändringar.');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Version 2027.1 registrerad');
    expect(readFileSync(path.join(dir, 'policy-versions/2027-1.yaml'), 'utf8')).toContain('changes: Årlig översyn utan ändringar.');
    expect(execFileSync('ls', ['-A', path.join(dir, 'snapshots')], { encoding: 'utf8' })).not.toContain('.tmp');
  });
});
