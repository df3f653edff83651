import { isThirdCountry } from '../../model/vocabulary/countries.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

/** Chapter V: data reach a third country only with a safeguard; the transfer entry records it. */
export const thirdCountry: Rule = {
  id: 'processors/third-country',
  severity: 'error',
  reference: 'GDPR art. 44–46, 49',
  title: bi('Skyddsåtgärd för part i tredjeland', 'Safeguard for a party in a third country'),
  description: bi(
    'Varje biträde och mottagare med land utanför EU/EES har en post i content/transfers/ som hänvisar till den (processor eller recipient).',
    'Every processor and recipient with a country outside the EU/EEA has an entry in content/transfers/ that refers to it (processor or recipient).',
  ),
  why: bi(
    'Överföring till tredjeland kräver beslut om adekvat skyddsnivå, lämpliga skyddsåtgärder (t.ex. standardavtalsklausuler) eller ett undantag i art. 49.',
    'A transfer to a third country needs an adequacy decision, appropriate safeguards (e.g. standard contractual clauses) or an Art. 49 derogation.',
  ),
  fix: bi(
    'Skapa en fil i content/transfers/ med country, processor/recipient, safeguard och copyAvailable.',
    'Create a file in content/transfers/ with country, processor/recipient, safeguard and copyAvailable.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const p of model.processors) {
      if (!isThirdCountry(p.country) || model.transfers.some((t) => t.processor === p.id)) continue;
      findings.push({
        kind: 'processors',
        id: p.id,
        path: ['country'],
        message: bi(
          `Biträdet ${p.name} finns i ${p.country}, utanför EU/EES, men ingen överföring med skyddsåtgärd hänvisar till det.`,
          `The processor ${p.name} is in ${p.country}, outside the EU/EEA, but no transfer with a safeguard refers to it.`,
        ),
      });
    }
    for (const r of model.recipients) {
      if (!isThirdCountry(r.country) || model.transfers.some((t) => t.recipient === r.id)) continue;
      findings.push({
        kind: 'recipients',
        id: r.id,
        path: ['country'],
        message: bi(
          `Mottagaren ${textSv(r.name)} finns i ${r.country}, utanför EU/EES, men ingen överföring med skyddsåtgärd hänvisar till den.`,
          `The recipient ${textEn(r.name)} is in ${r.country}, outside the EU/EEA, but no transfer with a safeguard refers to it.`,
        ),
      });
    }
    return findings;
  },
};
