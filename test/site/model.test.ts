/** getModel() for pages: cached by file mtimes, and a content error becomes one readable Error. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FIXTURE } from './built.ts';
import { getModel } from '../../src/site-data/model.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { accessibleAccent, contrast } from '../../src/site-data/color.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'gdpr-docs-model-'));
const content = path.join(work, 'content');
cpSync(FIXTURE, content, { recursive: true });
const previous = process.env.CONTENT_DIR;
afterEach(() => {
  if (previous === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previous;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('getModel', () => {
  it('returns the same model until a content file changes, then reloads', () => {
    process.env.CONTENT_DIR = content;
    const a = getModel();
    expect(getModel()).toBe(a);
    const file = path.join(content, 'organisation.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Exempelomsorg ger', 'Exempelomsorg AB ger'));
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const b = getModel();
    expect(b).not.toBe(a);
    expect(JSON.stringify(b.organisation.description)).toContain('Exempelomsorg AB ger');
  });

  it('throws one Error listing file:line for every content error', () => {
    process.env.CONTENT_DIR = content;
    const file = path.join(content, 'activities/kundakt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('legalBasis: 6(1)(c)', 'legalBasis: 6(1)(z)'));
    utimesSync(file, new Date(2031, 0, 1), new Date(2031, 0, 1));
    expect(() => getModel()).toThrow(/activities\/kundakt\.yaml:\d+:\d+/);
  });
});

describe('public view and colours', () => {
  it('drops internal entries and internal-only fields', () => {
    process.env.CONTENT_DIR = FIXTURE;
    const pm = publicView(getModel());
    const text = JSON.stringify(pm);
    expect(text).not.toContain('SENTINEL');
    expect(text).not.toContain('dora.privat@');
    expect(pm.activities.map((a) => a.id)).not.toContain('sentinel-intern');
  });

  it('drops an internal data category from a public activity that lists it', () => {
    const dir = path.join(work, 'internal-category');
    cpSync(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'activities/kundakt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('dataCategories: [kontaktuppgifter, halsa]', 'dataCategories: [kontaktuppgifter, loggdata-intern, halsa]'));
    const model = loadModelOrThrow(dir);
    expect(model.byId.activities.get('kundakt')!.dataCategories).toEqual(['kontaktuppgifter', 'loggdata-intern', 'halsa']);
    const pm = publicView(model);
    expect(pm.activities.find((a) => a.id === 'kundakt')!.dataCategories.map((c) => c.id)).toEqual(['kontaktuppgifter', 'halsa']);
    expect(JSON.stringify(pm)).not.toContain('SENTINEL-INTERNAL-7f3a');
  });

  it('darkens a light accent until it has enough contrast on white', () => {
    for (const c of ['#2a9d8f', '#ffcc00', '#1d5c63', '#ffffff']) expect(contrast(accessibleAccent(c), '#ffffff')).toBeGreaterThanOrEqual(5);
    expect(accessibleAccent('#1d5c63')).toBe('#1d5c63');
  });
});
