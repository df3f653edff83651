/**
 * The Swedish supervisory authority. Built in (checklist §5, verified), but
 * organisation.yaml may override any field should the details change.
 */
export const IMY = {
  name: { sv: 'Integritetsskyddsmyndigheten (IMY)', en: 'Swedish Authority for Privacy Protection (IMY)' },
  shortName: 'IMY',
  postalAddress: 'Box 8114, 104 20 Stockholm',
  phone: '08-657 61 00',
  email: 'imy@imy.se',
  website: 'https://www.imy.se',
} as const;

/** Names the law has replaced, with the current one (used by the hygiene rules). */
export const OUTDATED_NAMES = [
  { pattern: /\bDatainspektionen\b/i, current: 'Integritetsskyddsmyndigheten (IMY)' },
  { pattern: /\bDataskyddsinspektionen\b/i, current: 'Integritetsskyddsmyndigheten (IMY)' },
  { pattern: /\bpersonuppgiftslagen\b/i, current: 'dataskyddsförordningen (GDPR) och dataskyddslagen (2018:218)' },
  { pattern: /\bPUL\b/, current: 'dataskyddsförordningen (GDPR) och dataskyddslagen (2018:218)' },
] as const;
