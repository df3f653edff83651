/** A copy of the valid site with mistakes in many files: every one is reported in one run. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { fixture } from './helpers.ts';

const EXPECTED = [
  ['activities/kundakt.yaml', 8, 20, 'unknown-reference', 'subjects[1]'],
  ['activities/kundakt.yaml', 15, 17, 'invalid-value', 'purposes[0].legalBasis'],
  ['activities/kundakt.yaml', 28, 15, 'invalid-format', 'lastReviewed'],
  ['entities/moderbolaget.yaml', 2, 22, 'invalid-format', 'organisationsnummer'],
  ['entities/moderbolaget.yaml', 7, 8, 'invalid-format', 'email'],
  ['laws/lss.yaml', 1, 6, 'invalid-type', 'sfs'],
  ['organisation.yaml', 5, 6, 'unknown-reference', 'dpo'],
  ['processors/molnet.yaml', 3, 1, 'yaml-syntax', ''],
  ['recipients/kommunen.yaml', 1, 1, 'required', ''],
  ['subjects/kunder.yaml', 1, 1, 'required', ''],
  ['subjects/kunder.yaml', 4, 1, 'unknown-key', 'audiense'],
];

describe('a broken copy with many mistakes', () => {
  it('reports all of them at once, in a stable order', () => {
    const { model, diagnostics } = loadContent(fixture('broken-copy'));
    expect(model).toBeUndefined();
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.code, d.path])).toEqual(EXPECTED);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('gives the same result every run', () => {
    const a = loadContent(fixture('broken-copy')).diagnostics;
    const b = loadContent(fixture('broken-copy')).diagnostics;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('names the missing fields and suggests the closest valid values', () => {
    const { diagnostics } = loadContent(fixture('broken-copy'));
    const required = diagnostics.filter((d) => d.code === 'required').map((d) => d.message.sv);
    expect(required).toEqual(['Fältet "kind" saknas men är obligatoriskt.', 'Fältet "audience" saknas men är obligatoriskt.']);
    const dpo = diagnostics.find((d) => d.path === 'dpo')!;
    expect(dpo.hint.sv).toContain('Menade du "dataskyddsombud"?');
  });
});
