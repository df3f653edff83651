/**
 * Every PDF the build and `extract` produce passes the structural checker
 * (checker.ts), for the bundled content and every example organisation in
 * examples/organisations/<slug>/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { ensureBuilt } from '../site/built.ts';
import { readRequestFile } from '../../generators/extract/input.ts';
import { composeExtract } from '../../generators/extract/compose.ts';
import { renderExtract } from '../../generators/extract/render.ts';
import { pdfToBuffer } from '../../generators/pdf/document.ts';
import { exampleOrganisations } from '../machine/organisations.ts';
import { checkPdf, checkPdfBytes, type Finding } from './checker.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const pdfsUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => path.join(dir, f));

const show = (f: Finding[]) => f.map((x) => `(${x.check}) ${x.message}`).join('\n');

describe('structure of every built PDF', () => {
  for (const org of exampleOrganisations()) {
    it(
      `${org.name}: notice, policy and register PDFs`,
      async () => {
        // The PDFs exactly as the build writes them, from the build the other built-site tests share
        // (the cache names of test/text-quality/organisations.ts: "example" for content/, "org-<slug>").
        const out = await ensureBuilt(org.name === 'content' ? 'example' : `org-${path.basename(org.dir)}`, org.dir);
        const files = pdfsUnder(out);
        // At least the register, one policy and one notice PDF.
        expect(files.length, files.join(', ')).toBeGreaterThanOrEqual(3);
        const findings = files.flatMap((f) => checkPdf(f, { name: `${org.name}/${path.relative(out, f)}` }));
        expect(show(findings)).toBe('');
      },
      TIMEOUT.long,
    );
  }
});

/** Extract requests that fit each content folder: the bundled examples and the extract fixtures. */
const EXTRACTS = [
  {
    content: path.join(ROOT, 'content'),
    requests: readdirSync(path.join(ROOT, 'examples'))
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((f) => path.join(ROOT, 'examples', f)),
  },
  {
    content: path.join(ROOT, 'test/fixtures/extract/content'),
    requests: readdirSync(path.join(ROOT, 'test/fixtures/extract/requests')).map((f) => path.join(ROOT, 'test/fixtures/extract/requests', f)),
  },
];

describe('structure of every extract PDF', () => {
  for (const set of EXTRACTS) {
    it(
      `${path.relative(ROOT, set.content)}: each request in Swedish and English, one encrypted`,
      async () => {
        const model = loadModelOrThrow(set.content);
        const findings: Finding[] = [];
        expect(set.requests.length).toBeGreaterThan(0);
        for (const file of set.requests) {
          const { request, activities, problems } = readRequestFile(file, path.basename(file), model);
          expect(problems).toEqual([]);
          for (const lang of ['sv', 'en'] as const) {
            const password = lang === 'en' ? 'test-password' : undefined;
            const doc = renderExtract(composeExtract({ model, request: request!, activities: activities!, lang }), password ? { userPassword: password } : {});
            findings.push(...checkPdfBytes(await pdfToBuffer(doc), `${path.basename(file)} (${lang})`, { password }));
          }
        }
        expect(show(findings)).toBe('');
      },
      TIMEOUT.build,
    );
  }
});
