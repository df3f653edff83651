/**
 * The register extract refers to the request page rather than wording the
 * ways to ask differently: the same channels as the page, its address when
 * the site has a base URL, and never "write to us" (a request needs no form).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { readRequestFile } from '../../generators/extract/input.ts';
import { composeExtract } from '../../generators/extract/compose.ts';
import { requestViewOf } from '../../src/site-data/request.ts';
import { ROOT } from '../site/built.ts';

const model = loadModelOrThrow(path.join(ROOT, 'content'));
const file = path.join(ROOT, 'examples/REF-2026-0042.yaml');

describe("register extract: how to use one's rights", () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`${lang}: lists the request page's channels and links to the page`, () => {
      const { request, activities } = readRequestFile(file, path.basename(file), model);
      const doc = composeExtract({ model, request: request!, activities: activities!, lang });
      const text = JSON.stringify(doc.blocks);
      for (const c of requestViewOf(model, lang).channels) expect(text).toContain(JSON.stringify([c.label, c.lines.join(', ')]));
      expect(text).toContain(
        lang === 'sv'
          ? 'Allt om hur du frågar finns på https://www.omsorgsgruppen.example/begar-ut-dina-uppgifter/.'
          : 'Everything about how to ask is at https://www.omsorgsgruppen.example/en/request-your-data/.',
      );
      expect(text).not.toMatch(/skriv till oss på adressen|write to us at the address/i);
    });
  }
});
