/**
 * What `init` asks, the choices it offers and how each answer is checked.
 * The same checks serve the prompts and the flags, so a script gets the
 * message a person at the terminal would.
 */
import { checkOrganisationsnummer } from '../../src/model/validators/organisationsnummer.ts';
import type { Locale } from '../../src/model/schemas/index.ts';

type Bi = { sv: string; en: string };

/** Legal forms, with the keys the organisation schema's `legalForm` uses. */
export const LEGAL_FORM_CHOICES: Record<string, Bi> = {
  aktiebolag: { sv: 'Aktiebolag', en: 'Limited company (aktiebolag)' },
  'ekonomisk-forening': { sv: 'Ekonomisk förening', en: 'Economic association (ekonomisk förening)' },
  'ideell-forening': { sv: 'Ideell förening', en: 'Non-profit association (ideell förening)' },
  stiftelse: { sv: 'Stiftelse', en: 'Foundation (stiftelse)' },
  handelsbolag: { sv: 'Handelsbolag', en: 'Trading partnership (handelsbolag)' },
  'enskild-firma': { sv: 'Enskild firma', en: 'Sole trader (enskild firma)' },
  kommun: { sv: 'Kommun', en: 'Municipality (kommun)' },
  region: { sv: 'Region', en: 'Region' },
};

export const SERVICE_CHOICES: Record<string, Bi> = {
  'personlig-assistans': { sv: 'Personlig assistans (LSS)', en: 'Personal assistance (LSS)' },
  hemtjanst: { sv: 'Hemtjänst', en: 'Home care' },
  boende: { sv: 'Boende (LSS eller SoL)', en: 'Housing (LSS or SoL)' },
  'halso-och-sjukvard': { sv: 'Hälso- och sjukvård', en: 'Health care' },
  other: { sv: 'Annat', en: 'Other' },
};

export interface Company {
  name: string;
  organisationsnummer: string;
}

export interface Answers {
  name: string;
  legalForm: string;
  organisationsnummer: string;
  email?: string;
  address?: { street: string; postalCode: string; city: string };
  /** The companies of a group besides the parent; empty for a single organisation. */
  companies: Company[];
  dpo?: { name: string; email: string; phone?: string };
  services: string[];
  languages: Locale[];
}

export const orgnrProblem = (value: string, lang: Locale): string | null => {
  const p = checkOrganisationsnummer(value);
  if (!p) return null;
  const msg: Record<string, Bi> = {
    format: { sv: 'Skriv organisationsnumret som NNNNNN-NNNN.', en: 'Write the organisationsnummer as NNNNNN-NNNN.' },
    'third-digit': { sv: 'Den tredje siffran i ett organisationsnummer är 2 eller högre.', en: 'The third digit of an organisationsnummer is 2 or higher.' },
    'check-digit': { sv: 'Kontrollsiffran stämmer inte; kontrollera numret.', en: 'The check digit does not match; check the number.' },
  };
  return msg[p]![lang];
};

/** 5560001234 → 556000-1234: people type both. */
export const normaliseOrgnr = (v: string) => {
  const t = v.trim();
  return /^\d{10}$/.test(t) ? `${t.slice(0, 6)}-${t.slice(6)}` : t;
};

export const emailProblem = (value: string, lang: Locale): string | null =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : lang === 'sv' ? 'Skriv en e-postadress, t.ex. info@exempel.se.' : 'Write an e-mail address, e.g. info@example.com.';

export const postalCodeProblem = (value: string, lang: Locale): string | null =>
  /^\d{3} ?\d{2}$/.test(value.trim()) ? null : lang === 'sv' ? 'Skriv postnumret som NNN NN.' : 'Write the postal code as NNN NN.';

/** "Exempel Hemtjänst AB:556000-1234; Exempel Boende AB:5560005678" → companies. */
export function parseCompanies(text: string, lang: Locale): { companies: Company[]; problems: string[] } {
  const companies: Company[] = [];
  const problems: string[] = [];
  for (const item of text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(.+?)\s*[:,]\s*(\d{6}-?\d{4})$/.exec(item);
    if (!m) {
      problems.push(lang === 'sv' ? `«${item}»: skriv bolaget som Namn:NNNNNN-NNNN.` : `"${item}": write the company as Name:NNNNNN-NNNN.`);
      continue;
    }
    const nr = normaliseOrgnr(m[2]!);
    const p = orgnrProblem(nr, lang);
    if (p) problems.push(`${m[1]}: ${p}`);
    else companies.push({ name: m[1]!.trim(), organisationsnummer: nr });
  }
  return { companies, problems };
}
