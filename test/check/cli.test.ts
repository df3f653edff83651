/**
 * The `check` command as a user runs it: exit codes and output. Its `main` runs in-process
 * (test/support/in-process.ts); "the real process" spawns the command, for the wiring.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { collectDiagnostics, main } from '../../generators/cli/check.ts';
import { runInProcess } from '../support/in-process.ts';
import { ROOT, fixture, tempCopy } from '../loader/helpers.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');

/** The real process: proves the wiring (exit code set, failures reported without a stack trace). */
function spawned(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { CONTENT_DIR: _drop, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(NODE, ['generators/cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}
const check = (args: string[], env: Record<string, string> = {}) => runInProcess(main, args, env);
const TODAY = ['--today', '2026-03-01'];

/** No stack trace may ever reach the user. */
function expectNoStack(r: { stdout: string; stderr: string }) {
  expect(r.stdout).not.toMatch(/^ {4}at /m);
  expect(r.stderr).not.toMatch(/^ {4}at /m);
  expect(r.stderr).not.toMatch(/\.ts:\d+:\d+\)?$/m);
}

describe('the real process', () => {
  it('exits 1 and 2 as main returns, with the same output and never a stack trace', async () => {
    // Findings (exit 1) and a usage error (exit 2, reported by runMain): the two ways the process sets its exit code.
    const cases = [
      { args: ['--content', fixture('dangling-reference'), ...TODAY], code: 1 },
      { args: ['--content', fixture('valid'), '--format', 'xml'], code: 2 },
    ];
    const runs = await Promise.all(cases.map((c) => spawned(c.args)));
    for (const [i, { args, code }] of cases.entries()) {
      const r = runs[i]!;
      expectNoStack(r);
      expect(r.code, args.join(' ')).toBe(code);
      const inProcess = await check(args);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: inProcess.stdout, stderr: inProcess.stderr });
    }
  });
});

describe('check on content', () => {
  it('exits 0 on a clean site and prints the summary', async () => {
    const r = await check(['--content', fixture('valid'), ...TODAY]);
    expectNoStack(r);
    // The minimal site is complete enough that neither the loader nor the rules find anything.
    expect(collectDiagnostics(fixture('valid'), '2026-03-01')).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Datum för reglerna / date the rules use: 2026-03-01 (--today)\n0 fel, 0 varningar / 0 errors, 0 warnings\n');
    expect(r.stderr).toBe('');
  });

  it('exits 1 on a content error, showing location, path, message and hint', async () => {
    const r = await check(['--content', fixture('dangling-reference'), ...TODAY]);
    expectNoStack(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('activities/kundakt.yaml:8:12  fel  [subjects[0]]  Hänvisningen "kundr" pekar inte på någon post i content/subjects/.');
    expect(r.stdout).toContain('    → Menade du "kunder"? Giltiga id: kunder.');
    expect(r.stdout).toMatch(/1 fel, 0 varningar \/ 1 error, 0 warnings\n$/);
  });

  it('groups a broken copy by file, sorted, and counts every error', async () => {
    const r = await check(['--content', fixture('broken-copy'), ...TODAY]);
    expectNoStack(r);
    expect(r.code).toBe(1);
    const headers = r.stdout.split('\n').filter((l) => l && !l.startsWith(' ') && l.includes('.yaml') && !l.includes(':'));
    expect(headers).toEqual([...headers].sort());
    expect(headers).toEqual([
      'activities/kundakt.yaml',
      'entities/moderbolaget.yaml',
      'laws/lss.yaml',
      'organisation.yaml',
      'processors/molnet.yaml',
      'recipients/kommunen.yaml',
      'subjects/kunder.yaml',
    ]);
    expect(r.stdout).toContain('11 fel, 0 varningar / 11 errors, 0 warnings');
  });

  it('speaks English with --lang en', async () => {
    const r = await check(['--content', fixture('unknown-key'), '--lang', 'en', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('people/dataskyddsombud.yaml:4:1  error  [emial]');
    expect(r.stdout).not.toContain('Okänt fält');
    expect(r.stdout).toContain('1 error, 0 warnings / 1 fel, 0 varningar');
  });

  it('exits 1 without a stack trace when the content dir is missing', async () => {
    const r = await check(['--content', path.join(ROOT, 'test/fixtures/loader/no-such-dir')]);
    expectNoStack(r);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no-such-dir finns inte');
  });

  it('reads CONTENT_DIR when --content is not given', async () => {
    const r = await check([...TODAY], { CONTENT_DIR: fixture('invalid-orgnr') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('entities/moderbolaget.yaml:2:22  fel  [organisationsnummer]');
  });

  it('is deterministic with --today', async () => {
    const a = await check(['--content', fixture('broken-copy'), '--format', 'json', ...TODAY]);
    const b = await check(['--content', fixture('broken-copy'), '--format', 'json', ...TODAY]);
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('rule findings', () => {
  it('show rule id and legal reference next to the message', async () => {
    const { dir, cleanup } = tempCopy('valid');
    try {
      // Without an adopted policy version and the security measure, governance and record rules fire.
      rmSync(path.join(dir, 'policy-versions'), { recursive: true });
      const expected = collectDiagnostics(dir, '2026-03-01').filter((d) => d.rule);
      expect(expected.length).toBeGreaterThan(0);
      const r = await check(['--content', dir, ...TODAY]);
      expectNoStack(r);
      for (const d of expected) {
        expect(r.stdout).toContain(`${d.file}:${d.line}:${d.column}  ${d.severity === 'error' ? 'fel' : 'varning'}`);
        expect(r.stdout).toContain(`${d.message.sv}  (${d.rule}; ${d.reference})`);
      }
      const json = JSON.parse((await check(['--content', dir, ...TODAY, '--format', 'json'])).stdout) as { rule?: string; reference?: string; entry?: string }[];
      expect(json.map((d) => d.rule)).toEqual(expected.map((d) => d.rule));
      expect(json.every((d) => typeof d.reference === 'string')).toBe(true);
    } finally {
      cleanup();
    }
  });
});

describe('--format json', () => {
  it('prints an array of diagnostics with texts in the chosen language', async () => {
    const r = await check(['--content', fixture('broken-copy'), '--format', 'json', '--lang', 'en', ...TODAY]);
    expect(r.code).toBe(1);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list).toHaveLength(11);
    for (const d of list) {
      expect(Object.keys(d).slice(0, 8)).toEqual(['severity', 'code', 'file', 'line', 'column', 'path', 'message', 'hint']);
      expect(typeof d.message).toBe('string');
      expect(typeof d.hint).toBe('string');
      expect(Number.isInteger(d.line) && (d.line as number) >= 1).toBe(true);
    }
    expect(list[0]).toMatchObject({ severity: 'error', code: 'unknown-reference', file: 'activities/kundakt.yaml', line: 8, column: 20, path: 'subjects[1]' });
    const inProcess = loadContent(fixture('broken-copy')).diagnostics;
    expect(list.map((d) => d.message)).toEqual(inProcess.map((d) => d.message.en));
    expect(list.map((d) => d.hint)).toEqual(inProcess.map((d) => d.hint.en));
  });

  it('prints [] for a clean site', async () => {
    const r = await check(['--content', fixture('valid'), '--format', 'json', ...TODAY]);
    const list = JSON.parse(r.stdout) as unknown[];
    expect(list).toEqual([]);
  });
});

describe('--strict', () => {
  it('a site with only a warning passes without --strict and fails with it', async () => {
    const args = ['--content', fixture('missing-translation'), ...TODAY, '--format', 'json'];
    const loose = await check(args);
    const strict = await check([...args, '--strict']);
    const list = JSON.parse(loose.stdout) as { severity: string; code: string }[];
    expect(list.map((d) => [d.severity, d.code])).toEqual([['warning', 'missing-translation']]);
    expect(loose.code).toBe(0);
    expect(strict.code).toBe(1);
  });

  it('the text output lists the warning', async () => {
    const r = await check(['--content', fixture('unknown-folder'), ...TODAY]);
    expect(r.stdout).toContain('activitys:1:1  varning  Mappen "activitys" hör inte till innehållsmodellen och läses inte.');
    expect(r.stdout).toContain('→ Menade du "activities"?');
  });
});

describe('usage', () => {
  it.each([
    [['--format', 'xml'], /--format/],
    [['--lang', 'de'], /--lang/],
    [['--today', '2026-13-01'], /--today/],
    [['--bogus'], /bogus/],
    [['stray-argument'], /stray-argument/],
  ])('%j is a usage error (exit 2, one clear line)', async (args, pattern) => {
    const r = await check(args);
    expectNoStack(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).toContain('--help');
  });

  it('--help describes every option', async () => {
    const r = await check(['--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--content', '--format', '--lang', '--strict', '--list-rules', '--today']) expect(r.stdout).toContain(flag);
  });

  it('--list-rules prints every rule with severity, reference and title', async () => {
    const sv = await check(['--list-rules']);
    const en = await check(['--list-rules', '--lang', 'en']);
    expect(sv.code).toBe(0);
    expect(en.code).toBe(0);
    if (!RULES.length) expect(sv.stdout).toContain('Inga regler');
    for (const rule of RULES) {
      const line = sv.stdout.split('\n').find((l) => l.startsWith(`${rule.id} `))!;
      expect(line).toContain(rule.reference);
      expect(line).toContain(rule.title.sv);
      expect(line).toContain(rule.severity === 'error' ? 'fel' : 'varning');
      expect(en.stdout).toContain(rule.title.en);
    }
    expect(sv.stdout.trim().split('\n')).toHaveLength(Math.max(RULES.length, 1));
  });
});
