/**
 * The optional `dpv` field (data categories, groups, recipients, purposes)
 * names a W3C DPV 2.3 term. An unknown, sunset or unfitting term is a
 * located error with a fix, every one reported at once.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { dpvProblem } from '../../src/model/vocabulary/dpv.ts';
import { tempCopy } from './helpers.ts';

describe('dpv field', () => {
  const copy = tempCopy('valid');
  afterAll(() => copy.cleanup());
  const add = (file: string, line: string) => appendFileSync(path.join(copy.dir, file), `\n${line}\n`);

  it('accepts a fitting term and keeps it in the model', () => {
    add('data-categories/kontaktuppgifter.yaml', 'dpv: pd:Contact');
    const { model, diagnostics } = loadContent(copy.dir);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model!.dataCategories[0]!.dpv).toBe('pd:Contact');
  });

  it('reports an unknown, a sunset and an unfitting term with file, line and fix, all at once', () => {
    const cat = path.join(copy.dir, 'data-categories/kontaktuppgifter.yaml');
    writeFileSync(cat, readFileSync(cat, 'utf8').replace('dpv: pd:Contact', 'dpv: pd:HealthRecords'));
    add('subjects/kunder.yaml', 'dpv: pd:Name');
    add('recipients/kommunen.yaml', 'dpv: dpv:PrivateLocation');
    const act = path.join(copy.dir, 'activities/kundakt.yaml');
    writeFileSync(act, readFileSync(act, 'utf8').replace('    legalBasis: 6(1)(c)\n', '    legalBasis: 6(1)(c)\n    dpv: dpv:hasPurpose\n'));

    const { model, diagnostics } = loadContent(copy.dir);
    expect(model).toBeUndefined();
    const dpv = diagnostics.filter((d) => d.code.startsWith('dpv-'));
    const lineOf = (file: string, text: string) =>
      readFileSync(path.join(copy.dir, file), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(text)) + 1;
    expect(dpv.map((d) => [d.code, d.file, d.line, d.path])).toEqual([
      ['dpv-wrong-kind', 'activities/kundakt.yaml', lineOf('activities/kundakt.yaml', 'dpv: dpv:hasPurpose'), 'purposes[0].dpv'],
      ['dpv-unknown-term', 'data-categories/kontaktuppgifter.yaml', lineOf('data-categories/kontaktuppgifter.yaml', 'dpv:'), 'dpv'],
      ['dpv-sunset-term', 'recipients/kommunen.yaml', lineOf('recipients/kommunen.yaml', 'dpv:'), 'dpv'],
      ['dpv-wrong-kind', 'subjects/kunder.yaml', lineOf('subjects/kunder.yaml', 'dpv:'), 'dpv'],
    ]);
    const [purpose, unknown, sunset, subject] = dpv;
    expect(unknown!.message.en).toBe('"pd:HealthRecords" is not a term of the W3C Data Privacy Vocabulary (DPV) 2.3.');
    expect(unknown!.hint.en).toMatch(/^Did you mean "pd:HealthRecord"\?/);
    expect(unknown!.message.sv).toMatch(/är inget begrepp i W3C:s Data Privacy Vocabulary/);
    expect(sunset!.message.en).toBe('"dpv:PrivateLocation" is being retired from DPV 2.3 (sunset) and must not be used.');
    expect(sunset!.hint.en).toBe('Use dpv:LocalLocation or a more specific term below it.');
    expect(subject!.message.en).toBe('"pd:Name" does not fit here: the field needs a DPV term that is a kind of dpv:HumanSubject.');
    expect(purpose!.message.en).toMatch(/"dpv:hasPurpose" does not fit here: .* a kind of dpv:Purpose\./);
  });
});

describe('dpvProblem', () => {
  it('accepts narrower terms of the expected class through several broader steps', () => {
    expect(dpvProblem('pd:HealthRecord', 'personal-data')).toBeNull();
    expect(dpvProblem('dpv:SpecialCategoryPersonalData', 'personal-data')).toBeNull();
    expect(dpvProblem('dpv:Patient', 'data-subject')).toBeNull();
    expect(dpvProblem('dpv:NaturalPerson', 'recipient')).toBeNull();
    expect(dpvProblem('dpv:RecruitmentInterviewAssessment', 'purpose')).toBeNull();
  });
  it('rejects a class of another branch, a property and a section name of the release', () => {
    expect(dpvProblem('dpv:Patient', 'personal-data')).toEqual({ problem: 'wrong-kind', term: 'dpv:Patient', expected: 'dpv:PersonalData' });
    expect(dpvProblem('dpv:hasPersonalData', 'personal-data')).toMatchObject({ problem: 'wrong-kind' });
    expect(dpvProblem('dpv:TOM-classes', 'purpose')).toMatchObject({ problem: 'unknown' });
  });
});
