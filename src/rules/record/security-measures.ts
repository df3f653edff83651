import { bi, type Finding, type Rule } from '../types.ts';

/** Art. 30(1)(g): "where possible" a general description of the security measures. */
export const securityMeasures: Rule = {
  id: 'record/security-measures',
  severity: 'warning',
  reference: 'GDPR art. 30.1 g, 32.1',
  title: bi('Säkerhetsåtgärder i registret', 'Security measures in the record'),
  description: bi('Varje behandling listar minst en säkerhetsåtgärd (securityMeasures).', 'Every activity lists at least one security measure (securityMeasures).'),
  why: bi(
    'Registerförteckningen ska om möjligt beskriva de tekniska och organisatoriska säkerhetsåtgärderna.',
    'The record must, where possible, describe the technical and organisational security measures.',
  ),
  fix: bi('Lägg till id för åtgärder från content/security-measures/ under securityMeasures.', 'Add ids of measures from content/security-measures/ under securityMeasures.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.securityMeasures.length > 0) continue;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['securityMeasures'],
        message: bi('Behandlingen listar inga säkerhetsåtgärder.', 'The activity lists no security measures.'),
      });
    }
    return findings;
  },
};
