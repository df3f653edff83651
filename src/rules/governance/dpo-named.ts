import { bi, type Finding, type Rule } from '../types.ts';
import { textEn, textSv } from '../text.ts';
import { isPublicBody, LEGAL_FORMS, type LegalForm } from '../../model/vocabulary/legal-forms.ts';
import type { ResolvedActivity } from '../../model/model.ts';

/**
 * Whether an activity is part of the core activity: as written, else care
 * processing under 9(2)(h) is (providing care is what a care provider does).
 */
export const isCoreActivity = (a: ResolvedActivity) => a.coreActivity ?? a.specialCondition?.condition === '9(2)(h)';

/** Art. 9 or Art. 10 data of an activity. */
const sensitiveCategories = (a: ResolvedActivity) => a.refs.dataCategories.filter((c) => c.special || c.criminal);

/**
 * GDPR Art. 37(1): a DPO is required for a public body (a), or when the core
 * activities consist of large-scale processing of Art. 9 or Art. 10 data (c).
 * (b), large-scale regular and systematic monitoring, is not derivable from the content.
 */
export const dpoNamed: Rule = {
  id: 'governance/dpo-named',
  severity: 'warning',
  reference: 'GDPR art. 37.1 a, 37.1 c, 37.7',
  title: bi('Dataskyddsombud när det krävs', 'DPO where required'),
  description: bi(
    'Om organisationen är en myndighet (kommun, region) eller om dess kärnverksamhet är behandling i stor omfattning av känsliga uppgifter (art. 9) eller uppgifter om lagöverträdelser (art. 10), anger organisation.yaml dpo.',
    'If the organisation is a public body (municipality, region) or its core activity is large-scale processing of special-category (Art. 9) or criminal-offence (Art. 10) data, organisation.yaml sets dpo.',
  ),
  why: bi(
    'Artikel 37.1 kräver dataskyddsombud av myndigheter och av den vars kärnverksamhet består av behandling i stor omfattning av känsliga uppgifter, som hälsouppgifter i vård och omsorg. Om behandlingen är i stor omfattning bedöms efter antal personer, mängd uppgifter, hur länge och var (EDPB:s riktlinjer WP243). Den som inte omfattas behöver inget ombud.',
    'Article 37(1) requires a DPO of public bodies and of those whose core activity consists of large-scale processing of special-category data, such as health data in care. Whether processing is large-scale is judged by the number of people, the amount of data, the duration and the geographical extent (EDPB guidelines WP243). An organisation outside these cases needs none.',
  ),
  fix: bi(
    'Utse ett dataskyddsombud, lägg personen i content/people/ och ange dpo: <person-id> i organisation.yaml. Är behandlingen inte i stor omfattning: skriv processingScale: { large: false, reason: ... } med er bedömning.',
    'Appoint a DPO, add the person to content/people/ and set dpo: <person-id> in organisation.yaml. If the processing is not large-scale: write processingScale: { large: false, reason: ... } with your assessment.',
  ),
  check({ model }) {
    const o = model.organisation;
    if (o.dpo) return [];
    const form = o.legalForm as LegalForm;
    if (isPublicBody(form)) {
      const label = LEGAL_FORMS[form].label;
      return [
        {
          kind: 'organisation',
          id: 'organisation',
          path: ['legalForm'],
          message: bi(
            `Organisationen är en ${label.sv.toLocaleLowerCase('sv')} och måste därför ha ett dataskyddsombud (art. 37.1 a), men dpo saknas.`,
            `The organisation is a ${label.en.toLowerCase()} and so must have a data protection officer (Art. 37(1)(a)), but dpo is missing.`,
          ),
          hint: bi(
            'Utse ett dataskyddsombud och ange dpo: <person-id> i organisation.yaml. Kravet gäller alla myndigheter oavsett omfattning.',
            'Appoint a DPO and set dpo: <person-id> in organisation.yaml. The requirement applies to every public body whatever the scale.',
          ),
        },
      ];
    }
    if (o.processingScale?.large === false) return [];
    const core = model.activities.filter((a) => isCoreActivity(a) && sensitiveCategories(a).length > 0);
    if (core.length === 0) return [];
    const names = { sv: core.map((a) => textSv(a.name)).join(', '), en: core.map((a) => textEn(a.name)).join(', ') };
    const findings: Finding[] = [
      {
        kind: 'organisation',
        id: 'organisation',
        path: o.processingScale ? ['processingScale'] : [],
        message: o.processingScale?.large
          ? bi(
              `Kärnverksamheten (${names.sv}) behandlar känsliga uppgifter i stor omfattning enligt processingScale, men inget dataskyddsombud är angivet (art. 37.1 c).`,
              `The core activity (${names.en}) processes special-category data on a large scale according to processingScale, but no DPO is named (Art. 37(1)(c)).`,
            )
          : bi(
              `Kärnverksamheten (${names.sv}) behandlar känsliga uppgifter, men inget dataskyddsombud är angivet och ingen bedömning av omfattningen finns (art. 37.1 c).`,
              `The core activity (${names.en}) processes special-category data, but no DPO is named and there is no assessment of the scale (Art. 37(1)(c)).`,
            ),
      },
    ];
    return findings;
  },
};
