/** Kinds of care service a company of the group provides. */
export const SERVICE_KINDS = {
  'personlig-assistans': { sv: 'Personlig assistans (LSS)', en: 'Personal assistance (LSS)' },
  hemtjanst: { sv: 'Hemtjänst', en: 'Home care' },
  boende: { sv: 'Boende', en: 'Housing' },
  boendestod: { sv: 'Boendestöd', en: 'Housing support' },
  'halso-och-sjukvard': { sv: 'Hälso- och sjukvård', en: 'Health care' },
  'daglig-verksamhet': { sv: 'Daglig verksamhet (LSS)', en: 'Daily activities (LSS)' },
  ledsagning: { sv: 'Ledsagning', en: 'Escort service' },
} as const;
export type ServiceKind = keyof typeof SERVICE_KINDS;
