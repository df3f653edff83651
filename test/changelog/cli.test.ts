import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { stableStringify, type PolicySnapshot } from '../../src/changelog/index.ts';
import { FIXTURE, tmpDir } from '../register/helpers.ts';
import { main } from '../../generators/cli/changelog.ts';
import { runInProcess } from '../support/in-process.ts';

const node = path.resolve('node_modules/.bin/node');

/** The fixture plus a version 2027.1 whose snapshot differs from 2026.1 in exactly four known ways. */
function fixtureWithTwoVersions(): string {
  const dir = path.join(tmpDir('changelog-cli'), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  const snap = JSON.parse(readFileSync(path.join(dir, 'snapshots/2026.1.json'), 'utf8')) as PolicySnapshot;
  const loner = snap.activities.find((a) => a.id === 'loner')!;
  loner.recipients = loner.recipients.filter((r) => r !== 'skatteverket');
  loner.retention[0]!.duration = 'P10Y';
  loner.purposes.find((p) => p.id === 'lon')!.legalBasis = '6(1)(f)';
  snap.activities.find((a) => a.id === 'kundakt')!.dataCategories.push('lon');
  writeFileSync(path.join(dir, 'snapshots/2027.1.json'), stableStringify(snap));
  writeFileSync(
    path.join(dir, 'policy-versions/2027-1.yaml'),
    'version: "2027.1"\npreparedBy: { person: dora-dataskydd, date: 2027-02-01 }\napprovedBy: { person: vera-vd, date: 2027-02-02 }\nadoptedByBoard: 2027-02-10\nchanges: Testversion.\nsnapshot: snapshots/2027.1.json\n',
  );
  return dir;
}

/** The command's main in-process (test/support/in-process.ts); the refusal below runs the real process. */
const run = async (dir: string, ...args: string[]) => {
  const r = await runInProcess(main, ['--content', dir, ...args]);
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};
const spawned = (dir: string, ...args: string[]) => spawnSync(node, ['generators/cli/changelog.ts', '--content', dir, ...args], { encoding: 'utf8' });

describe('policy:changelog', () => {
  const dir = fixtureWithTwoVersions();

  it('reports exactly the differences between two fixture versions (json)', async () => {
    const r = await run(dir, '--from', '2026.1', '--to', '2027.1', '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { from: string; to: string; changes: { area: string; type: string; id: string; activity?: string; field?: string; before?: unknown; after?: unknown }[] };
    expect(out.from).toBe('2026.1');
    expect(out.to).toBe('2027.1');
    expect(out.changes.map(({ area, type, id, activity, field }) => ({ area, type, id, activity, field }))).toEqual([
      { area: 'legal-basis', type: 'changed', id: 'lon', activity: 'loner', field: 'legalBasis' },
      { area: 'data-category', type: 'added', id: 'lon', activity: 'kundakt', field: undefined },
      { area: 'recipient', type: 'removed', id: 'skatteverket', activity: 'loner', field: undefined },
      { area: 'retention', type: 'changed', id: 'Räkenskapsinformation', activity: 'loner', field: undefined },
    ]);
    expect(out.changes[0]).toMatchObject({ before: '6(1)(b)', after: '6(1)(f)' });
  });

  it('prints Markdown in Swedish or English, and the reverse direction mirrors the changes', async () => {
    const sv = await run(dir, '--from', '2026.1', '--to', '2027.1');
    expect(sv.status).toBe(0);
    expect(sv.stdout).toContain('# Ändringar från 2026.1 till 2027.1');
    expect(sv.stdout).toContain('- Räkenskapsinformation: sparas 10 år i stället för 7 år.');
    const en = await run(dir, '--from', '2026.1', '--to', '2027.1', '--lang', 'en');
    expect(en.stdout).toContain('# Changes from 2026.1 to 2027.1');
    expect(en.stdout).toContain(
      '**Payroll**\n\n- Pay salaries under the employment contract: the legal basis is now legitimate interests (Article 6(1)(f) GDPR) instead of contract (Article 6(1)(b) GDPR).',
    );
    const back = JSON.parse((await run(dir, '--from', '2027.1', '--to', '2026.1', '--format', 'json')).stdout) as { changes: { type: string; area: string }[] };
    expect(back.changes.find((c) => c.area === 'recipient')!.type).toBe('added');
    expect(back.changes.find((c) => c.area === 'data-category')!.type).toBe('removed');
  });

  it('compares with the current content by default, and refuses a version without a snapshot', async () => {
    // The content equals the 2026.1 snapshot, so "2026.1 → current" is empty and "2027.1 → current" undoes the four changes.
    expect(JSON.parse((await run(dir, '--from', '2026.1', '--format', 'json')).stdout).changes).toEqual([]);
    expect(JSON.parse((await run(dir, '--from', '2027.1', '--format', 'json')).stdout).changes).toHaveLength(4);
    const bad = spawned(dir, '--from', '2024.1', '--to', '2027.1');
    expect(bad.stderr).not.toMatch(/^\s+at /m);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('2024.1');
    expect(bad.stdout).toBe('');
  });
});
