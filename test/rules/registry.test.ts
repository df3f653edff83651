import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { renderRulesDoc, renderRulesReference, RULES_DOC_PATH } from '../../generators/rules-doc.ts';
import { FAILING } from './cases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('rule registry', () => {
  it('has unique ids of the form area/name, each in its own module src/rules/<area>/<name>.ts', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(existsSync(path.join(ROOT, 'src/rules', `${id}.ts`)), id).toBe(true);
    }
  });

  it('gives every rule a reference and Swedish and English texts', () => {
    for (const r of RULES) {
      expect(r.reference.trim(), r.id).not.toBe('');
      for (const field of ['title', 'description', 'why', 'fix'] as const) {
        expect(r[field].sv.trim(), `${r.id} ${field}.sv`).not.toBe('');
        expect(r[field].en.trim(), `${r.id} ${field}.en`).not.toBe('');
      }
    }
  });

  it('has a failing fixture for every rule (the acknowledgement rules are tested in acknowledgements.test.ts)', () => {
    const covered = new Set([...FAILING.map((c) => c.rule), 'governance/acknowledgement-invalid', 'governance/acknowledgement-unmatched']);
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('rules reference', () => {
  it('docs/rules.md is the generated text (run `node generators/rules-doc.ts` after changing a rule)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });

  it('lists every rule with id, severity, basis and fix in each language', () => {
    for (const locale of ['sv', 'en'] as const) {
      const md = renderRulesReference(locale);
      for (const r of RULES) {
        expect(md).toContain(`\`${r.id}\``);
        expect(md).toContain(r.fix[locale]);
        expect(md).toContain(r.reference);
      }
    }
    expect(renderRulesReference('sv')).toContain('Allvarlighetsgrad: fel');
    expect(renderRulesReference('en', 2).startsWith('## Compliance rules')).toBe(true);
  });
});
