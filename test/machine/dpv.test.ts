/**
 * privacy.jsonld of every example organisation, read by a real JSON-LD
 * processor (jsonld.expand): every IRI in the dpv:, eu-gdpr: and pd:
 * namespaces is a DPV 2.3 term, not sunset, and used as what it is; every
 * part of the model is there in DPV terms; fewer than 10 % of the data
 * categories fall back to the generic dpv:PersonalData.
 * The built site's file is checked the same way in test/site/pages.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../../src/model/load.ts';
import { publicView } from '../../src/site-data/public-view.ts';
import { privacyJsonLd } from '../../src/site-data/machine.ts';
import { GENERIC_PERSONAL_DATA, SPECIAL_CATEGORY_CLASS } from '../../src/model/vocabulary/dpv-mapping.ts';
import { checkDpvDocument, main } from '../../generators/dpv/check.ts';
import { generateTerms, TERMS_FILE, TSV_FILE } from '../../generators/dpv/terms.ts';
import { exampleOrganisations } from './organisations.ts';
import { basesOf } from '../../src/model/purposes.ts';

type Node = Record<string, unknown>;
const typesOf = (n: Node) => [n['@type']].flat() as string[];
const list = (v: unknown) => (v === undefined ? [] : [v].flat()) as Node[];

describe.each(exampleOrganisations())('privacy.jsonld of $name', ({ dir }) => {
  const model = loadModelOrThrow(dir);
  const pm = publicView(model);
  const text = privacyJsonLd(pm, model.organisation.site.baseUrl);
  const doc = JSON.parse(text) as Node;

  it('expands with jsonld and uses only existing, current DPV 2.3 terms, each as what it is', async () => {
    const { findings, uses } = await checkDpvDocument(doc);
    expect(findings).toEqual([]);
    // The check saw the document: every namespace and both kinds of use.
    const terms = new Set(uses.map((u) => u.term));
    for (const t of ['dpv:Process', 'dpv:hasProcess', 'dpv:hasPurpose', 'dpv:hasLegalBasis', 'dpv:hasPersonalData']) expect(terms).toContain(t);
    expect([...terms].some((t) => t.startsWith('eu-gdpr:A6-1-'))).toBe(true);
    expect([...terms].some((t) => t.startsWith('pd:'))).toBe(true);
    expect(text).not.toContain('PersonalDataHandling');
    expect(text).not.toContain('hasPart');
  });

  it('is the same bytes for the same model', () => {
    expect(privacyJsonLd(publicView(loadModelOrThrow(dir)), model.organisation.site.baseUrl)).toBe(text);
  });

  it('is one dpv:Process with every activity as a part, and every part of the model in DPV terms', () => {
    expect(doc['@type']).toBe('dpv:Process');
    const activities = list(doc['dpv:hasProcess']);
    expect(activities.map((a) => a['@id'])).toEqual(pm.activities.map((a) => expect.stringMatching(new RegExp(`#activity-${a.id}$`))));
    expect(list(doc['dpv:hasDataController']).length).toBe(pm.controllers.length);
    expect(list(doc['dpv:hasDataSubject']).length).toBe(pm.subjects.length);
    for (const s of list(doc['dpv:hasDataSubject'])) expect(typesOf(s)).toContain('dpv:DataSubject');
    expect(typesOf(list(doc['dpv:hasAuthority'])[0]!)).toEqual(['dpv:DataProtectionAuthority']);
    expect(list(doc['dpv:hasRight']).map((r) => r['@type'])).toEqual(expect.arrayContaining(['eu-gdpr:A15', 'eu-gdpr:A17', 'eu-gdpr:A77']));
    if (pm.dpo) expect(list(doc['dpv:hasDataProtectionOfficer'])[0]!['@type']).toBe('dpv:DataProtectionOfficer');
    else expect(doc['dpv:hasDataProtectionOfficer']).toBeUndefined();

    pm.activities.forEach((a, i) => {
      const node = activities[i]!;
      expect(node['@type']).toBe('dpv:Process');
      const purposes = list(node['dpv:hasPurpose']);
      expect(purposes.length).toBe(a.purposes.length);
      // Each purpose points at the basis it rests on, an eu-gdpr:A6-1-* node of the activity.
      const bases = new Map(list(node['dpv:hasLegalBasis']).map((b) => [b['@id'], b['@type'] as string]));
      a.purposes.forEach((p, j) => {
        const linked = list(purposes[j]!['dpv:hasLegalBasis']).map((b) => bases.get(b['@id']));
        expect(linked).toEqual(basesOf(p).map((b) => `eu-gdpr:A6-1-${b.basis.slice(5, 6)}`));
      });
      if (a.specialCondition) expect([...bases.values()]).toContain(`eu-gdpr:A9-2-${a.specialCondition.condition.slice(5, 6)}`);
      expect(list(node['dpv:hasPersonalData']).length).toBe(a.dataCategories.length);
      expect(list(node['dpv:hasRecipient']).length).toBe(a.recipients.length);
      expect(list(node['dpv:hasDataProcessor']).length).toBe(a.processors.length);
      const storage = list(node['dpv:hasStorageCondition']).filter((s) => s['@type'] === 'dpv:StorageDuration');
      expect(storage.length).toBe(a.retention.length);
      a.retention.forEach((r, j) => {
        const d = storage[j]!['dpv:hasDuration'] as Node;
        if (r.duration) expect(d['rdf:value']).toEqual({ '@value': r.duration, '@type': 'xsd:duration' });
        else expect(d['@type']).toBe('dpv:UntilEventDuration');
      });
      const transfers = list(node['dpv:hasProcess']);
      expect(transfers.length).toBe(a.transfers.length);
      a.transfers.forEach((tr, j) => {
        expect(transfers[j]!['dpv:hasThirdCountry']).toEqual({ '@type': 'dpv:ThirdCountry', 'dct:identifier': tr.country });
        expect(String((transfers[j]!['dpv:hasLegalBasis'] as Node)['@type'])).toMatch(/^(eu-gdpr:A4[56]-|dpv:DataTransferLegalBasis$)/);
      });
    });
  });

  it('types every data category with a specific DPV concept: Art. 9 data as special category, fewer than 10 % generic', () => {
    const categories = list(doc['dpv:hasPersonalData']);
    const used = new Set(pm.activities.flatMap((a) => a.dataCategories.map((c) => c.id)));
    expect(categories.length).toBe(used.size);
    const special = new Set(pm.activities.flatMap((a) => a.dataCategories.filter((c) => c.special).map((c) => c.id)));
    for (const c of categories) {
      const key = String(c['@id']).replace(/^.*#data-/, '');
      if (special.has(key)) expect(typesOf(c), key).toContain(SPECIAL_CATEGORY_CLASS);
    }
    const generic = categories.filter((c) => typesOf(c).includes(GENERIC_PERSONAL_DATA)).map((c) => c['@id']);
    expect(generic.length / categories.length, `generic: ${generic.join(', ')}`).toBeLessThan(0.1);
  });
});

describe('the DPV check', () => {
  const model = loadModelOrThrow(exampleOrganisations()[0]!.dir);
  const doc = JSON.parse(privacyJsonLd(publicView(model), 'https://example.se')) as Node;

  it('reports a planted unknown term, a sunset term and terms used as what they are not', async () => {
    const activity = list(doc['dpv:hasProcess'])[0]!;
    const planted: Node = {
      ...doc,
      '@type': ['dpv:Process', 'dpv:PersonalDataHandling'],
      'dpv:hasPart': [{ '@id': activity['@id'] }],
      'dpv:hasPersonalData': [...list(doc['dpv:hasPersonalData']), { '@id': 'https://example.se/x#1', '@type': 'pd:HealthRecords' }, { '@id': 'https://example.se/x#2', '@type': 'dpv:hasName' }],
      'dpv:Process': 'x',
      'dpv:hasPurpose': { '@id': 'dpv:Purpose' },
    };
    const { findings } = await checkDpvDocument(planted);
    expect(findings.map((f) => [f.term, f.problem]).sort()).toEqual([
      ['dpv:PersonalDataHandling', 'sunset'],
      ['dpv:Process', 'class-as-predicate'],
      ['dpv:Purpose', 'term-as-value'],
      ['dpv:hasName', 'property-as-type'],
      ['dpv:hasPart', 'unknown'],
      ['pd:HealthRecords', 'unknown'],
    ]);
    expect(findings.find((f) => f.term === 'pd:HealthRecords')!.at).toMatch(/dpv:hasPersonalData\[\d+\]\.@type$/);
  });

  it('refuses a document a processor would read with losses (a key outside every namespace and context)', async () => {
    await expect(checkDpvDocument({ ...doc, hasPart: [] })).rejects.toThrow(/Safe mode/);
  });

  it('the compact term list is generated from the committed DPV 2.3 table (npm run dpv:terms)', () => {
    expect(readFileSync(TERMS_FILE, 'utf8')).toBe(generateTerms(readFileSync(TSV_FILE, 'utf8')));
    expect(path.relative(path.dirname(TERMS_FILE), TSV_FILE)).not.toMatch(/shared/);
  });
});

describe('npm run dpv:check', () => {
  it('prints each problem with the file and exits 1; a clean file gives 0; no file the usage (2); unreadable input a message, not a stack', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dpv-check-'));
    try {
      const model = loadModelOrThrow(exampleOrganisations()[0]!.dir);
      const clean = path.join(dir, 'clean.jsonld');
      writeFileSync(clean, privacyJsonLd(publicView(model), 'https://example.se'));
      const planted = path.join(dir, 'planted.jsonld');
      writeFileSync(planted, readFileSync(clean, 'utf8').replace('"@type": "pd:Name"', '"@type": "pd:FullName"'));
      const lossy = path.join(dir, 'lossy.jsonld');
      writeFileSync(lossy, JSON.stringify({ ...JSON.parse(readFileSync(clean, 'utf8')), hasPart: [] }));
      const broken = path.join(dir, 'broken.jsonld');
      writeFileSync(broken, '{ "@context": ');
      const lines: string[] = [];
      expect(await main([clean], (l) => lines.push(l))).toBe(0);
      expect(lines).toEqual([expect.stringMatching(/clean\.jsonld: \d+ uses of \d+ DPV terms, 0 problems$/)]);
      lines.length = 0;
      expect(await main([planted, lossy, broken], (l) => lines.push(l))).toBe(1);
      expect(lines[0]).toMatch(/planted\.jsonld: pd:FullName: not a term of DPV 2\.3 \(at .*dpv:hasPersonalData\[\d+\]\.@type\)$/);
      expect(lines[1]).toMatch(/planted\.jsonld: \d+ uses of \d+ DPV terms, 1 problem$/);
      expect(lines[2]).toMatch(/lossy\.jsonld: a JSON-LD processor cannot read it without losses: Safe mode/);
      expect(lines[3]).toMatch(/broken\.jsonld: cannot be read as JSON: /);
      expect(lines.join('\n')).not.toMatch(/\n\s+at /);
      lines.length = 0;
      expect(await main([], (l) => lines.push(l))).toBe(2);
      expect(lines).toEqual(['usage: npm run dpv:check -- FILE.jsonld …  (e.g. dist/public/privacy.jsonld)']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
