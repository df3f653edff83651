/** Cases close to a rule's edge that must NOT produce a finding. */
import { describe, expect, it } from 'vitest';
import { runWith } from './helpers.ts';

const STOD = 'activities/stod.yaml';

describe('passing edge cases', () => {
  it('governance/dpo-named: no warning when the organisation needs no DPO (assessed not large-scale, or no core sensitive processing)', () => {
    const noDpo = { 'organisation.yaml': (d: import('yaml').Document.Parsed) => d.deleteIn(['dpo']), 'people/dina-dpo.yaml': (d: import('yaml').Document.Parsed) => d.deleteIn(['roles']) };
    const assessed = runWith({
      ...noDpo,
      'organisation.yaml': (d) => {
        d.deleteIn(['dpo']);
        d.setIn(['processingScale'], { large: false, reason: 'Vi ger assistans till sex personer.' });
      },
    });
    expect(assessed.of('governance/dpo-named')).toEqual([]);
    expect(assessed.diagnostics.filter((x) => x.severity === 'error' && x.rule?.startsWith('organisation/'))).toEqual([]);
    // Health data that are not the core activity (coreActivity: false), e.g. a household-services firm's sick-leave notes.
    const notCore = runWith({ ...noDpo, [STOD]: (d) => d.setIn(['coreActivity'], false) });
    expect(notCore.of('governance/dpo-named')).toEqual([]);
    // And the reverse edge: a core activity marked as such without 9(2)(h) still counts.
    const core = runWith({
      ...noDpo,
      [STOD]: (d) => {
        d.setIn(['coreActivity'], true);
        d.setIn(['specialCondition', 'condition'], '9(2)(b)');
      },
    });
    expect(core.of('governance/dpo-named')).toHaveLength(1);
  });

  it('notice/consent-combined: several bases without consent are fine, and consent alone is fine', () => {
    const run = runWith({
      [STOD]: (d) => {
        d.deleteIn(['purposes', 0, 'legalBasis']);
        d.setIn(
          ['purposes', 0, 'legalBases'],
          [
            { basis: '6(1)(c)', note: 'Lagen.' },
            { basis: '6(1)(b)', note: 'Avtalet.' },
          ],
        );
      },
    });
    expect(run.of('notice/consent-combined')).toEqual([]);
    expect(runWith().of('notice/consent-combined')).toEqual([]);
  });

  it('organisation/shape accepts the legal form\'s own word, and a group saying "koncernen"', () => {
    expect(
      runWith({
        'organisation.yaml': (d) => {
          d.setIn(['legalForm'], 'ekonomisk-forening');
          d.setIn(['wording'], { organisation: { sv: 'kooperativet', en: 'the cooperative' } });
        },
      }).of('organisation/shape'),
    ).toEqual([]);
    expect(runWith({ 'organisation.yaml': (d) => d.setIn(['structure'], 'single') }).of('organisation/shape')).toEqual([]);
  });

  it('notice/retention-stated: criteria alone, without from, are enough', () => {
    const run = runWith({
      [STOD]: (d) => {
        d.deleteIn(['retention', 0, 'duration']);
        d.deleteIn(['retention', 0, 'from']);
        d.deleteIn(['retention', 0, 'law']);
        d.setIn(['retention', 0, 'criteria'], 'Så länge du får stöd av oss.');
      },
    });
    expect(run.of('notice/retention-stated')).toEqual([]);
  });

  it('law/section-listed ignores case and spacing in section labels', () => {
    const run = runWith({ [STOD]: (d) => d.setIn(['purposes', 0, 'law', 0, 'section'], '23C§') });
    expect(run.of('law/section-listed')).toEqual([]);
  });

  it('retention/law-bounds accepts a duration equal to the limits', () => {
    expect(runWith().of('retention/law-bounds')).toEqual([]);
    const run = runWith({ [STOD]: (d) => d.setIn(['retention', 0, 'duration'], 'P24M') });
    expect(run.of('retention/law-bounds')).toEqual([]);
  });

  it('retention/categories-covered: a rule without dataCategories covers every category', () => {
    const run = runWith({
      [STOD]: (d) => {
        d.setIn(['retention', 0, 'dataCategories'], ['kontakt']);
        d.addIn(['retention'], { criteria: 'Så länge uppdraget pågår.', from: 'uppdragets slut', then: 'deleted' });
      },
    });
    expect(run.of('retention/categories-covered')).toEqual([]);
  });

  it('governance dates: the due day itself is neither overdue nor unreviewed', () => {
    const atAdoption = runWith({}, '2027-03-01');
    expect(atAdoption.of('governance/adoption-overdue')).toEqual([]);
    expect(atAdoption.of('governance/adoption-due')).toHaveLength(1);
    expect(runWith({}, '2027-01-29').of('governance/adoption-due')).toEqual([]);
    expect(runWith({}, '2027-06-01').of('governance/activity-review')).toEqual([]);
  });

  it('the newest board adoption counts, not the newest version', () => {
    const run = runWith(
      {
        'policy-versions/v2027-1.yaml':
          'version: "2027.1"\npreparedBy: { person: dina-dpo, date: 2027-02-01 }\napprovedBy: { person: anna-chef, date: 2027-02-10 }\nadoptedByBoard: 2027-02-20\nchanges: Ny version.\n',
      },
      '2027-03-02',
    );
    expect(run.of('governance/adoption-overdue')).toEqual([]);
  });

  it('hygiene/internal-in-public allows internal security measures and processors (the notice omits them)', () => {
    const run = runWith({
      'security-measures/behorighet.yaml': (d) => d.setIn(['visibility'], 'internal'),
      'processors/molnet.yaml': (d) => d.setIn(['visibility'], 'internal'),
    });
    expect(run.of('hygiene/internal-in-public')).toEqual([]);
  });

  it('notice rules skip internal activities', () => {
    const run = runWith({ 'activities/rekrytering.yaml': (d) => d.deleteIn(['criminalDataBasis']) });
    // the error comes from special/criminal-basis only; no notice/* rule looks at an internal activity
    expect(run.diagnostics.map((d) => d.rule)).toEqual(['special/criminal-basis']);
    const provision = runWith({ 'activities/rekrytering.yaml': (d) => d.deleteIn(['provision']) });
    expect(provision.of('notice/provision')).toEqual([]);
  });

  it('language rules skip label-length texts (under 10 words) however long their words', () => {
    const run = runWith({ [STOD]: (d) => d.setIn(['purposes', 0, 'description'], 'Dokumentationsskyldighet enligt speciallagstiftning.') });
    expect(run.of('language/notice-lix')).toEqual([]);
  });
  it('notice/rights-below-gdpr passes lawful wordings near the patterns', () => {
    const run = runWith({
      'organisation.yaml': (d) =>
        d.setIn(
          ['rights'],
          d.createNode({
            responseDeadline: 'P1M',
            extension: 'P2M',
            freeCopies: {
              sv: 'Du får gratis en kopia. Du kan fråga muntligt eller skriftligt. För fler kopior får vi ta ut en rimlig avgift.',
              en: 'You get a free copy. You can ask orally or in writing. For further copies we may charge a reasonable fee.',
            },
          }),
        ),
      'subjects/kunder.yaml': (d) => d.setIn(['summary', 'howLong'], 'Vi går igenom uppgifterna en gång per år. Vi svarar inom en månad, och tiden kan förlängas med två månader.'),
      'handbook/06-rattigheter.mdx': '# Rättigheter\n\nEn begäran kan komma muntligt eller skriftligt.\nÄr begäran uppenbart ogrundad får vi ta ut en avgift.\n',
      'templates/extract-letter.sv.hbs': '{{!--\n  Skriv aldrig "gratis en gång per år" här.\n--}}\nHej {{name}},\n',
    });
    expect(run.of('notice/rights-below-gdpr')).toEqual([]);
  });

  it('notice/source-per-category: a data-subject source without categories covers the rest', () => {
    expect(runWith().of('notice/source-per-category')).toEqual([]);
    const run = runWith({ [STOD]: (d) => d.setIn(['sources', 0, 'dataCategories'], ['kontakt', 'personnummer']) });
    expect(run.of('notice/source-per-category')).toEqual([]);
  });

  it('notice/direct-marketing-objection passes when the text says the person can say no', () => {
    const run = runWith({
      [STOD]: (d) => {
        d.setIn(['purposes', 1, 'description'], 'Vi skickar erbjudanden till dig.');
        d.setIn(['purposes', 1, 'legitimateInterest'], 'Att berätta om nya tjänster. Du kan när som helst säga nej, då slutar vi direkt.');
      },
    });
    expect(run.of('notice/direct-marketing-objection')).toEqual([]);
  });

  it('notice/relatives-group passes when a public group of relatives has a page', () => {
    const run = runWith({
      'data-categories/anhoriga.yaml': 'name: Anhöriga\n',
      'subjects/anhoriga.yaml': 'name: Anhöriga\naudience: Du som är anhörig\n',
      [STOD]: (d) => {
        d.setIn(['dataCategories'], d.createNode(['kontakt', 'halsa', 'personnummer', 'anhoriga'], { flow: true }));
        d.setIn(['subjects'], d.createNode(['kunder', 'anhoriga'], { flow: true }));
      },
    });
    expect(run.of('notice/relatives-group')).toEqual([]);
  });

  it('law/staff-consent ignores consent from groups that are not staff', () => {
    // the base fixture's consent purpose (bilder) concerns Kunder
    expect(runWith().of('law/staff-consent')).toEqual([]);
  });

  it('transfer rules pass an EEA sub-processor and a third-country one with its transfer', () => {
    const run = runWith({
      'processors/molnet.yaml': (d) => d.setIn(['subProcessors'], d.createNode([{ name: 'Backup Oy', service: 'Backup', country: 'FI' }])),
      'processors/mejlet.yaml': (d) => d.setIn(['subProcessors'], d.createNode([{ name: 'Support Ltd', service: 'Support', country: 'IN' }])),
      'transfers/mejlet-indien.yaml': 'country: IN\nprocessor: mejlet\nsafeguard: standard-contractual-clauses\nsccDecision: "2021/914"\ncopyAvailable: Skriv till oss.\n',
      'activities/stod.yaml': (d) => d.setIn(['transfers'], d.createNode(['mejlet-usa', 'mejlet-indien'], { flow: true })),
    });
    for (const rule of ['processors/sub-processor-transfer', 'processors/transfer-entry', 'processors/scc-version', 'processors/adequacy']) {
      expect(run.of(rule), rule).toEqual([]);
    }
  });

  it('retention/criteria-period accepts a period the law allows, and text with no period', () => {
    const within = runWith({
      [STOD]: (d) => {
        d.deleteIn(['retention', 0, 'duration']);
        d.setIn(['retention', 0, 'criteria'], 'Två år efter sista anteckningen, så som lagen kräver.');
      },
    });
    expect(within.of('retention/criteria-period')).toEqual([]);
    const none = runWith({ [STOD]: (d) => d.setIn(['retention', 0, 'criteria'], 'Så länge du får stöd av oss.') });
    expect(none.of('retention/criteria-period')).toEqual([]);
  });
});
