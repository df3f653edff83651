import { bi, type Finding, type Rule } from '../types.ts';

/** Art. 28(3): processing by a processor is governed by a written agreement. */
export const agreement: Rule = {
  id: 'processors/agreement',
  severity: 'error',
  reference: 'GDPR art. 28.3',
  title: bi('Personuppgiftsbiträdesavtal', 'Data processing agreement'),
  description: bi('Varje personuppgiftsbiträde har agreementDate (när avtalet skrevs under).', 'Every processor has agreementDate (when the agreement was signed).'),
  why: bi('Ett biträde får bara behandla uppgifter enligt ett skriftligt avtal med den ansvarige.', 'A processor may only process data under a written agreement with the controller.'),
  fix: bi(
    'Skriv under ett personuppgiftsbiträdesavtal och ange agreementDate (och gärna agreementReference).',
    'Sign a data processing agreement and set agreementDate (and preferably agreementReference).',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const p of model.processors) {
      if (p.agreementDate) continue;
      findings.push({
        kind: 'processors',
        id: p.id,
        path: [],
        message: bi(`Biträdet ${p.name} saknar datum för personuppgiftsbiträdesavtal.`, `The processor ${p.name} has no data processing agreement date.`),
      });
    }
    return findings;
  },
};
