/** Names of the roles a person can hold, as the policy and its signature block print them. */
import type { Locale } from '../model/schemas/index.ts';
import type { ROLE_KINDS } from '../model/schemas/people.ts';

export const ROLE_LABELS: Record<(typeof ROLE_KINDS)[number], Record<Locale, string>> = {
  ceo: { sv: 'Verkställande direktör', en: 'Chief executive' },
  dpo: { sv: 'Dataskyddsombud', en: 'Data protection officer' },
  'responsible-manager': { sv: 'Ansvarig chef', en: 'Responsible manager' },
  'board-member': { sv: 'Styrelseledamot', en: 'Board member' },
  'board-chair': { sv: 'Styrelseordförande', en: 'Chair of the board' },
  coordinator: { sv: 'Samordnare', en: 'Coordinator' },
  'it-manager': { sv: 'IT-ansvarig', en: 'IT manager' },
  other: { sv: 'Annan roll', en: 'Other role' },
};
