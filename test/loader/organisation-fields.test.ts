/**
 * Content errors of the issue-11 fields: several legal bases written into the
 * one-basis field, both or neither basis field, a conditional recipient or a
 * linked group pointing nowhere. Each is one located diagnostic with a hint.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { tempCopy } from './helpers.ts';

const ACT = 'activities/kundakt.yaml';
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function loadWith(file: string, edit: (text: string) => string) {
  const copy = tempCopy('valid');
  cleanup = copy.cleanup;
  const abs = path.join(copy.dir, file);
  const text = edit(readFileSync(abs, 'utf8'));
  writeFileSync(abs, text);
  const lines = text.split('\n');
  const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
  const loaded = loadContent(copy.dir);
  // The valid fixture is bilingual: plain Swedish test texts add missing-translation warnings, not under test here.
  return { ...loaded, errors: loaded.diagnostics.filter((d) => d.severity === 'error'), lineOf };
}

describe('legal bases', () => {
  it('a list in legalBasis points to legalBases instead of "Ogiltigt värde 6(1)(b),6(1)(a)"', () => {
    const r = loadWith(ACT, (s) => s.replace('legalBasis: 6(1)(c)', 'legalBasis: [6(1)(b), 6(1)(a)]'));
    expect(r.model).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect([d.code, d.file, d.line, d.path]).toEqual(['legal-basis-list', ACT, r.lineOf('legalBasis:'), 'purposes[0].legalBasis']);
    expect(d.message.sv).toBe('legalBasis tar en enda rättslig grund, men här står flera (6(1)(b), 6(1)(a)).');
    expect(d.message.sv).not.toMatch(/Ogiltigt värde/);
    expect(d.hint.sv).toMatch(/Skriv legalBases i stället/);
    expect(d.hint.en).toMatch(/Write legalBases instead/);
  });

  it('a comma-separated string in legalBasis gets the same explanation', () => {
    const r = loadWith(ACT, (s) => s.replace('legalBasis: 6(1)(c)', 'legalBasis: "6(1)(b),6(1)(a)"'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['legal-basis-list']);
    expect(r.diagnostics[0]!.message.en).toBe('legalBasis takes a single legal basis, but several are given here (6(1)(b),6(1)(a)).');
  });

  it('legalBases with a note per basis loads, and both fields at once is an error at the purpose', () => {
    const ok = loadWith(ACT, (s) =>
      s.replace(
        'legalBasis: 6(1)(c)',
        'legalBases:\n      - basis: 6(1)(c)\n        note: Lagen kräver det.\n      - basis: 6(1)(b)\n        note: { sv: Avtalet med dig., en: The contract with you. }',
      ),
    );
    expect(ok.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ok.model!.activities[0]!.purposes[0]!.legalBases).toHaveLength(2);
    const both = loadWith(ACT, (s) => s.replace('legalBasis: 6(1)(c)', 'legalBasis: 6(1)(c)\n    legalBases:\n      - basis: 6(1)(b)'));
    expect(both.diagnostics.map((d) => [d.code, d.path, d.message.sv])).toEqual([['legal-basis-both', 'purposes[0]', 'Ändamålet har både legalBasis och legalBases.']]);
    expect(both.diagnostics[0]!.line).toBe(both.lineOf('- id: dokumentation'));
  });

  it('a purpose without any basis says so', () => {
    const r = loadWith(ACT, (s) => s.replace('    legalBasis: 6(1)(c)\n', ''));
    expect(r.diagnostics.map((d) => [d.code, d.path, d.message.en])).toEqual([['legal-basis-missing', 'purposes[0]', 'The purpose has no legal basis.']]);
  });
});

describe('references inside the new structures', () => {
  it('a conditional recipient pointing nowhere is a located unknown reference', () => {
    const r = loadWith(ACT, (s) => s.replace('recipients: [kommunen]', 'recipients:\n  - kommunen\n  - recipient: domstolen\n    condition: Bara om en domstol beslutar det.'));
    expect(r.errors.map((d) => [d.code, d.path, d.line])).toEqual([['unknown-reference', 'recipients[1].recipient', r.lineOf('recipient: domstolen')]]);
  });

  it('a plain recipient id in the same list is still checked', () => {
    const r = loadWith(ACT, (s) => s.replace('recipients: [kommunen]', 'recipients:\n  - kommunn\n  - recipient: kommunen\n    condition: Bara om du ber om det.'));
    expect(r.errors.map((d) => [d.code, d.path, d.hint.sv])).toEqual([['unknown-reference', 'recipients[0]', 'Menade du "kommunen"? Giltiga id: kommunen.']]);
  });

  it('a linked group pointing at a missing group is a located unknown reference', () => {
    const r = loadWith('subjects/kunder.yaml', (s) => `${s}linkedTo:\n  subject: huvudgrupp\n  relation: närstående\n  source: den du är närstående till\n`);
    expect(r.errors.map((d) => [d.code, d.path])).toEqual([['unknown-reference', 'linkedTo.subject']]);
  });

  it('retention by criteria alone loads without from', () => {
    const r = loadWith(ACT, (s) =>
      s.replace(/ {2}- duration: P2Y\n {4}from:\n {6}sv: sista anteckningen\n {6}en: the last entry\n/, '  - criteria: { sv: Så länge avtalet gäller., en: As long as the contract runs. }\n'),
    );
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.model!.activities[0]!.retention[0]!.from).toBeUndefined();
  });
});
