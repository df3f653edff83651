/**
 * Column headings of Art. 30 registers as Swedish and English templates write
 * them (see docs/onboarding.md), matched case- and accent-insensitively. A
 * mapping file names the columns these lists do not know.
 */
export const ACTIVITY_FIELDS = {
  controller: ['personuppgiftsansvarig', 'personuppgiftsansvarigt bolag', 'pua', 'namnd', 'bolag', 'controller', 'name of controller', 'data controller'],
  organisationsnummer: ['organisationsnummer', 'org.nr', 'orgnr', 'org nr', 'company registration number', 'registration number'],
  contact: ['namn och kontaktuppgifter', 'kontaktuppgifter', 'contact details', 'name and contact details'],
  activity: [
    'behandling',
    'behandlingar',
    'namn pa behandling',
    'behandlingens namn',
    'benamning',
    'processing activity',
    'processing',
    'activity',
    'business function',
    'name of processing activity',
  ],
  description: ['beskrivning', 'beskrivning av behandlingen', 'description', 'functional description of processing'],
  purposes: [
    'andamal',
    'andamalen',
    'andamal med behandlingen',
    'andamalen med behandlingen',
    'syfte',
    'syften',
    'purpose',
    'purposes',
    'purpose of processing',
    'purpose of the processing',
    'purposes of the processing',
  ],
  legalBasis: [
    'rattslig grund',
    'laglig grund',
    'rattslig grund for behandlingen',
    'legal basis',
    'lawful basis',
    'article 6 lawful basis',
    'article 6 lawful basis for processing personal data',
    'basis for processing',
  ],
  law: ['lagstod', 'lagrum', 'lag', 'statutory basis', 'law', 'legislation'],
  art9: [
    'art. 9-villkor',
    'art 9-villkor',
    'undantag enligt art. 9',
    'villkor for kansliga personuppgifter',
    'art. 9 condition',
    'article 9 condition',
    'article 9 condition for processing special category data',
  ],
  subjects: [
    'kategorier av registrerade',
    'kategorier av registrerade personer',
    'kategori av registrerade',
    'registrerade',
    'categories of data subjects',
    'categories of individuals',
    'data subjects',
  ],
  dataCategories: ['kategorier av personuppgifter', 'kategorier av uppgifter', 'personuppgifter', 'uppgifter', 'categories of personal data', 'personal data', 'gdpr data category'],
  recipients: ['mottagare', 'kategorier av mottagare', 'mottagare/bitraden', 'recipients', 'categories of recipients'],
  processors: ['personuppgiftsbitrade', 'personuppgiftsbitraden', 'bitrade', 'bitraden', 'processor', 'processors'],
  transfers: [
    'tredjeland',
    'tredjelandsoverforing',
    'tredjelandsoverforingar',
    'overforing till tredjeland',
    'overforingar till tredjeland',
    'overforing av personuppgifter till tredje land',
    'behandling av personuppgifter i ett tredjeland',
    'transfers to third countries',
    'third country transfers',
    'names of third countries or international organisations',
  ],
  retention: [
    'gallring',
    'gallringsfrist',
    'lagringstid',
    'bevarandetid',
    'tidsfrister for radering',
    'raderingspolicy',
    'time limits for erasure',
    'retention',
    'retention period',
    'retention schedule',
  ],
  security: [
    'sakerhetsatgarder',
    'tekniska och organisatoriska sakerhetsatgarder',
    'it-sakerhetsatgarder',
    'security measures',
    'technical and organisational security measures',
    'general description of technical and organisational security measures',
  ],
  sources: ['kalla', 'kallor', 'source', 'sources', 'source of personal data'],
  systems: ['system', 'it-system', 'systemstod', 'systems', 'it system'],
  responsible: ['ansvarig', 'ansvarig person', 'behandlingsansvarig', 'owner', 'responsible'],
  lastReviewed: ['senast granskad', 'senast uppdaterad', 'senast andrad', 'uppdaterad', 'last reviewed', 'last updated', 'date reviewed'],
} as const;

export const PROCESSOR_FIELDS = {
  processorName: ['personuppgiftsbitrade', 'bitrade', 'leverantor', 'processor', 'name of processor'],
  service: ['tjanst', 'tjanster', 'service', 'services'],
  country: ['land', 'country'],
  agreementDate: ['bitradesavtal tecknat', 'avtal tecknat', 'avtalsdatum', 'agreement signed', 'agreement date'],
  agreementReference: ['avtalsreferens', 'referens', 'agreement reference'],
  subProcessors: ['underbitraden', 'sub-processors', 'subprocessors'],
  usedBy: ['anlitas av', 'engaged by', 'used by'],
  processorActivities: ['behandlingar', 'processing activities', 'activities'],
} as const;

export const SECURITY_FIELDS = {
  measureTitle: ['atgard', 'sakerhetsatgard', 'measure', 'security measure'],
  measureKind: ['typ', 'kind', 'type'],
  measureDescription: ['beskrivning', 'description'],
  measureActivities: ['behandlingar', 'processing activities', 'activities'],
} as const;

export type SheetKind = 'activities' | 'processors' | 'security';

export const FIELDS_BY_KIND: Record<SheetKind, Record<string, readonly string[]>> = {
  activities: ACTIVITY_FIELDS,
  processors: PROCESSOR_FIELDS,
  security: SECURITY_FIELDS,
};

export const ALL_FIELDS = new Set<string>([...Object.keys(ACTIVITY_FIELDS), ...Object.keys(PROCESSOR_FIELDS), ...Object.keys(SECURITY_FIELDS)]);

/** Headings of columns that only number the rows: skipped, as they hold no fact. */
export const ROW_NUMBER_HEADINGS = new Set(['nr', 'nr.', 'nummer', 'lopnummer', 'lopnr', 'id', '#', 'rad', 'no', 'no.', 'ref']);

/** Lower case, no accents, no "(if applicable)", asterisks or colons, single spaces. */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*:?]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The field a heading names in a sheet of this kind: an exact synonym, else the longest one it starts with. */
export function matchHeading(heading: string, kind: SheetKind, custom: ReadonlyMap<string, string> = new Map()): string | undefined {
  const h = normaliseHeading(heading);
  if (!h) return undefined;
  if (custom.has(h)) return custom.get(h);
  if (ROW_NUMBER_HEADINGS.has(h)) return 'ignore';
  const table = FIELDS_BY_KIND[kind];
  let best: { field: string; length: number } | undefined;
  for (const [field, synonyms] of Object.entries(table)) {
    for (const s of synonyms) {
      if (h === s) return field;
      if (h.startsWith(`${s} `) && (!best || s.length > best.length)) best = { field, length: s.length };
    }
  }
  return best?.field;
}
