/**
 * Issue 2, "done when": a broken copy of the example shows all its errors with
 * their locations — eight different mistakes in seven files, one `check` run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, exampleCopy, lineOf, replaceOnce, TODAY, type CliResult } from './helpers.ts';

interface Expected {
  mistake: string;
  code: string;
  file: string;
  /** Text on the line the diagnostic must point at (in the broken copy). */
  needle: string;
  column: number;
  path: string;
  /** Part of the Swedish message the user reads. */
  sv: string;
}

const EXPECTED: Expected[] = [
  { mistake: 'YAML syntax', code: 'yaml-syntax', file: 'processors/nordmoln.yaml', needle: 'agreementReference PUBA', column: 1, path: '', sv: 'YAML-filen går inte att läsa' },
  { mistake: 'unknown key (typo)', code: 'unknown-key', file: 'subjects/clients.yaml', needle: 'ordr:', column: 1, path: 'ordr', sv: 'Okänt fält "ordr"' },
  {
    mistake: 'dangling reference',
    code: 'unknown-reference',
    file: 'activities/recruitment.yaml',
    needle: 'job-aplicants',
    column: 12,
    path: 'subjects[0]',
    sv: '"job-aplicants" pekar inte på någon post',
  },
  { mistake: 'invalid date', code: 'invalid-format', file: 'activities/recruitment.yaml', needle: 'lastReviewed:', column: 15, path: 'lastReviewed', sv: '"2026-13-12" är inte ett datum' },
  {
    mistake: 'invalid organisationsnummer',
    code: 'invalid-format',
    file: 'entities/exempel-hemtjanst.yaml',
    needle: 'organisationsnummer:',
    column: 22,
    path: 'organisationsnummer',
    sv: 'kontrollsiffra',
  },
  { mistake: 'missing Swedish', code: 'missing-swedish', file: 'glossary/gallring.yaml', needle: 'term:', column: 7, path: 'term', sv: 'Svensk text saknas' },
  { mistake: 'wrong type', code: 'invalid-type', file: 'activities/patient-records.yaml', needle: 'controllers:', column: 14, path: 'controllers', sv: 'ska det vara en lista' },
  {
    mistake: 'duplicate id',
    code: 'duplicate-id',
    file: 'subjects/employees.yaml',
    needle: '# yaml-language-server',
    column: 1,
    path: '',
    sv: 'Id "employees" används redan av subjects/employees.json',
  },
];

let dir = '';
let cleanup = () => {};
let text: CliResult;
let json: CliResult;

beforeAll(() => {
  ({ dir, cleanup } = exampleCopy());
  // A missing colon: the classic YAML slip.
  replaceOnce(dir, 'processors/nordmoln.yaml', 'agreementReference: PUBA', 'agreementReference PUBA');
  replaceOnce(dir, 'subjects/clients.yaml', 'order: 10', 'ordr: 10');
  replaceOnce(dir, 'activities/recruitment.yaml', 'subjects: [job-applicants]', 'subjects: [job-aplicants]');
  replaceOnce(dir, 'activities/recruitment.yaml', /lastReviewed: 2\d{3}-\d\d-\d\d/, 'lastReviewed: 2026-13-12');
  replaceOnce(dir, 'entities/exempel-hemtjanst.yaml', /organisationsnummer: (\d{6}-\d{3})(\d)/, (_m, head: string, check: string) => `organisationsnummer: ${head}${(Number(check) + 1) % 10}`);
  replaceOnce(dir, 'glossary/gallring.yaml', /term: \{ sv: "Gallring", /, 'term: { ');
  replaceOnce(dir, 'activities/patient-records.yaml', /controllers: \[([a-z-]+), [a-z-]+\]/, 'controllers: $1');
  const employees = parse(readFileSync(path.join(dir, 'subjects/employees.yaml'), 'utf8'));
  writeFileSync(path.join(dir, 'subjects/employees.json'), JSON.stringify(employees, null, 2));
  text = check(['--content', dir, '--today', TODAY]);
  json = check(['--content', dir, '--today', TODAY, '--format', 'json']);
});
afterAll(() => cleanup());

describe('a broken copy of the example', () => {
  it('fails with exit code 1 and no stack trace', () => {
    expect(text.code).toBe(1);
    expect(json.code).toBe(1);
    expect(text.stderr).toBe('');
    expect(text.stdout).not.toMatch(/^\s+at /m);
  });

  it.each(EXPECTED.map((e) => [e.mistake, e]))('%s: reported with file:line:column, path and message', (_name, e) => {
    const line = lineOf(dir, e.file, e.needle);
    const list = JSON.parse(json.stdout) as { code: string; file: string; line: number; column: number; path: string; severity: string }[];
    expect(list).toContainEqual(expect.objectContaining({ severity: 'error', code: e.code, file: e.file, line, column: e.column, path: e.path }));
    const where = `${e.file}:${line}:${e.column}  fel${e.path ? `  [${e.path}]` : ''}  `;
    const row = text.stdout.split('\n').find((l) => l.includes(where));
    expect(row, text.stdout).toBeDefined();
    expect(row).toContain(e.sv);
  });

  it('reports every mistake in the same run, and nothing else than errors', () => {
    const list = JSON.parse(json.stdout) as { severity: string; file: string }[];
    expect(list.every((d) => d.severity === 'error')).toBe(true);
    expect(new Set(list.map((d) => d.file))).toEqual(new Set(EXPECTED.map((e) => e.file)));
    expect(text.stdout).toContain(`${list.length} fel, 0 varningar / ${list.length} errors, 0 warnings`);
  });
});
