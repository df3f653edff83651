/**
 * Every term of the default mapping table (src/model/vocabulary/dpv-mapping.ts)
 * is a current DPV 2.3 class of the right kind, including the rows no
 * example organisation uses yet.
 */
import { describe, expect, it } from 'vitest';
import * as mapping from '../../src/model/vocabulary/dpv-mapping.ts';
import { dpvProblem, dpvTerm, isKindOf, type DpvExpected } from '../../src/model/vocabulary/dpv.ts';
import { LEGAL_BASIS_CODES, ART9_CODES, RIGHT_CODES } from '../../src/model/vocabulary/index.ts';
import { RecipientSchema, SAFEGUARDS } from '../../src/model/schemas/index.ts';

const rows = (table: Readonly<Record<string, string | undefined>>) => Object.entries(table).filter((e): e is [string, string] => !!e[1]);

describe('the default DPV mapping', () => {
  const tables: [string, DpvExpected, [string, string][]][] = [
    ['DATA_CATEGORY_BY_ID', 'personal-data', rows(mapping.DATA_CATEGORY_BY_ID)],
    ['SPECIAL_CATEGORY_TERMS', 'personal-data', rows(mapping.SPECIAL_CATEGORY_TERMS)],
    [
      'flags',
      'personal-data',
      [
        ['criminal', mapping.CRIMINAL_TERM],
        ['personnummer', mapping.PERSONNUMMER_TERM],
        ['special', mapping.SPECIAL_CATEGORY_CLASS],
        ['generic', mapping.GENERIC_PERSONAL_DATA],
      ],
    ],
    ['SUBJECT_BY_ID', 'data-subject', [...rows(mapping.SUBJECT_BY_ID), ['default', mapping.DATA_SUBJECT_CLASS]]],
    ['RECIPIENT_BY_KIND', 'recipient', [...rows(mapping.RECIPIENT_BY_KIND), ['default', mapping.RECIPIENT_CLASS]]],
    ['PURPOSE_BY_LEGAL_BASIS', 'purpose', rows(mapping.PURPOSE_BY_LEGAL_BASIS)],
  ];
  it.each(tables)('%s: every term is a current class of the expected kind', (_name, expected, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [key, term] of entries) expect(dpvProblem(term, expected), `${key} → ${term}`).toBeNull();
  });

  it('covers every recipient kind, legal basis, Art. 9 condition, right and safeguard', () => {
    expect(Object.keys(mapping.RECIPIENT_BY_KIND).sort()).toEqual([...RecipientSchema.shape.kind.options].sort());
    expect(Object.keys(mapping.SAFEGUARD_TERMS).sort()).toEqual([...SAFEGUARDS].sort());
    const current = (term: string) => dpvTerm(term)?.kind === 'class' && dpvTerm(term)?.status !== 'sunset';
    for (const code of LEGAL_BASIS_CODES) {
      const term = mapping.legalBasisTerm(code);
      expect(current(term) && term.startsWith('eu-gdpr:A6-1-') && isKindOf(term, 'dpv:LegalBasis'), `${code} → ${term}`).toBe(true);
    }
    for (const code of ART9_CODES) {
      const term = mapping.art9Term(code);
      expect(current(term) && term.startsWith('eu-gdpr:A9-2-') && isKindOf(term, 'dpv:LegalBasis'), `${code} → ${term}`).toBe(true);
    }
    for (const code of RIGHT_CODES) {
      const term = mapping.RIGHT_TERMS[code];
      expect(current(term) && isKindOf(term, 'dpv:Right'), `${code} → ${term}`).toBe(true);
    }
    for (const [code, { basis, measure }] of Object.entries(mapping.SAFEGUARD_TERMS)) {
      expect(current(basis) && isKindOf(basis, 'dpv:DataTransferLegalBasis'), `${code} → ${basis}`).toBe(true);
      if (measure) expect(current(measure), `${code} → ${measure}`).toBe(true);
    }
    expect(isKindOf(mapping.SAFEGUARD_CLASS, 'dpv:Safeguard')).toBe(true);
  });

  it('a data category takes its own term first, then the id table, then its flags, else the generic class', () => {
    const base = { criminal: false, personnummer: false };
    expect(mapping.dataCategoryTerm({ ...base, id: 'name', dpv: 'pd:Username' })).toBe('pd:Username');
    expect(mapping.dataCategoryTerm({ ...base, id: 'name', special: 'health' })).toBe('pd:Name');
    expect(mapping.dataCategoryTerm({ ...base, id: 'vardanteckningar', special: 'health' })).toBe('pd:Health');
    expect(mapping.dataCategoryTerm({ ...base, id: 'domar', criminal: true })).toBe('pd:Criminal');
    expect(mapping.dataCategoryTerm({ ...base, id: 'pnr', personnummer: true })).toBe('pd:OfficialID');
    expect(mapping.dataCategoryTerm({ ...base, id: 'ovrigt' })).toBe('dpv:PersonalData');
  });
});
