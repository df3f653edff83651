/**
 * Each built Swedish lättläst page, as a whole (the content's own easy-read
 * texts and the sentences the tool writes around them), stays within the
 * LIX limit the DPO sets (organisation.readability.easyReadMaxLix). The
 * language/easy-read-lix rule scores the content's texts at check time; this
 * scores what the reader actually gets.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, EXAMPLE } from './built.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { lix } from '../../src/rules/lix.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { hasEasyRead, href } from '../../src/site-data/routes.ts';
import { easySections } from '../text-quality/easy-read.ts';

describe('built lättläst pages: LIX of the whole page', () => {
  let out: string;
  const model = loadModelOrThrow(EXAMPLE);
  const pm = publicView(model);
  const limit = model.organisation.readability.easyReadMaxLix;
  const subjects = pm.subjects.filter((s) => hasEasyRead(pm, s.id));
  beforeAll(async () => {
    out = await ensureBuilt('example', EXAMPLE);
  });

  it.each(subjects.map((s) => [s.id] as const))('sv %s: LIX within organisation.readability.easyReadMaxLix', (id) => {
    const html = readFileSync(path.join(out, 'public', href({ kind: 'easy', subject: id }, 'sv'), 'index.html'), 'utf8');
    // Each paragraph and list item is a sentence of its own for LIX, as a reader meets it.
    const text = easySections(html)
      .flatMap((s) => s.paragraphs)
      .join('\n');
    const score = lix(text);
    expect(score.words, 'the page has text to score').toBeGreaterThan(50);
    expect(score.lix, `LIX ${score.lix} (${score.words} words, ${score.longWords} long)`).toBeLessThanOrEqual(limit);
  });
});
