/** Plain-language wording of legal facts for the public pages. */
import { LEGAL_BASES, ART9_CONDITIONS, SPECIAL_CATEGORY_KINDS, type LegalBasisCode, type Art9Code, type SpecialCategoryKind } from '../model/vocabulary/index.ts';
import { formatDuration } from '../model/duration.ts';
import type { PublicModel } from './public-view.ts';
import { t, type Lang } from './text.ts';

export const basis = (code: string) => LEGAL_BASES[code as LegalBasisCode];
export const art9 = (code: string) => ART9_CONDITIONS[code as Art9Code];
export const specialKind = (code: string) => SPECIAL_CATEGORY_KINDS[code as SpecialCategoryKind];

/** "LSS, lag (1993:387) om stöd …, 21 a §" */
export function citation(pm: PublicModel, c: { law: string; section?: string }, lang: Lang): string {
  const law = pm.laws.find((l) => l.id === c.law);
  if (!law) return c.section ?? '';
  const title = t(law.title, lang);
  // Many titles already carry the SFS number, e.g. "Lag (1993:387) om …".
  const name = title.includes(law.sfs) ? title : `${title} (SFS ${law.sfs})`;
  return [law.shortName ? `${law.shortName}, ${name}` : name, c.section].filter(Boolean).join(', ');
}

export const duration = (iso: string, lang: Lang) => formatDuration(iso, lang);

const SAFEGUARDS = {
  'adequacy-decision': { sv: 'EU-kommissionens beslut om adekvat skyddsnivå', en: "The European Commission's adequacy decision" },
  'standard-contractual-clauses': { sv: 'EU-kommissionens standardavtalsklausuler', en: "The European Commission's standard contractual clauses" },
  'binding-corporate-rules': { sv: 'Bindande företagsbestämmelser', en: 'Binding corporate rules' },
  'derogation-49': { sv: 'Undantag för särskilda situationer (artikel 49)', en: 'Derogation for specific situations (Article 49)' },
} as const;
export const safeguard = (code: string, lang: Lang) => SAFEGUARDS[code as keyof typeof SAFEGUARDS]?.[lang] ?? code;

const COUNTRY_NAMES: Record<string, { sv: string; en: string }> = {
  US: { sv: 'USA', en: 'the United States' }, GB: { sv: 'Storbritannien', en: 'the United Kingdom' }, CH: { sv: 'Schweiz', en: 'Switzerland' },
  IN: { sv: 'Indien', en: 'India' }, SE: { sv: 'Sverige', en: 'Sweden' }, FI: { sv: 'Finland', en: 'Finland' },
  NO: { sv: 'Norge', en: 'Norway' }, DK: { sv: 'Danmark', en: 'Denmark' }, DE: { sv: 'Tyskland', en: 'Germany' },
  NL: { sv: 'Nederländerna', en: 'the Netherlands' }, IE: { sv: 'Irland', en: 'Ireland' }, FR: { sv: 'Frankrike', en: 'France' },
  CA: { sv: 'Kanada', en: 'Canada' }, JP: { sv: 'Japan', en: 'Japan' },
};
export const country = (code: string, lang: Lang) => COUNTRY_NAMES[code]?.[lang] ?? code;
