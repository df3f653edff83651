/** Every rule on generated content: none throws, and every finding is located and worded in both languages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/index.ts';
import { contentArb, loadGenerated } from '../support/arbitraries.ts';

describe('rules on generated content', () => {
  it('run without exceptions and locate every finding', () => {
    fc.assert(
      fc.property(contentArb(), (content) => {
        const { model, cleanup } = loadGenerated(content);
        try {
          for (const d of runRules(model, { today: '2026-09-01' })) {
            expect(d.file, d.rule).not.toBe('');
            expect(d.line, `${d.rule} ${d.file}`).toBeGreaterThan(0);
            expect(d.message.sv.trim() && d.message.en.trim(), d.rule).toBeTruthy();
            expect(d.message.sv).not.toMatch(/undefined|NaN|\[object/);
            expect(d.message.en).not.toMatch(/undefined|NaN|\[object/);
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 30, seed: 18 },
    );
  });
});
