/**
 * The site fixture (test/fixtures/site/content) copied and changed in one
 * place, so each test shows that the request page and form follow the content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { loadContent, loadModelOrThrow } from '../../src/model/load.ts';
import { publicView, type PublicModel } from '../../src/site-data/public-view.ts';
import { FIXTURE } from '../site/built.ts';

export type Edits = Record<string, (doc: Document.Parsed) => void>;

/** The fixture with `edits` applied (file → change of its YAML), handed to `use` and then removed. */
export function withFixture<T>(edits: Edits, use: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'request-'));
  try {
    cpSync(FIXTURE, dir, { recursive: true });
    for (const [file, change] of Object.entries(edits)) {
      const abs = path.join(dir, file);
      const doc = parseDocument(readFileSync(abs, 'utf8'));
      change(doc);
      writeFileSync(abs, doc.toString());
    }
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The public view of the fixture with `edits`. */
export const fixtureView = (edits: Edits = {}): PublicModel => withFixture(edits, (dir) => publicView(loadModelOrThrow(dir)));

/** The load diagnostics of the fixture with `edits` (for errors a user must see). */
export const fixtureDiagnostics = (edits: Edits) => withFixture(edits, (dir) => loadContent(dir).diagnostics);

/** Sets organisation.yaml `requests`. */
export const requests = (value: unknown): Edits => ({ 'organisation.yaml': (d) => d.set('requests', d.createNode(value)) });
