/**
 * Swedish (and English) labels of the register. The Art. 30(1) headings follow
 * IMY's own field names for the record of processing, so the export reads
 * like the authority's template. Values of facts (bases, periods, safeguards,
 * retention actions) are worded by src/format/, not here.
 */
export type L = { sv: string; en: string };

export const REGISTER_LABELS = {
  controller: { sv: 'Personuppgiftsansvarig', en: 'Controller' },
  organisationsnummer: { sv: 'Organisationsnummer', en: 'Company registration number' },
  activity: { sv: 'Behandling', en: 'Processing activity' },
  contact: {
    sv: 'Namn och kontaktuppgifter',
    en: 'Name and contact details',
  },
  purposes: { sv: 'Ändamålen med behandlingen', en: 'Purposes of the processing' },
  legalBasis: { sv: 'Rättslig grund', en: 'Legal basis' },
  law: { sv: 'Lagstöd', en: 'Statutory basis' },
  art9: { sv: 'Art. 9-villkor', en: 'Art. 9 condition' },
  subjects: { sv: 'Kategorier av registrerade', en: 'Categories of data subjects' },
  dataCategories: { sv: 'Kategorier av personuppgifter', en: 'Categories of personal data' },
  recipients: { sv: 'Kategorier av mottagare', en: 'Categories of recipients' },
  transfers: { sv: 'Överföringar till tredjeland', en: 'Transfers to third countries' },
  retention: { sv: 'Tidsfrister för radering', en: 'Time limits for erasure' },
  security: { sv: 'Tekniska och organisatoriska säkerhetsåtgärder', en: 'Technical and organisational security measures' },
  sources: { sv: 'Källa', en: 'Source' },
  lastReviewed: { sv: 'Senast granskad', en: 'Last reviewed' },
} as const satisfies Record<string, L>;

export const CONTACT_PARTS = {
  controller: { sv: 'Personuppgiftsansvarig', en: 'Controller' },
  joint: { sv: 'Gemensamt personuppgiftsansvariga', en: 'Joint controllers' },
  dpo: { sv: 'Dataskyddsombud', en: 'Data protection officer' },
  processor: { sv: 'Personuppgiftsbiträde', en: 'Processor' },
  onBehalfOf: { sv: 'Behandlar för', en: 'Processes on behalf of' },
} as const satisfies Record<string, L>;

export const PROCESSOR_RECORD_LABELS = {
  contact: REGISTER_LABELS.contact,
  processing: { sv: 'Kategorier av behandling', en: 'Categories of processing' },
  transfers: REGISTER_LABELS.transfers,
  security: REGISTER_LABELS.security,
} as const satisfies Record<string, L>;

export const PROCESSORS_LABELS = {
  name: { sv: 'Personuppgiftsbiträde', en: 'Processor' },
  service: { sv: 'Tjänst', en: 'Service' },
  country: { sv: 'Land', en: 'Country' },
  agreementDate: { sv: 'Biträdesavtal tecknat', en: 'Agreement signed' },
  agreementReference: { sv: 'Avtalsreferens', en: 'Agreement reference' },
  subProcessors: { sv: 'Underbiträden', en: 'Sub-processors' },
  usedBy: { sv: 'Anlitas av', en: 'Engaged by' },
  activities: { sv: 'Behandlingar', en: 'Processing activities' },
} as const satisfies Record<string, L>;

export const RETENTION_LABELS = {
  activity: REGISTER_LABELS.activity,
  documentType: { sv: 'Handlingstyp', en: 'Document type' },
  dataCategories: REGISTER_LABELS.dataCategories,
  period: { sv: 'Bevarandetid', en: 'Retention period' },
  from: { sv: 'Räknas från', en: 'Counted from' },
  law: REGISTER_LABELS.law,
  then: { sv: 'Därefter', en: 'Then' },
  note: { sv: 'Anmärkning', en: 'Note' },
} as const satisfies Record<string, L>;

export const SECURITY_LABELS = {
  title: { sv: 'Åtgärd', en: 'Measure' },
  kind: { sv: 'Typ', en: 'Kind' },
  description: { sv: 'Beskrivning', en: 'Description' },
  activities: { sv: 'Behandlingar', en: 'Processing activities' },
} as const satisfies Record<string, L>;

export const DELEGATION_LABELS = {
  from: { sv: 'Delegerat av', en: 'Delegated by' },
  to: { sv: 'Delegerat till', en: 'Delegated to' },
  entity: { sv: 'Bolag', en: 'Company' },
  scope: { sv: 'Omfattning', en: 'Scope' },
  what: { sv: 'Vad', en: 'What' },
  since: { sv: 'Från och med', en: 'From' },
  until: { sv: 'Till och med', en: 'Until' },
  agreement: { sv: 'Delegeringsavtal', en: 'Delegation agreement' },
} as const satisfies Record<string, L>;

export const SHEET_NAMES = {
  processorRecord: { sv: 'Biträde', en: 'Processor' },
  processors: { sv: 'Personuppgiftsbiträden', en: 'Processors' },
  retention: { sv: 'Gallringsplan', en: 'Retention plan' },
  security: { sv: 'Säkerhetsåtgärder', en: 'Security measures' },
  delegations: { sv: 'Delegeringar', en: 'Delegations' },
} as const satisfies Record<string, L>;

export const VALUE_LABELS = {
  kind: {
    technical: { sv: 'Teknisk', en: 'Technical' },
    organisational: { sv: 'Organisatorisk', en: 'Organisational' },
  },
  scope: {
    responsibility: { sv: 'Ansvar', en: 'Responsibility' },
    tasks: { sv: 'Arbetsuppgifter', en: 'Tasks' },
  },
  source: {
    'data-subject': { sv: 'Den registrerade', en: 'The data subject' },
    'third-party': { sv: 'Annan källa', en: 'Another source' },
    'linked-subject': { sv: 'Den person den registrerade är knuten till', en: 'The person the data subject is linked to' },
  },
  none: { sv: 'Inga', en: 'None' },
  noTransfers: { sv: 'Inga överföringar till tredjeland', en: 'No transfers to third countries' },
} as const;
