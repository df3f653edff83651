import { isThirdCountry } from '../../model/vocabulary/countries.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

/** A transfer entry must describe a real transfer: a party, a third country that matches it, and activities that use that party. */
export const transferEntry: Rule = {
  id: 'processors/transfer-entry',
  severity: 'error',
  reference: 'GDPR art. 13.1 f, 14.1 f, 30.1 e, 44',
  title: bi('Överföringen stämmer med parten', 'The transfer matches its party'),
  description: bi(
    'Varje överföring i content/transfers/ anger processor eller recipient; dess land ligger utanför EU/EES och är partens land (eller ett underbiträdes land); en behandling som listar överföringen använder också parten.',
    "Every transfer in content/transfers/ names a processor or recipient; its country is outside the EU/EEA and is the party's country (or a sub-processor's); an activity that lists the transfer also uses the party.",
  ),
  why: bi(
    'Registret och informationen ska ange till vilket land och till vem uppgifterna förs över. En överföring utan part, till fel land eller i en behandling som inte använder parten ger den registrerade och tillsynen fel bild.',
    'The record and the notice must say to which country and to whom data are transferred. A transfer with no party, to the wrong country or in an activity that does not use the party gives the data subject and the authority a wrong picture.',
  ),
  fix: bi(
    'Rätta processor/recipient och country i överföringen, eller ta bort överföringen från behandlingen (eller lägg till parten i behandlingen).',
    'Correct processor/recipient and country in the transfer, or remove the transfer from the activity (or add the party to the activity).',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const t of model.transfers) {
      const at = (path: string[], sv: string, en: string) => findings.push({ kind: 'transfers', id: t.id, path, message: bi(sv, en) });
      if (!t.processor && !t.recipient) {
        at(
          ['country'],
          'Överföringen anger varken processor eller recipient, så det framgår inte vem uppgifterna förs över till.',
          'The transfer names neither processor nor recipient, so it does not say to whom data are transferred.',
        );
        continue;
      }
      if (!isThirdCountry(t.country)) {
        at(['country'], `${t.country} ligger inom EU/EES; det är ingen överföring till tredjeland.`, `${t.country} is inside the EU/EEA; this is no third-country transfer.`);
        continue;
      }
      const processor = t.processor ? model.byId.processors.get(t.processor) : undefined;
      const recipient = t.recipient ? model.byId.recipients.get(t.recipient) : undefined;
      const countries = new Set([processor?.country, ...(processor?.subProcessors.map((s) => s.country) ?? []), recipient?.country].filter(Boolean));
      if (!countries.has(t.country)) {
        const name = processor?.name ?? textSv(recipient?.name);
        at(
          ['country'],
          `Överföringen går till ${t.country}, men ${name} och dess underbiträden finns i ${[...countries].join(', ')}.`,
          `The transfer goes to ${t.country}, but ${processor?.name ?? textEn(recipient?.name)} and its sub-processors are in ${[...countries].join(', ')}.`,
        );
      }
    }
    for (const a of model.activities) {
      a.refs.transfers.forEach((t, i) => {
        const uses = (t.processor && a.refs.processors.some((p) => p.id === t.processor)) || (t.recipient && a.refs.recipients.some((r) => r.id === t.recipient));
        if (uses || (!t.processor && !t.recipient)) return;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: ['transfers', i],
          message: bi(
            `Behandlingen listar överföringen ${t.id}, men använder inte ${t.processor ?? t.recipient} (varken under processors eller recipients).`,
            `The activity lists the transfer ${t.id} but does not use ${t.processor ?? t.recipient} (neither under processors nor recipients).`,
          ),
        });
      });
    }
    return findings;
  },
};
