import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { FAILING } from './cases.ts';
import { runWith } from './helpers.ts';

describe('base fixture', () => {
  it('passes every rule: no findings at all', () => {
    expect(runWith().diagnostics).toEqual([]);
  });
});

describe('failing fixtures', () => {
  for (const c of FAILING) {
    it(`${c.rule}: ${c.name}`, () => {
      const run = runWith(c.mutations, c.today);
      const found = run.of(c.rule);
      expect(found.length, JSON.stringify(run.diagnostics.map((d) => [d.rule, d.file, d.line, d.message.en]))).toBeGreaterThan(0);
      const d = found.find((x) => x.file === c.file && x.message.sv.includes(c.sv));
      expect(d, JSON.stringify(found.map((x) => [x.file, x.line, x.message.sv]))).toBeDefined();
      expect(d!.line).toBe(run.lineOf(c.file, c.needle, c.nth));
      expect(d!.message.en).toContain(c.en);
      const rule = RULES.find((r) => r.id === c.rule)!;
      expect(d!.severity).toBe(rule.severity);
      expect(d!.code).toBe(rule.id);
      expect(d!.reference).toBe(rule.reference);
      expect(d!.hint.sv.length).toBeGreaterThan(0);
      expect(d!.hint.en.length).toBeGreaterThan(0);
      expect(d!.acknowledged).toBeUndefined();
    });
  }
});
