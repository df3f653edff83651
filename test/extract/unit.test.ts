import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { checkRequestText } from '../../generators/extract/input.ts';
import { addPeriod } from '../../generators/extract/dates.ts';
import { displayName } from '../../generators/extract/problems.ts';
import { isInsideSiteOutput } from '../../generators/extract/output.ts';
import { readFileSync } from 'node:fs';

const FIX = path.resolve(import.meta.dirname, '../fixtures/extract');
const model = loadModelOrThrow(path.join(FIX, 'content'));
const base = readFileSync(path.join(FIX, 'requests/ref-a.yaml'), 'utf8');

describe('extract input checks', () => {
  it('accepts the fixture request and finds the activity that applies', () => {
    const r = checkRequestText(base, 'a.yaml', model);
    expect(r.problems).toEqual([]);
    expect(r.activities!.map((a) => a.id)).toEqual(['assistance']);
  });

  it.each([
    ['a personnummer given as samordningsnummer', base.replace('personnummer: 19450312-7385', 'samordningsnummer: 19450312-7385'), 'person.samordningsnummer', /wrong kind/],
    ['an activity of another group', base.replace('subjects: [clients]', 'subjects: [clients]\nactivities: [recruitment]'), 'activities.0', /does not apply/],
    ['a category no applying activity processes', base.replace('  - category: name', '  - category: cv'), 'data.0.category', /not processed/],
    ['an answer before receipt', base.replace('answered: 2026-03-20', 'answered: 2026-01-01'), 'request.answered', /before the date received/],
    ['an extension notice after the first month', base.replace('notified: 2026-02-20', 'notified: 2026-03-05'), 'request.extension.notified', /extension notice/],
    ['a reference shaped like a personnummer', base.replace('REF-2026-0001', '19450312-7385'), 'request.reference', /must not look like a personnummer/],
    ['a table row with too few cells', base.replace('- [2025-12-01, Dusch, Tisdagar]', '- [2025-12-01, Dusch]'), 'data.2.tables.0.rows.1', /3 cells/],
  ])('rejects %s, at its place, without echoing values', (_name, text, pathExpected, message) => {
    const r = checkRequestText(text, 'x.yaml', model);
    expect(r.request).toBeUndefined();
    const p = r.problems.find((x) => x.path === pathExpected);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p!.en).toMatch(message);
    expect(p!.line).toBeGreaterThan(1);
    for (const x of r.problems) expect(`${x.sv} ${x.en}`).not.toMatch(/4503127385|450312-7385/);
  });

  it('masks personnummer-like digits in file names it prints', () => {
    expect(displayName('in/19450312-7385.yaml')).toBe('in/[nr].yaml');
    expect(displayName('in/REF-2026-0042.yaml')).toBe('in/REF-2026-0042.yaml');
  });
});

describe('deadline arithmetic', () => {
  it.each([
    ['2026-03-02', 'P1M', '2026-04-02'],
    ['2026-01-31', 'P1M', '2026-02-28'],
    ['2024-01-31', 'P1M', '2024-02-29'],
    ['2026-02-28', 'P2M', '2026-04-28'],
    ['2026-12-15', 'P1M', '2027-01-15'],
    ['2026-03-02', 'P30D', '2026-04-01'],
  ])('%s + %s = %s', (from, period, expected) => {
    expect(addPeriod(from, period)).toBe(expected);
  });
});

describe('site output guard', () => {
  it('refuses dist/, folders in it and folders containing it; allows siblings', () => {
    const site = '/srv/repo/dist';
    expect(isInsideSiteOutput('/srv/repo/dist', site)).toBe(true);
    expect(isInsideSiteOutput('/srv/repo/dist/pdf', site)).toBe(true);
    expect(isInsideSiteOutput('/srv/repo', site)).toBe(true);
    expect(isInsideSiteOutput('/srv/repo/distribution', site)).toBe(false);
    expect(isInsideSiteOutput('/srv/extracts', site)).toBe(false);
  });
});
