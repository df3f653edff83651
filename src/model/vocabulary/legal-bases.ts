/**
 * GDPR Art. 6(1) legal bases: built-in reference data so no DPO retypes them.
 * Labels follow IMY's Swedish usage; `plain` explains the basis to the public.
 */
export const LEGAL_BASES = {
  '6(1)(a)': {
    article: 'GDPR art. 6.1 a',
    dpv: 'eu-gdpr:A6-1-a',
    label: { sv: 'Samtycke', en: 'Consent' },
    plain: {
      sv: 'Du har sagt ja till att vi använder uppgifterna. Du kan ta tillbaka ditt ja när du vill.',
      en: 'You have agreed that we may use the data. You can withdraw your agreement at any time.',
    },
  },
  '6(1)(b)': {
    article: 'GDPR art. 6.1 b',
    dpv: 'eu-gdpr:A6-1-b',
    label: { sv: 'Avtal', en: 'Contract' },
    plain: {
      sv: 'Vi behöver uppgifterna för att ingå eller fullgöra ett avtal.',
      en: 'We need the data to enter into or carry out a contract.',
    },
  },
  '6(1)(c)': {
    article: 'GDPR art. 6.1 c',
    dpv: 'eu-gdpr:A6-1-c',
    label: { sv: 'Rättslig förpliktelse', en: 'Legal obligation' },
    plain: {
      sv: 'En lag kräver att vi använder uppgifterna.',
      en: 'A law requires us to use the data.',
    },
  },
  '6(1)(d)': {
    article: 'GDPR art. 6.1 d',
    dpv: 'eu-gdpr:A6-1-d',
    label: { sv: 'Grundläggande intresse', en: 'Vital interests' },
    plain: {
      sv: 'Vi behöver uppgifterna för att skydda någons liv eller hälsa.',
      en: "We need the data to protect someone's life or health.",
    },
  },
  '6(1)(e)': {
    article: 'GDPR art. 6.1 e',
    dpv: 'eu-gdpr:A6-1-e',
    label: { sv: 'Myndighetsutövning och uppgift av allmänt intresse', en: 'Public task or official authority' },
    plain: {
      sv: 'Vi utför en uppgift av allmänt intresse som följer av lag.',
      en: 'We carry out a task in the public interest that is set out in law.',
    },
  },
  '6(1)(f)': {
    article: 'GDPR art. 6.1 f',
    dpv: 'eu-gdpr:A6-1-f',
    label: { sv: 'Intresseavvägning (berättigat intresse)', en: 'Legitimate interests' },
    plain: {
      sv: 'Vi har ett berättigat intresse som väger tyngre än ditt intresse av att uppgifterna inte används.',
      en: 'We have a legitimate interest that outweighs your interest in the data not being used.',
    },
  },
} as const;

export type LegalBasisCode = keyof typeof LEGAL_BASES;
export const LEGAL_BASIS_CODES = Object.keys(LEGAL_BASES) as LegalBasisCode[];
