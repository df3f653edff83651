/**
 * The site leak test reads raw bytes, which cannot see inside compressed PDF
 * streams. This one extracts the text of every PDF: public PDFs never contain
 * the fixture's internal-only sentinel; the internal register and policy PDFs do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, FIXTURE, listFiles } from '../site/built.ts';
import { pdfText } from './helpers.ts';
import { TIMEOUT } from '../support/timeouts.ts';

const SENTINEL = 'SENTINEL-INTERNAL-7f3a';
let out: string;
beforeAll(async () => {
  out = await ensureBuilt('fixture', FIXTURE);
}, TIMEOUT.long);

const pdfs = (dir: string) => listFiles(dir).filter((f) => f.endsWith('.pdf'));
const hasSentinel = (file: string) => pdfText(readFileSync(file)).includes(SENTINEL);

describe('leak test inside PDFs', () => {
  it('the internal register and policy PDFs contain the sentinel (the check can see it)', () => {
    const internal = path.join(out, 'internal');
    const files = pdfs(internal);
    expect(files).toEqual(expect.arrayContaining(['register/register.pdf', 'policy/policy.sv.pdf']));
    expect(hasSentinel(path.join(internal, 'register/register.pdf'))).toBe(true);
    expect(hasSentinel(path.join(internal, 'policy/policy.sv.pdf'))).toBe(true);
  });

  it('no public PDF contains it', () => {
    const pub = path.join(out, 'public');
    for (const f of pdfs(pub)) expect(hasSentinel(path.join(pub, f)), f).toBe(false);
  });
});
