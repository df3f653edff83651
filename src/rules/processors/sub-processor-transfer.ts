import { isThirdCountry } from '../../model/vocabulary/countries.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

/** A sub-processor outside the EU/EEA is a transfer too (Art. 28(4), 44): it needs its own transfer entry. */
export const subProcessorTransfer: Rule = {
  id: 'processors/sub-processor-transfer',
  severity: 'error',
  reference: 'GDPR art. 28.4, 44–46',
  title: bi('Underbiträde i tredjeland', 'Sub-processor in a third country'),
  description: bi(
    'Varje underbiträde (subProcessors) med land utanför EU/EEA har en överföring i content/transfers/ med biträdet som processor och underbiträdets land som country.',
    "Every sub-processor (subProcessors) with a country outside the EU/EEA has a transfer in content/transfers/ with the processor as processor and the sub-processor's country as country.",
  ),
  why: bi(
    'Också när biträdet finns i Sverige lämnar uppgifterna EU/EES om ett underbiträde finns utanför. Överföringen behöver en skyddsåtgärd, och den registrerade ska få veta om den.',
    'Even when the processor is in Sweden, data leave the EU/EEA if a sub-processor is outside it. The transfer needs a safeguard, and the data subject must be told about it.',
  ),
  fix: bi(
    'Skapa en fil i content/transfers/ med processor (biträdets id), country (underbiträdets land), safeguard och copyAvailable, och lägg den under transfers i de behandlingar som använder biträdet.',
    "Create a file in content/transfers/ with processor (the processor's id), country (the sub-processor's country), safeguard and copyAvailable, and list it under transfers of the activities that use the processor.",
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const p of model.processors) {
      p.subProcessors.forEach((sub, i) => {
        if (!isThirdCountry(sub.country)) return;
        if (model.transfers.some((t) => t.processor === p.id && t.country === sub.country)) return;
        findings.push({
          kind: 'processors',
          id: p.id,
          path: ['subProcessors', i, 'country'],
          message: bi(
            `Underbiträdet ${sub.name} (${textSv(sub.service)}) finns i ${sub.country}, utanför EU/EES, men ingen överföring för ${p.name} till ${sub.country} finns.`,
            `The sub-processor ${sub.name} (${textEn(sub.service)}) is in ${sub.country}, outside the EU/EEA, but there is no transfer for ${p.name} to ${sub.country}.`,
          ),
        });
      });
    }
    return findings;
  },
};
