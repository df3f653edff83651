import { bi, type Finding, type Rule } from '../types.ts';

/** A source "from the person you are linked to" needs a linked group among the activity's groups. */
export const linkedSource: Rule = {
  id: 'notice/linked-source',
  severity: 'error',
  reference: 'GDPR art. 14.2 f',
  title: bi('Källa: den person du är kopplad till', 'Source: the person you are linked to'),
  description: bi(
    'En källa med from: linked-subject finns bara i en behandling där någon grupp har linkedTo.',
    'A source with from: linked-subject appears only in an activity where some group has linkedTo.',
  ),
  why: bi(
    'Den registrerade ska få veta varifrån uppgifterna kommer. "Den person du är kopplad till" säger bara något när det framgår vem det är.',
    'The data subject must learn where the data come from. "The person you are linked to" only says something when it is clear who that is.',
  ),
  fix: bi(
    'Lägg till linkedTo (subject, relation, source) i gruppens fil under content/subjects/, eller välj from: third-party med party eller description.',
    "Add linkedTo (subject, relation, source) to the group's file in content/subjects/, or use from: third-party with a party or description.",
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.refs.subjects.some((s) => s.linkedTo)) continue;
      a.sources.forEach((s, i) => {
        if (s.from !== 'linked-subject') return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['sources', i, 'from'],
          message: bi(
            `Källan sources[${i}] är linked-subject, men ingen av behandlingens grupper (${a.subjects.join(', ')}) är kopplad till en annan grupp.`,
            `Source sources[${i}] is linked-subject, but none of the activity's groups (${a.subjects.join(', ')}) is linked to another group.`,
          ),
        });
      });
    }
    return findings;
  },
};
