/** Swedish wording of the formatters (src/format/). */
import type { FormatWording } from './types.ts';

export const sv: FormatWording = {
  units: {
    year: { one: 'år', other: 'år' },
    month: { one: 'månad', other: 'månader' },
    week: { one: 'vecka', other: 'veckor' },
    day: { one: 'dag', other: 'dagar' },
    hour: { one: 'timme', other: 'timmar' },
  },
  months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  within: (p) => `inom ${p}`,
  article: (a, p, pt) => `artikel ${a}${p ? `.${p}` : ''}${pt ? ` ${pt}` : ''}`,
  gdpr: ' i dataskyddsförordningen',
  citation: (section, law) => (section ? (/^artikel/.test(section) ? `${section} i ${law}` : `${section} ${law}`) : law),
  sfs: (n) => `(SFS ${n})`,
  retention: {
    period: (p, from, law) => `${p}${from ? ` räknat från ${from}` : ''}${law ? `, enligt ${law}` : ''}.`,
    criteria: (c, from, law) => `${c}${from ? ` Tiden räknas från ${from}${law ? `, enligt ${law}` : ''}.` : law ? ` Det följer av ${law}.` : ''}`,
    then: {
      deleted: 'Därefter raderas uppgifterna.',
      anonymised: 'Därefter anonymiseras uppgifterna, så att de inte längre kan kopplas till någon person.',
      pseudonymised: 'Därefter pseudonymiseras uppgifterna: namn och andra direkta kännetecken ersätts med en kod. Uppgifterna är fortfarande personuppgifter.',
      archived: 'Därefter arkiveras uppgifterna.',
      'handed-over': 'Därefter lämnas uppgifterna över till någon annan.',
    },
    handedOverTo: (r) => `Därefter lämnas uppgifterna över till ${r}.`,
    thenShort: {
      deleted: 'Raderas',
      anonymised: 'Anonymiseras',
      pseudonymised: 'Pseudonymiseras',
      archived: 'Arkiveras',
      'handed-over': 'Lämnas över',
    },
    countedFrom: (from) => `Räknas från ${from}.`,
    noFixedPeriod: 'Ingen fast tid',
    periodShort: (p, from) => (from ? `${p} från ${from}` : p),
  },
  safeguards: {
    'adequacy-decision': { prose: 'EU-kommissionens beslut om adekvat skyddsnivå', short: 'Beslut om adekvat skyddsnivå' },
    'standard-contractual-clauses': { prose: 'EU-kommissionens standardavtalsklausuler', short: 'Standardavtalsklausuler' },
    'binding-corporate-rules': { prose: 'bindande företagsbestämmelser', short: 'Bindande företagsbestämmelser' },
    'derogation-49': { prose: 'undantag för särskilda situationer enligt artikel 49 i dataskyddsförordningen', short: 'Undantag enligt artikel 49' },
  },
  recipientCondition: (name, condition) => `${name}, ${condition}`,
  described: (name, description) => `${name} – ${description}`,
  commonNouns: ['kommunen', 'kommuner', 'regionen', 'regioner', 'myndigheten', 'myndigheter', 'försäkringsbolaget', 'försäkringsbolag', 'banken', 'banker', 'arbetsgivaren', 'uppdragsgivaren', 'vårdnadshavare', 'vårdnadshavaren', 'anhöriga', 'den', 'det', 'de', 'vår', 'vårt', 'våra', 'andra', 'externa', 'revisorer', 'revisorn', 'leverantörer', 'personal', 'polisen'],
};
