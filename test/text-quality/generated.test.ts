/**
 * The text check over generated organisations: 200 random valid content
 * folders (test/support/arbitraries.ts), each read through every output that
 * needs no site build — notice, policy, register, changelog, extract.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentArb, loadGenerated } from '../support/arbitraries.ts';
import { checkDoc, format } from './checks.ts';
import { entryIds } from './outputs.ts';
import { modelDocs } from './documents.ts';
import { TIMEOUT } from '../support/timeouts.ts';

describe('text quality of generated organisations', () => {
  it('200 random content models: every generated sentence reads right', { timeout: TIMEOUT.long }, async () => {
    await fc.assert(
      fc.asyncProperty(contentArb(), async (content) => {
        const { model, cleanup } = loadGenerated(content);
        try {
          const docs = await modelDocs(model, 'generated');
          const ids = entryIds(model);
          expect(docs.flatMap((d) => checkDoc(d, { ids })).map(format)).toEqual([]);
        } finally {
          cleanup();
        }
      }),
      { numRuns: 200 },
    );
  });
});
