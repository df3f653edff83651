import { ADEQUACY_COUNTRIES } from '../../model/vocabulary/adequacy.ts';
import { isThirdCountry } from '../../model/vocabulary/countries.ts';
import { bi, type Finding, type Rule } from '../types.ts';

/** safeguard: adequacy-decision is only a safeguard where the Commission has decided so. */
export const adequacy: Rule = {
  id: 'processors/adequacy',
  severity: 'warning',
  reference: 'GDPR art. 45',
  title: bi('Beslut om adekvat skyddsnivå finns för landet', 'An adequacy decision exists for the country'),
  description: bi(
    'En överföring med safeguard: adequacy-decision går till ett land som kommissionen har beslutat om (t.ex. Storbritannien, Schweiz, Japan; USA bara för företag anslutna till Data Privacy Framework).',
    'A transfer with safeguard: adequacy-decision goes to a country the Commission has decided on (e.g. the United Kingdom, Switzerland, Japan; the United States only for companies certified under the Data Privacy Framework).',
  ),
  why: bi(
    'Utan ett beslut om adekvat skyddsnivå behöver överföringen andra skyddsåtgärder, annars saknar den stöd i lagen.',
    'Without an adequacy decision the transfer needs other safeguards; otherwise it has no basis in law.',
  ),
  fix: bi(
    'Välj den skyddsåtgärd som faktiskt används (t.ex. standard-contractual-clauses med sccDecision: "2021/914"). Har kommissionen fattat ett nytt beslut för landet: kvittera varningen och ange beslutet.',
    'Choose the safeguard actually used (e.g. standard-contractual-clauses with sccDecision: "2021/914"). If the Commission has adopted a new decision for the country: acknowledge the warning and name the decision.',
  ),
  check({ model }) {
    const findings: Finding[] = [];
    for (const t of model.transfers) {
      // A transfer inside the EU/EEA is processors/transfer-entry's finding.
      if (t.safeguard !== 'adequacy-decision' || !isThirdCountry(t.country) || ADEQUACY_COUNTRIES.has(t.country)) continue;
      findings.push({
        kind: 'transfers',
        id: t.id,
        path: ['safeguard'],
        message: bi(
          `Överföringen till ${t.country} anger ett beslut om adekvat skyddsnivå, men kommissionen har inget sådant beslut för ${t.country}.`,
          `The transfer to ${t.country} claims an adequacy decision, but the Commission has no such decision for ${t.country}.`,
        ),
      });
    }
    return findings;
  },
};
