/**
 * GDPR Art. 6(1) legal bases: built-in reference data so no DPO retypes them.
 * Labels follow IMY's Swedish usage; `plain` explains the basis to the public.
 */
export const LEGAL_BASES = {
  '6(1)(a)': {
    article: 'GDPR art. 6.1 a',
    dpv: 'eu-gdpr:A6-1-a',
    label: { sv: 'Samtycke', en: 'Consent' },
    /** The basis as the organisation's own documents (policy, record) state it: about the data subject, not to them. */
    formal: {
      sv: 'Den registrerade har lämnat samtycke till behandlingen för ett eller flera bestämda ändamål och kan när som helst återkalla det.',
      en: 'The data subject has consented to the processing for one or more specific purposes and may withdraw consent at any time.',
    },
    plain: {
      sv: 'Du har sagt ja till att vi använder uppgifterna. Du kan ta tillbaka ditt ja när du vill.',
      en: 'You have agreed that we may use the data. You can withdraw your agreement at any time.',
    },
  },
  '6(1)(b)': {
    article: 'GDPR art. 6.1 b',
    dpv: 'eu-gdpr:A6-1-b',
    label: { sv: 'Avtal', en: 'Contract' },
    /** The basis as the organisation's own documents (policy, record) state it: about the data subject, not to them. */
    formal: {
      sv: 'Behandlingen är nödvändig för att fullgöra ett avtal med den registrerade eller för åtgärder på dennes begäran innan ett avtal ingås.',
      en: 'The processing is necessary for the performance of a contract with the data subject or for steps taken at their request before entering into a contract.',
    },
    plain: {
      sv: 'Vi behöver uppgifterna för att ingå eller fullgöra ett avtal.',
      en: 'We need the data to enter into or carry out a contract.',
    },
  },
  '6(1)(c)': {
    article: 'GDPR art. 6.1 c',
    dpv: 'eu-gdpr:A6-1-c',
    label: { sv: 'Rättslig förpliktelse', en: 'Legal obligation' },
    /** The basis as the organisation's own documents (policy, record) state it: about the data subject, not to them. */
    formal: {
      sv: 'Behandlingen är nödvändig för att fullgöra en rättslig förpliktelse som vilar på den personuppgiftsansvarige.',
      en: 'The processing is necessary for compliance with a legal obligation to which the controller is subject.',
    },
    plain: {
      sv: 'En lag kräver att vi använder uppgifterna.',
      en: 'A law requires us to use the data.',
    },
  },
  '6(1)(d)': {
    article: 'GDPR art. 6.1 d',
    dpv: 'eu-gdpr:A6-1-d',
    label: { sv: 'Grundläggande intresse', en: 'Vital interests' },
    /** The basis as the organisation's own documents (policy, record) state it: about the data subject, not to them. */
    formal: {
      sv: 'Behandlingen är nödvändig för att skydda intressen som är av grundläggande betydelse för den registrerade eller för en annan fysisk person.',
      en: 'The processing is necessary to protect the vital interests of the data subject or of another natural person.',
    },
    plain: {
      sv: 'Vi behöver uppgifterna för att skydda någons liv eller hälsa.',
      en: "We need the data to protect someone's life or health.",
    },
  },
  '6(1)(e)': {
    article: 'GDPR art. 6.1 e',
    dpv: 'eu-gdpr:A6-1-e',
    label: { sv: 'Myndighetsutövning och uppgift av allmänt intresse', en: 'Public task or official authority' },
    /** The basis as the organisation's own documents (policy, record) state it: about the data subject, not to them. */
    formal: {
      sv: 'Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse eller som ett led i den personuppgiftsansvariges myndighetsutövning.',
      en: 'The processing is necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller.',
    },
    plain: {
      sv: 'Vi utför en uppgift av allmänt intresse som följer av lag.',
      en: 'We carry out a task in the public interest that is set out in law.',
    },
  },
  '6(1)(f)': {
    article: 'GDPR art. 6.1 f',
    dpv: 'eu-gdpr:A6-1-f',
    label: { sv: 'Intresseavvägning (berättigat intresse)', en: 'Legitimate interests' },
    /** The basis as the organisation's own documents (policy, record) state it: about the data subject, not to them. */
    formal: {
      sv: 'Behandlingen är nödvändig för den personuppgiftsansvariges eller en tredje parts berättigade intressen, om inte den registrerades intressen eller grundläggande rättigheter väger tyngre.',
      en: 'The processing is necessary for the legitimate interests of the controller or a third party, unless overridden by the interests or fundamental rights of the data subject.',
    },
    plain: {
      sv: 'Vi har ett berättigat intresse som väger tyngre än ditt intresse av att uppgifterna inte används.',
      en: 'We have a legitimate interest that outweighs your interest in the data not being used.',
    },
  },
} as const;

export type LegalBasisCode = keyof typeof LEGAL_BASES;
export const LEGAL_BASIS_CODES = Object.keys(LEGAL_BASES) as LegalBasisCode[];
