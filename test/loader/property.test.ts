/**
 * Whatever is written into content files — garbage text, arbitrary JSON,
 * a valid file mangled — loadContent never throws: it returns diagnostics
 * or a model, so `check` never shows a stack trace for a content mistake.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { fixture, tempCopy } from './helpers.ts';

const { dir, cleanup } = tempCopy('valid');
afterAll(cleanup);

const TARGETS = ['organisation.yaml', 'entities/moderbolaget.yaml', 'activities/kundakt.yaml', 'subjects/kunder.yaml'];
const originals = new Map(TARGETS.map((t) => [t, readFileSync(fixture(`valid/${t}`), 'utf8')]));

function restore() {
  for (const [t, text] of originals) writeFileSync(path.join(dir, t), text);
  rmSync(path.join(dir, 'people/extra.json'), { force: true });
}

/** The loader's contract, whatever the input. */
function assertContract(): void {
  let result: ReturnType<typeof loadContent>;
  expect(() => {
    result = loadContent(dir);
  }).not.toThrow();
  const { model, diagnostics } = result!;
  expect(Array.isArray(diagnostics)).toBe(true);
  const hasError = diagnostics.some((d) => d.severity === 'error');
  expect(model === undefined).toBe(hasError);
  for (const d of diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(typeof d.message.sv).toBe('string');
    expect(typeof d.hint.en).toBe('string');
  }
}

const target = fc.constantFrom(...TARGETS);
/** YAML-ish text: fragments that steer the parser into its corners. */
const yamlish = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(':', '- ', '\n', '  ', '\t', '"', "'", '{', '}', '[', ']', '&a', '*a', '!!', '#', '|', '>', '---', 'sv: ', 'en: ', 'name: ', '? ')), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('loadContent never throws', () => {
  it('on arbitrary YAML-ish text in any file', () => {
    fc.assert(
      fc.property(target, yamlish, (t, text) => {
        restore();
        writeFileSync(path.join(dir, t), text);
        assertContract();
      }),
      { numRuns: 100 },
    );
  });

  it('on arbitrary JSON values as a .json entry', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        restore();
        writeFileSync(path.join(dir, 'people/extra.json'), JSON.stringify(value));
        assertContract();
      }),
      { numRuns: 100 },
    );
  });

  it('on arbitrary JSON values placed in a field of a valid entry', () => {
    const fields = ['name', 'controllers', 'purposes', 'retention', 'lastReviewed', 'sources', 'locales', 'parent'];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
        restore();
        const file = field === 'locales' || field === 'parent' ? 'organisation.yaml' : 'activities/kundakt.yaml';
        const text = originals.get(file)!;
        // JSON is YAML: replace the field's value with the arbitrary one, on one line.
        const lines = text.split('\n').filter(
          (l, i, all) =>
            !(
              i > 0 &&
              /^\s/.test(l) &&
              all
                .slice(0, i)
                .reverse()
                .find((x) => !/^\s/.test(x))
                ?.startsWith(`${field}:`)
            ),
        );
        const mutated = lines.map((l) => (l.startsWith(`${field}:`) ? `${field}: ${JSON.stringify(value)}` : l)).join('\n');
        writeFileSync(path.join(dir, file), mutated);
        assertContract();
      }),
      { numRuns: 100 },
    );
  });

  it('on mutations of a valid file (deletions, insertions, swaps)', () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 10 }) }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
    );
    fc.assert(
      fc.property(target, fc.array(mutation, { minLength: 1, maxLength: 4 }), (t, mutations) => {
        restore();
        let text = originals.get(t)!;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
          else {
            const lines = text.split('\n');
            const a = m.at % lines.length;
            const b = m.other % lines.length;
            [lines[a], lines[b]] = [lines[b]!, lines[a]!];
            text = lines.join('\n');
          }
        }
        writeFileSync(path.join(dir, t), text);
        assertContract();
      }),
      { numRuns: 100 },
    );
  });
});
