/**
 * The text check over every output of every example organisation: each site
 * is built once (shared with the other built-site tests), then the visible
 * text of every HTML page, PDF, CSV/XLSX cell, the changelog and the extracts
 * must read right. A finding names the file, the place and the text.
 */
import { describe, expect, it } from 'vitest';
import { ensureBuilt } from '../site/built.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { checkDoc, format } from './checks.ts';
import { builtDocs, entryIds } from './outputs.ts';
import { modelDocs } from './documents.ts';
import { organisations } from './organisations.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../site/built.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { hasEasyRead } from '../../src/site-data/routes.ts';
import { easySections, sharedParagraphs } from './easy-read.ts';
import { TIMEOUT } from '../support/timeouts.ts';

describe('text quality of the example organisations', () => {
  for (const org of organisations()) {
    it(`${org.name}: every output reads right`, { timeout: TIMEOUT.slowest }, async () => {
      const model = loadModelOrThrow(org.dir);
      const out = await ensureBuilt(org.name, org.dir);
      const docs = [...(await builtDocs(out, org.name)), ...(await modelDocs(model, org.name, { pdf: true }))];
      // The check must have seen the outputs it claims to check.
      expect(docs.some((d) => d.file.endsWith('.html'))).toBe(true);
      expect(docs.filter((d) => d.file.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
      expect(docs.some((d) => d.file.endsWith('.csv'))).toBe(true);
      expect(docs.some((d) => d.file.endsWith('.xlsx'))).toBe(true);
      expect(docs.some((d) => d.file.includes('changelog'))).toBe(true);
      expect(docs.some((d) => d.file.includes('extract'))).toBe(true);
      const ids = entryIds(model);
      expect(docs.flatMap((d) => checkDoc(d, { ids })).map(format)).toEqual([]);
    });
    it(`${org.name}: no lättläst page says a paragraph in two sections`, { timeout: TIMEOUT.build }, async () => {
      const pm = publicView(loadModelOrThrow(org.dir));
      const out = path.join(await ensureBuilt(org.name, org.dir), 'public');
      // The groups' lättläst pages (the request page has its own easy-to-read version, not built of sections).
      const pages = listFiles(out).filter((f) => /^(en\/)?(personer|people)\/[^/]+\/(lattlast|easy-read)\/index\.html$/.test(f));
      expect(pages.length).toBe(2 * pm.subjects.filter((s) => hasEasyRead(pm, s.id)).length);
      expect(pages.flatMap((f) => sharedParagraphs(easySections(readFileSync(path.join(out, f), 'utf8'))).map((p) => `${f}: ${p}`))).toEqual([]);
    });
  }
});
