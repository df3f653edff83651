import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities } from '../text.ts';

/** N14: automated decisions are explained (logic and consequences). */
export const automatedDecisions: Rule = {
  id: 'notice/automated-decisions',
  severity: 'error',
  reference: 'GDPR art. 13.2 f, 14.2 g, 22',
  title: bi('Automatiserade beslut förklaras', 'Automated decisions explained'),
  description: bi('När automatedDecisions.used är true finns både logic och consequences.', 'When automatedDecisions.used is true, both logic and consequences are given.'),
  why: bi(
    'Vid automatiserat beslutsfattande ska den registrerade få begriplig information om logiken och vilka följder det får.',
    'With automated decision-making the data subject must get meaningful information about the logic and its consequences.',
  ),
  fix: bi('Fyll i automatedDecisions.logic och automatedDecisions.consequences.', 'Fill in automatedDecisions.logic and automatedDecisions.consequences.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of noticeActivities(model)) {
      const ad = a.automatedDecisions;
      if (!ad.used || (ad.logic && ad.consequences)) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['automatedDecisions'],
        message: bi('Behandlingen använder automatiserade beslut men förklarar inte logiken och följderna.', 'The activity uses automated decisions but does not explain the logic and consequences.'),
      });
    }
    return findings;
  },
};
