/** The arbitraries other tests build on: every generated content folder loads without errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentArb, loadGenerated, organisationsnummerArb } from './arbitraries.ts';
import { checkOrganisationsnummer } from '../../src/model/validators/organisationsnummer.ts';

describe('content arbitraries', () => {
  it('generate content folders that load into a model', () => {
    fc.assert(
      fc.property(contentArb(), (content) => {
        const { model, diagnostics, cleanup } = loadGenerated(content);
        try {
          expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(model.activities.length).toBeGreaterThan(0);
          // Bilingual content gives every text in English: no missing-translation warning.
          expect(diagnostics.filter((d) => d.code === 'missing-translation')).toEqual([]);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('generate valid organisationsnummer', () => {
    fc.assert(
      fc.property(organisationsnummerArb, (n) => {
        expect(checkOrganisationsnummer(n)).toBeNull();
      }),
    );
  });
});
