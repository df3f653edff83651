/** GDPR Art. 9(2) conditions for special categories of personal data. */
export const ART9_CONDITIONS = {
  '9(2)(a)': {
    dpv: 'eu-gdpr:A9-2-a',
    label: { sv: 'Uttryckligt samtycke', en: 'Explicit consent' },
  },
  '9(2)(b)': {
    dpv: 'eu-gdpr:A9-2-b',
    label: {
      sv: 'Arbetsrätt, social trygghet och socialt skydd',
      en: 'Employment, social security and social protection law',
    },
  },
  '9(2)(c)': {
    dpv: 'eu-gdpr:A9-2-c',
    label: { sv: 'Grundläggande intressen när samtycke inte kan ges', en: 'Vital interests where consent is impossible' },
  },
  '9(2)(d)': {
    dpv: 'eu-gdpr:A9-2-d',
    label: { sv: 'Ideella organisationer', en: 'Not-for-profit bodies' },
  },
  '9(2)(e)': {
    dpv: 'eu-gdpr:A9-2-e',
    label: { sv: 'Uppgifter som den registrerade själv offentliggjort', en: 'Data manifestly made public by the person' },
  },
  '9(2)(f)': {
    dpv: 'eu-gdpr:A9-2-f',
    label: { sv: 'Rättsliga anspråk', en: 'Legal claims' },
  },
  '9(2)(g)': {
    dpv: 'eu-gdpr:A9-2-g',
    label: { sv: 'Viktigt allmänt intresse', en: 'Substantial public interest' },
  },
  '9(2)(h)': {
    dpv: 'eu-gdpr:A9-2-h',
    label: {
      sv: 'Hälso- och sjukvård, social omsorg och förvaltning av sådana system',
      en: 'Health or social care and the management of such systems',
    },
  },
  '9(2)(i)': {
    dpv: 'eu-gdpr:A9-2-i',
    label: { sv: 'Folkhälsa', en: 'Public health' },
  },
  '9(2)(j)': {
    dpv: 'eu-gdpr:A9-2-j',
    label: { sv: 'Arkiv, forskning och statistik', en: 'Archiving, research and statistics' },
  },
} as const;

export type Art9Code = keyof typeof ART9_CONDITIONS;
export const ART9_CODES = Object.keys(ART9_CONDITIONS) as Art9Code[];

/** The special categories listed in Art. 9(1). */
export const SPECIAL_CATEGORY_KINDS = {
  health: { sv: 'Hälsa', en: 'Health' },
  'ethnic-origin': { sv: 'Etniskt ursprung', en: 'Racial or ethnic origin' },
  'political-opinions': { sv: 'Politiska åsikter', en: 'Political opinions' },
  'religious-beliefs': { sv: 'Religiös eller filosofisk övertygelse', en: 'Religious or philosophical beliefs' },
  'trade-union': { sv: 'Medlemskap i fackförening', en: 'Trade union membership' },
  genetic: { sv: 'Genetiska uppgifter', en: 'Genetic data' },
  biometric: { sv: 'Biometriska uppgifter för identifiering', en: 'Biometric data for identification' },
  'sex-life': { sv: 'Sexualliv eller sexuell läggning', en: 'Sex life or sexual orientation' },
} as const;
export type SpecialCategoryKind = keyof typeof SPECIAL_CATEGORY_KINDS;
