/**
 * One fixture per kind of content mistake: each must give exactly the
 * expected diagnostic, at the right file, line and column, with a useful hint.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { fixture } from './helpers.ts';

interface Expected {
  severity: 'error' | 'warning';
  code: string;
  file: string;
  line: number;
  column: number;
  path: string;
  message: RegExp;
  hint?: RegExp;
  /** Warnings do not stop the model from loading. */
  loads?: boolean;
}

const CASES: Record<string, Expected> = {
  'yaml-syntax': {
    severity: 'error',
    code: 'yaml-syntax',
    file: 'entities/moderbolaget.yaml',
    line: 7,
    column: 1,
    path: '',
    message: /YAML-filen går inte att läsa: Implicit map keys/,
    hint: /kolon efter varje fältnamn/,
  },
  'wrong-type': {
    severity: 'error',
    code: 'invalid-type',
    file: 'activities/kundakt.yaml',
    line: 7,
    column: 14,
    path: 'controllers',
    message: /ska det vara en lista, men det är en text/,
    hint: /"- "/,
  },
  'missing-required': {
    severity: 'error',
    code: 'required',
    file: 'entities/moderbolaget.yaml',
    line: 1,
    column: 1,
    path: '',
    message: /Fältet "email" saknas/,
    hint: /Lägg till "email:"/,
  },
  'unknown-key': {
    severity: 'error',
    code: 'unknown-key',
    file: 'people/dataskyddsombud.yaml',
    line: 4,
    column: 1,
    path: 'emial',
    message: /Okänt fält "emial"/,
    hint: /Menade du "email"\?/,
  },
  'duplicate-id': {
    severity: 'error',
    code: 'duplicate-id',
    file: 'subjects/kunder.yaml',
    line: 1,
    column: 1,
    path: '',
    message: /Id "kunder" används redan av subjects\/kunder\.json/,
  },
  'duplicate-purpose-id': {
    severity: 'error',
    code: 'duplicate-id',
    file: 'activities/kundakt.yaml',
    line: 19,
    column: 9,
    path: 'purposes[1].id',
    message: /"dokumentation" används redan av purposes\[0\]/,
  },
  'dangling-reference': {
    severity: 'error',
    code: 'unknown-reference',
    file: 'activities/kundakt.yaml',
    line: 8,
    column: 12,
    path: 'subjects[0]',
    message: /"kundr" pekar inte på någon post i content\/subjects\//,
    hint: /Menade du "kunder"\? Giltiga id: kunder\./,
  },
  'invalid-orgnr': {
    severity: 'error',
    code: 'invalid-format',
    file: 'entities/moderbolaget.yaml',
    line: 2,
    column: 22,
    path: 'organisationsnummer',
    message: /"556000-0002" är inte ett organisationsnummer med rätt kontrollsiffra/,
    hint: /kontrollsiffra/,
  },
  'invalid-email': {
    severity: 'error',
    code: 'invalid-format',
    file: 'entities/moderbolaget.yaml',
    line: 7,
    column: 8,
    path: 'email',
    message: /"info\(at\)exempel\.se" är inte en e-postadress/,
  },
  'invalid-date': {
    severity: 'error',
    code: 'invalid-format',
    file: 'activities/kundakt.yaml',
    line: 28,
    column: 15,
    path: 'lastReviewed',
    message: /"2026-13-01" är inte ett datum/,
    hint: /ÅÅÅÅ-MM-DD/,
  },
  'invalid-locale': {
    severity: 'error',
    code: 'invalid-value',
    file: 'organisation.yaml',
    line: 6,
    column: 15,
    path: 'locales[1]',
    message: /Ogiltigt värde "de"/,
    hint: /Tillåtna värden: en, sv/,
  },
  'missing-swedish': {
    severity: 'error',
    code: 'missing-swedish',
    file: 'subjects/kunder.yaml',
    line: 2,
    column: 3,
    path: 'name',
    message: /Svensk text saknas/,
    hint: /"sv:"/,
  },
  'missing-translation': {
    severity: 'warning',
    code: 'missing-translation',
    file: 'subjects/kunder.yaml',
    line: 4,
    column: 11,
    path: 'audience',
    message: /Översättning saknas \(en\)/,
    loads: true,
  },
  'unknown-folder': {
    severity: 'warning',
    code: 'unknown-folder',
    file: 'activitys',
    line: 1,
    column: 1,
    path: '',
    message: /Mappen "activitys"/,
    hint: /Menade du "activities"\?/,
    loads: true,
  },
  personnummer: {
    severity: 'error',
    code: 'personnummer-in-content',
    file: 'data-categories/kontaktuppgifter.yaml',
    line: 2,
    column: 7,
    path: 'name.sv',
    message: /personnummer/,
  },
  'missing-organisation': {
    severity: 'error',
    code: 'missing-organisation',
    file: 'organisation.yaml',
    line: 1,
    column: 1,
    path: '',
    message: /organisation\.yaml saknas/,
  },
};

describe.each(Object.entries(CASES))('fixture %s', (name, expected) => {
  const { model, diagnostics } = loadContent(fixture(name));

  it('reports exactly the one expected diagnostic, located', () => {
    expect(diagnostics.map((d) => ({ severity: d.severity, code: d.code, file: d.file, line: d.line, column: d.column, path: d.path }))).toEqual([
      { severity: expected.severity, code: expected.code, file: expected.file, line: expected.line, column: expected.column, path: expected.path },
    ]);
  });

  it('explains it in Swedish and English', () => {
    const d = diagnostics[0]!;
    expect(d.message.sv).toMatch(expected.message);
    if (expected.hint) expect(d.hint.sv).toMatch(expected.hint);
    expect(d.message.en.length).toBeGreaterThan(0);
    expect(d.hint.en.length).toBeGreaterThan(0);
    expect(d.message.en).not.toBe(d.message.sv);
  });

  it(expected.loads ? 'still loads (warnings only)' : 'gives no model', () => {
    expect(model !== undefined).toBe(!!expected.loads);
    if (!expected.loads) expect(() => loadModelOrThrow(fixture(name))).toThrow(/content has 1 error:/);
  });
});
