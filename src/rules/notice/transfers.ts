import { isThirdCountry } from '../../model/vocabulary/countries.ts';
import { bi, type Finding, type Rule } from '../types.ts';
import { noticeActivities, textEn, textSv } from '../text.ts';

/** N7: every third-country transfer of a public activity is listed with its safeguard and how to get a copy. */
export const transfers: Rule = {
  id: 'notice/transfers',
  severity: 'error',
  reference: 'GDPR art. 13.1 f, 14.1 f, 44–49',
  title: bi('Överföringar till tredjeland', 'Third-country transfers'),
  description: bi(
    'En offentlig behandling vars biträde, underbiträde eller mottagare finns utanför EU/EES listar en överföring (transfers) för den parten och det landet; en överföring med undantag enligt art. 49 beskriver vilket undantag (description).',
    'A public activity whose processor, sub-processor or recipient is outside the EU/EEA lists a transfer (transfers) for that party and country; a transfer under an Art. 49 derogation describes which derogation (description).',
  ),
  why: bi(
    'Informationen ska nämna överföringen, skyddsåtgärden och hur man får en kopia av den. Annars får den registrerade inte veta att uppgifterna lämnar EU/EES.',
    'The notice must mention the transfer, its safeguard and how to obtain a copy. Otherwise the data subject never learns that data leave the EU/EEA.',
  ),
  fix: bi(
    'Lägg till överföringens id under transfers i behandlingen (skapa den i content/transfers/ om den saknas). För derogation-49: skriv vilket undantag i description.',
    "Add the transfer's id under transfers in the activity (create it in content/transfers/ if missing). For derogation-49: name the derogation in description.",
  ),
  check({ model }) {
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const a of noticeActivities(model)) {
      const parties = [
        ...a.refs.processors.map((p, i) => ({ field: 'processors', i, id: p.id, name: { sv: p.name, en: p.name }, country: p.country, match: (t: { processor?: string }) => t.processor === p.id })),
        ...a.refs.recipients.map((r, i) => ({
          field: 'recipients',
          i,
          id: r.id,
          name: { sv: textSv(r.name), en: textEn(r.name) },
          country: r.country,
          match: (t: { recipient?: string }) => t.recipient === r.id,
        })),
      ];
      for (const party of parties) {
        if (!isThirdCountry(party.country)) continue;
        if (a.refs.transfers.some((t) => party.match(t))) continue;
        findings.push({
          kind: 'activities',
          id: a.id,
          path: [party.field, party.i],
          message: bi(
            `${party.name.sv} finns i ${party.country} (utanför EU/EES), men behandlingen listar ingen överföring för den parten.`,
            `${party.name.en} is in ${party.country} (outside the EU/EEA), but the activity lists no transfer for that party.`,
          ),
        });
      }
      // A processor's sub-processors outside the EU/EEA move the data too: the activity lists a transfer to that country.
      a.refs.processors.forEach((p, i) => {
        for (const sub of p.subProcessors) {
          if (!isThirdCountry(sub.country) || sub.country === p.country) continue;
          if (a.refs.transfers.some((t) => t.processor === p.id && t.country === sub.country)) continue;
          findings.push({
            kind: 'activities',
            id: a.id,
            path: ['processors', i],
            message: bi(
              `${p.name} har underbiträdet ${sub.name} i ${sub.country} (utanför EU/EES), men behandlingen listar ingen överföring dit.`,
              `${p.name} has the sub-processor ${sub.name} in ${sub.country} (outside the EU/EEA), but the activity lists no transfer there.`,
            ),
          });
        }
      });
      for (const t of a.refs.transfers) {
        if (t.safeguard !== 'derogation-49' || t.description || reported.has(t.id)) continue;
        reported.add(t.id);
        findings.push({
          kind: 'transfers',
          id: t.id,
          path: ['safeguard'],
          message: bi(
            'Överföringen stöds på ett undantag enligt art. 49 men det står inte vilket (description saknas).',
            'The transfer relies on an Art. 49 derogation but does not say which one (description missing).',
          ),
        });
      }
    }
    return findings;
  },
};
