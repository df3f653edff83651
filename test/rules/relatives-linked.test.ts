/** notice/relatives-group when the content links groups (subjects/<id>.linkedTo): the link, not the name, decides. */
import { describe, expect, it } from 'vitest';
import { runWith } from './helpers.ts';

const RULE = 'notice/relatives-group';
const ANHORIGA_GROUP = 'name: Anhöriga\naudience: Du som är anhörig till en kund\nlinkedTo:\n  subject: kunder\n  relation: närstående till en kund\n  source: den kund du är närstående till\n';
const CONTACT_ACTIVITY = [
  'name: Kontakt med anhöriga',
  'description: Vi sparar hur vi når dig.',
  'controllers: [testomsorg-ab]',
  'subjects: [anhoriga]',
  'dataCategories: [kontakt]',
  'purposes:',
  '  - id: kontakt',
  '    description: Att kunna ringa dig när något händer.',
  '    legalBasis: 6(1)(f)',
  '    legitimateInterest: Att nå någon närstående.',
  '    balancingTest: Intresseavvägning 2026-02.',
  'sources:',
  '  - from: data-subject',
  'provision:',
  '  requirement: voluntary',
  '  consequence: Utan numret kan vi inte ringa dig.',
  'recipients: []',
  'retention:',
  '  - criteria: Så länge kunden får stöd.',
  '    from: att stödet slutar',
  '    then: deleted',
  'securityMeasures: [behorighet]',
  'lastReviewed: 2026-06-01',
  '',
].join('\n');

describe('notice/relatives-group with linked groups', () => {
  it('passes relatives of the linked group and flags relatives of a group nobody is linked to', () => {
    const run = runWith({
      'data-categories/anhoriga.yaml': 'name: Anhöriga\n',
      'subjects/anhoriga.yaml': ANHORIGA_GROUP,
      'activities/anhorigkontakt.yaml': CONTACT_ACTIVITY,
      'activities/stod.yaml': (d) => d.setIn(['dataCategories'], d.createNode(['kontakt', 'halsa', 'personnummer', 'anhoriga'], { flow: true })),
      'activities/rekrytering.yaml': (d) => d.setIn(['dataCategories'], d.createNode(['kontakt', 'belastning', 'anhoriga'], { flow: true })),
    });
    const found = run.of(RULE);
    expect(found.map((d) => d.file)).toEqual(['activities/rekrytering.yaml']);
    expect(found[0]!.line).toBe(run.lineOf('activities/rekrytering.yaml', 'dataCategories: [kontakt, belastning, anhoriga]'));
    expect(found[0]!.message.sv).toContain('Behandlingen har "Anhöriga", men ingen offentlig grupp');
  });

  it('passes when the relatives group is linked to the staff group too', () => {
    const run = runWith({
      'data-categories/anhoriga.yaml': 'name: Anhöriga\n',
      'subjects/anhoriga.yaml': ANHORIGA_GROUP,
      'subjects/personalens-anhoriga.yaml': ANHORIGA_GROUP.replace('kunder', 'personal').replace('en kund', 'en anställd').replace('en kund', 'en anställd').replace('den kund', 'den anställda'),
      'activities/anhorigkontakt.yaml': CONTACT_ACTIVITY.replace('subjects: [anhoriga]', 'subjects: [anhoriga, personalens-anhoriga]'),
      'activities/rekrytering.yaml': (d) => d.setIn(['dataCategories'], d.createNode(['kontakt', 'belastning', 'anhoriga'], { flow: true })),
    });
    expect(run.of(RULE)).toEqual([]);
  });
});
