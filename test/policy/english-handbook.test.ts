/**
 * Complete English: every handbook chapter of a bilingual organisation has an
 * English version; a missing one is a located `check` warning, and the English
 * policy says so for that chapter only, never printing Swedish prose.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { policySections, readHandbook } from '../../generators/policy/index.ts';
import { SWEDISH_ONLY_NOTE } from '../../generators/policy/mdx.ts';
import { EXAMPLE, exampleCopy } from '../example/helpers.ts';

const copy = exampleCopy();
afterAll(copy.cleanup);

const sectionText = (blocks: { kind: string; text?: string; items?: string[] }[]) => blocks.map((b) => [b.text ?? '', ...(b.items ?? [])].join(' ')).join(' ');

describe('English handbook chapters', () => {
  it('the bundled example has every chapter in English: no warning, no "Swedish only" note', () => {
    const { model, diagnostics } = loadContent(EXAMPLE);
    expect(diagnostics.filter((d) => d.code === 'handbook-translation-missing')).toEqual([]);
    const en = policySections(model!, 'en', readHandbook(model!.handbook));
    expect(sectionText(en.flatMap((s) => s.blocks))).not.toContain(SWEDISH_ONLY_NOTE);
  });

  it('a missing English chapter is a located warning with the file to write, and only that chapter says Swedish only', () => {
    rmSync(path.join(copy.dir, 'handbook/04-terms.en.mdx'));
    const { model, diagnostics } = loadContent(copy.dir);
    const found = diagnostics.filter((d) => d.code === 'handbook-translation-missing');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'handbook/04-terms.mdx', line: 1, severity: 'warning' });
    expect(found[0]!.message.en).toBe("The chapter has no English version. The policy in that language then lacks the chapter's text and says so.");
    expect(found[0]!.hint.sv).toBe('Skriv kapitlet som handbook/04-terms.en.mdx (front matter lang: en och samma policySection).');
    const en = policySections(model!, 'en', readHandbook(model!.handbook));
    const withNote = en.filter((s) => sectionText(s.blocks).includes(SWEDISH_ONLY_NOTE)).map((s) => s.id);
    expect(withNote).toEqual(['terms']);
    // The Swedish prose of that chapter is not printed in the English policy.
    expect(sectionText(en.flatMap((s) => s.blocks))).not.toContain('Dataskyddet har många egna ord');
  });
});
