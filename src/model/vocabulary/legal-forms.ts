/**
 * Swedish legal forms and the words the public notice uses for each: the
 * organisation in running text ("bolaget", "föreningen") and as a heading.
 * A group (koncern) is worded as such only when the content says it is one.
 */
export const LEGAL_FORMS = {
  aktiebolag: {
    label: { sv: 'Aktiebolag', en: 'Limited company (aktiebolag)' },
    the: { sv: 'bolaget', en: 'the company' },
    kind: 'company',
  },
  handelsbolag: {
    label: { sv: 'Handelsbolag', en: 'Trading partnership (handelsbolag)' },
    the: { sv: 'bolaget', en: 'the partnership' },
    kind: 'company',
  },
  'enskild-firma': {
    label: { sv: 'Enskild firma', en: 'Sole trader (enskild firma)' },
    the: { sv: 'företaget', en: 'the business' },
    kind: 'business',
  },
  'ekonomisk-forening': {
    label: { sv: 'Ekonomisk förening', en: 'Economic association (ekonomisk förening)' },
    the: { sv: 'föreningen', en: 'the association' },
    kind: 'association',
  },
  'ideell-forening': {
    label: { sv: 'Ideell förening', en: 'Non-profit association (ideell förening)' },
    the: { sv: 'föreningen', en: 'the association' },
    kind: 'association',
  },
  stiftelse: {
    label: { sv: 'Stiftelse', en: 'Foundation (stiftelse)' },
    the: { sv: 'stiftelsen', en: 'the foundation' },
    kind: 'foundation',
  },
  kommun: {
    label: { sv: 'Kommun', en: 'Municipality (kommun)' },
    the: { sv: 'kommunen', en: 'the municipality' },
    kind: 'public-body',
  },
  region: {
    label: { sv: 'Region', en: 'Region' },
    the: { sv: 'regionen', en: 'the region' },
    kind: 'public-body',
  },
} as const;
export type LegalForm = keyof typeof LEGAL_FORMS;
export type LegalFormKind = (typeof LEGAL_FORMS)[LegalForm]['kind'];

/** The words of the group as a whole. */
export const GROUP_WORDS = { the: { sv: 'koncernen', en: 'the group' } } as const;

/**
 * Words that name a kind of organisation, to check an override against the
 * legal form: "koncernen" needs a group, "bolaget" a company, and so on.
 */
export const KIND_WORDS: { kind: LegalFormKind | 'group'; pattern: RegExp }[] = [
  { kind: 'group', pattern: /\p{L}*koncern\p{L}*|(?<!\p{L})(?:corporate )?group(?!\p{L})/iu },
  { kind: 'company', pattern: /\p{L}*bolag\p{L}*|(?<!\p{L})(?:company|partnership)(?!\p{L})/iu },
  { kind: 'association', pattern: /\p{L}*(?:förening|kooperativ)\p{L}*|(?<!\p{L})(?:association|cooperative)(?!\p{L})/iu },
  { kind: 'foundation', pattern: /\p{L}*stiftelse\p{L}*|(?<!\p{L})foundation(?!\p{L})/iu },
  { kind: 'public-body', pattern: /(?<!\p{L})(?:kommun|region)\p{L}*|(?<!\p{L})municipality(?!\p{L})/iu },
];

/** Art. 37(1)(a): a public authority or body must appoint a DPO. */
export const isPublicBody = (form: LegalForm) => LEGAL_FORMS[form].kind === 'public-body';
