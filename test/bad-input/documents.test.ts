/** The lists `check` validates handbook chapters and templates against are the ones the outputs really use. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANDBOOK_COMPONENTS } from '../../src/model/documents/handbook.ts';
import { checkTemplateText, LETTER_VARIABLES } from '../../src/model/documents/templates.ts';
import { ROOT } from '../example/helpers.ts';

describe('document checks match their outputs', () => {
  it('HANDBOOK_COMPONENTS are exactly the components the handbook page passes to MDX', () => {
    const page = readFileSync(path.join(ROOT, 'src/sites/internal/pages/handbok/[id].astro'), 'utf8');
    const passed = /<Content components=\{\{([^}]*)\}\}/
      .exec(page)![1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect([...passed].sort()).toEqual([...HANDBOOK_COMPONENTS].sort());
  });

  it('the bundled letter templates use only LETTER_VARIABLES, and every variable is known to the letter', () => {
    for (const lang of ['sv', 'en']) {
      expect(checkTemplateText(readFileSync(path.join(ROOT, `content/templates/extract-letter.${lang}.hbs`), 'utf8'))).toEqual([]);
    }
    const letter = readFileSync(path.join(ROOT, 'generators/extract/letter.ts'), 'utf8');
    const fields = /export interface LetterContext \{([^}]*)\}/
      .exec(letter)![1]!
      .match(/^\s+(\w+):/gm)!
      .map((f) => f.trim().slice(0, -1));
    expect(fields.sort()).toEqual([...LETTER_VARIABLES].sort());
  });
});
