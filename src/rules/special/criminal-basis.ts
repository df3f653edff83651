import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';

/** Art. 10: data on criminal offences need a basis in law. */
export const criminalBasis: Rule = {
  id: 'special/criminal-basis',
  severity: 'error',
  reference: 'GDPR art. 10; dataskyddslagen (2018:218) 3 kap. 8 §',
  title: bi('Lagstöd för uppgifter om lagöverträdelser', 'Legal basis for criminal-offence data'),
  description: bi(
    'En behandling som använder en datakategori med criminal: true har criminalDataBasis (lag och paragraf).',
    'An activity using a data category with criminal: true has criminalDataBasis (law and section).',
  ),
  why: bi(
    'Uppgifter om brott, t.ex. utdrag ur belastningsregistret, får bara behandlas när en lag eller förordning tillåter det.',
    'Data about offences, such as criminal-record extracts, may only be processed when a law allows it.',
  ),
  fix: bi('Lägg till criminalDataBasis: { law: <lag-id>, section: "..." } i behandlingen.', 'Add criminalDataBasis: { law: <law-id>, section: "..." } to the activity.'),
  check({ model }) {
    const findings: Finding[] = [];
    for (const a of model.activities) {
      if (a.criminalDataBasis) continue;
      const i = a.refs.dataCategories.findIndex((c) => c.criminal);
      if (i < 0) continue;
      const c = a.refs.dataCategories[i]!;
      findings.push({
        kind: 'activities',
        id: a.id,
        path: ['dataCategories', i],
        message: bi(
          `"${textSv(c.name)}" är uppgifter om lagöverträdelser (art. 10) men behandlingen anger inget lagstöd.`,
          `"${textEn(c.name)}" is criminal-offence data (Art. 10) but the activity cites no legal basis.`,
        ),
      });
    }
    return findings;
  },
};
