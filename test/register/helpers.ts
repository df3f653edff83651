import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadModelOrThrow } from '../../src/model/load.ts';

export const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/register/content');
export const fixtureModel = () => loadModelOrThrow(FIXTURE);
export const tmpDir = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), `gdpr-${prefix}-`));

/** Text of a PDF via poppler's pdftotext, lines joined by single spaces for robust matching. */
export function pdfText(buf: Buffer): string {
  const file = path.join(tmpDir('pdf'), 'x.pdf');
  writeFileSync(file, buf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export function pdfInfo(buf: Buffer): string {
  const file = path.join(tmpDir('pdf'), 'x.pdf');
  writeFileSync(file, buf);
  return execFileSync('pdfinfo', [file], { encoding: 'utf8' });
}
