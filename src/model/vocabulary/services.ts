/** Kinds of service a company provides; all but the last kinds are care (see CARE_SERVICES). */
export const SERVICE_KINDS = {
  'personlig-assistans': { sv: 'Personlig assistans (LSS)', en: 'Personal assistance (LSS)' },
  hemtjanst: { sv: 'Hemtjänst', en: 'Home care' },
  boende: { sv: 'Boende', en: 'Housing' },
  boendestod: { sv: 'Boendestöd', en: 'Housing support' },
  'halso-och-sjukvard': { sv: 'Hälso- och sjukvård', en: 'Health care' },
  'daglig-verksamhet': { sv: 'Daglig verksamhet (LSS)', en: 'Daily activities (LSS)' },
  ledsagning: { sv: 'Ledsagning', en: 'Escort service' },
  hemservice: { sv: 'Hemservice (hushållsnära tjänster)', en: 'Household services' },
} as const;
export type ServiceKind = keyof typeof SERVICE_KINDS;

/** Services that are care: the notice speaks of care records (journal, akt) only when a controller provides one. */
export const CARE_SERVICES: ReadonlySet<ServiceKind> = new Set(['personlig-assistans', 'hemtjanst', 'boende', 'boendestod', 'halso-och-sjukvard', 'daglig-verksamhet', 'ledsagning']);
