/**
 * Every kind of bad content listed in issue 20 gives a located `check` error
 * with a message that explains it — never silence, never an internal error.
 * The summary at the end gives the counts the issue asks for.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../../generators/cli/check.ts';
import { exampleCopy, TODAY } from '../example/helpers.ts';
import { applyEdits, loadCases } from './apply.ts';

const CASES = loadCases();
const tally = { tried: 0, located: 0, silent: 0, internal: 0 };

describe('bad-input corpus (test/bad-input/cases)', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    tally.tried++;
    const copy = exampleCopy();
    try {
      applyEdits(copy.dir, c.edits);
      let diagnostics: ReturnType<typeof collectDiagnostics>;
      try {
        diagnostics = collectDiagnostics(copy.dir, TODAY);
      } catch (e) {
        tally.internal++;
        throw new Error(`internal error instead of a located diagnostic: ${String(e)}`);
      }
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (!errors.length) tally.silent++;
      const hit = errors.find((d) => d.code === c.expect.code && d.file === c.expect.file && (c.expect.line === undefined || d.line === c.expect.line));
      expect(hit, `expected ${c.expect.code} in ${c.expect.file}; got:\n${errors.map((d) => `${d.file}:${d.line} ${d.code} ${d.message.sv}`).join('\n')}`).toBeDefined();
      expect(hit!.line).toBeGreaterThan(0);
      tally.located++;
      expect(`${hit!.message.sv} ${hit!.hint.sv} | ${hit!.message.en} ${hit!.hint.en}`).toContain(c.expect.message);
      // Messages explain in the user's words, never the library's.
      for (const d of errors) expect(`${d.message.sv} ${d.message.en}`).not.toMatch(/parseAllDocuments|call stack|but it is a number|undefined|\[object/);
    } finally {
      copy.cleanup();
    }
  });

  afterAll(() => {
    console.log(`bad-input corpus: ${tally.tried} kinds tried, ${tally.located} located, ${tally.silent} silent accepts, ${tally.internal} internal errors`);
  });

  it('covers every item of issue 20 that concerns content', () => {
    const items = new Set(CASES.map((c) => c.item));
    for (const item of [1, 2, 3, 4, 5, 11, 12]) expect(items.has(item), `item ${item} has a case`).toBe(true);
  });
});
