/**
 * The cycle commands as the DPO runs them: exit codes, the date they judge by, and a kill mid-way.
 * The date and usage tests call the commands' main in-process (test/support/in-process.ts); the kills
 * and the build refusals run real processes.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { fixtureCopy, record } from './helpers.ts';
import { main as adopt } from '../../generators/cli/policy-adopt.ts';
import { main as draft } from '../../generators/cli/policy-draft.ts';
import { runInProcess } from '../support/in-process.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const run = (dir: string, script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(NODE, [path.join(ROOT, 'generators/cli', script), ...args, '--content', dir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

const inProcess = async (dir: string, main: (argv: string[]) => number, args: string[]) => {
  const r = await runInProcess(main, [...args, '--content', dir]);
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
};

describe('policy:draft and policy:adopt as commands', () => {
  it('say which date they judge by: today unless --today', async () => {
    const dir = fixtureCopy();
    const r = await inProcess(dir, adopt, ['--version', '2027.1', '--date', '2026-01-01']);
    expect(r.stdout).toMatch(/^Datum för reglerna \/ date the rules use: \d{4}-\d{2}-\d{2} \(dagens datum; ändra med --today/);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Version 2027.1 finns inte.');
  });

  it('a usage mistake is one line and exit 2', async () => {
    const dir = fixtureCopy();
    const r = await inProcess(dir, adopt, ['--version', '2027.1']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--date krävs: styrelsemötets datum');
    expect((await inProcess(dir, draft, ['--version', '2027.1', '--today', '2027-02-30'])).stderr).toContain('"2027-02-30" är inte ett datum');
  });

  it('a draft killed before its entry is renamed leaves no version; drafting again succeeds', () => {
    const dir = fixtureCopy();
    const before = record(dir);
    // Index 1 is the entry: the snapshot (index 0) is already in place when the process dies.
    const killed = run(dir, 'policy-draft.ts', ['--version', '2027.1', '--today', '2027-03-01'], { GDPR_DOCS_KILL_BEFORE_RENAME: '1' });
    expect(killed.signal).toBe('SIGKILL');
    const after = record(dir);
    expect(Object.keys(after).filter((f) => !(f in before))).toEqual(expect.arrayContaining(['snapshots/2027.1.json']));
    expect(loadModelOrThrow(dir).policyVersions.map((v) => v.version)).toEqual(['2026.1']);
    const again = run(dir, 'policy-draft.ts', ['--version', '2027.1', '--today', '2027-03-01']);
    expect(again.status).toBe(0);
    expect(Object.keys(record(dir)).filter((f) => !f.includes('.tmp'))).toEqual(['policy-versions/2026-1.yaml', 'policy-versions/2027-1.yaml', 'snapshots/2026.1.json', 'snapshots/2027.1.json']);
  });

  it('an adoption killed before its entry is renamed leaves the version a draft', () => {
    const dir = fixtureCopy();
    expect(run(dir, 'policy-draft.ts', ['--version', '2027.1', '--today', '2027-03-01']).status).toBe(0);
    const killed = run(dir, 'policy-adopt.ts', ['--version', '2027.1', '--date', '2027-03-15', '--today', '2027-03-20'], { GDPR_DOCS_KILL_BEFORE_RENAME: '0' });
    expect(killed.signal).toBe('SIGKILL');
    expect(loadModelOrThrow(dir).byId['policy-versions'].get('2027-1')!.adoptedByBoard).toBeUndefined();
    const again = run(dir, 'policy-adopt.ts', ['--version', '2027.1', '--date', '2027-03-15', '--today', '2027-03-20']);
    expect(again.status).toBe(0);
    expect(loadModelOrThrow(dir).byId['policy-versions'].get('2027-1')!.adoptedByBoard).toBe('2027-03-15');
  });
});

describe('build and governance reminders', () => {
  it('--strict refuses an overdue adoption before building anything; the refusal names the date used', () => {
    const dir = fixtureCopy();
    const out = path.join(path.dirname(dir), 'dist');
    const r = spawnSync(NODE, [path.join(ROOT, 'generators/cli/build.ts'), '--content', dir, '--out', out, '--today', '2027-06-01', '--strict'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Datum för reglerna / date the rules use: 2027-06-01 (--today)');
    expect(r.stderr).toContain('governance/adoption-overdue');
    expect(r.stderr).toContain('Bygget avbröts: rätta felen och varningarna ovan');
  });

  it('refuses a policy version adopted after the build date (nothing public shows a future date)', () => {
    const dir = fixtureCopy();
    const out = path.join(path.dirname(dir), 'dist');
    const r = spawnSync(NODE, [path.join(ROOT, 'generators/cli/build.ts'), '--content', dir, '--out', out, '--today', '2026-02-05'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Version 2026.1 är fastställd 2026-02-10, efter dagens datum 2026-02-05.');
  });
});
