import { bi, type Finding, type Rule } from '../types.ts';

/** 9(2)(h) holds only when the data are handled under professional secrecy (9(3)). */
export const professionalSecrecy: Rule = {
  id: 'special/professional-secrecy',
  severity: 'error',
  reference: 'GDPR art. 9.2 h, 9.3',
  title: bi('Tystnadsplikt vid vård och omsorg (9.2 h)', 'Professional secrecy for care (9(2)(h))'),
  description: bi(
    'När specialCondition.condition är 9(2)(h) anger specialCondition.professionalSecrecy vem som har tystnadsplikt och enligt vad.',
    'When specialCondition.condition is 9(2)(h), specialCondition.professionalSecrecy says who is bound by secrecy and under what.',
  ),
  why: bi(
    'Undantaget för vård och omsorg gäller bara när uppgifterna behandlas av eller under ansvar av någon som har tystnadsplikt.',
    'The care exception applies only when data are processed by or under the responsibility of someone bound by professional secrecy.',
  ),
  fix: bi('Lägg till professionalSecrecy, t.ex. "Personalen har tystnadsplikt enligt 29 § LSS".', 'Add professionalSecrecy, e.g. "Staff are bound by secrecy under section 29 LSS".'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.specialCondition?.condition !== '9(2)(h)' || a.specialCondition.professionalSecrecy) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['specialCondition', 'condition'],
        message: bi(
          'Villkoret 9(2)(h) används men det står inte vem som har tystnadsplikt (professionalSecrecy).',
          'Condition 9(2)(h) is used but it is not said who is bound by secrecy (professionalSecrecy).',
        ),
      });
    }
    return findings;
  },
};
