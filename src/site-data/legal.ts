/** Plain-language wording of legal facts for the public pages. */
import { LEGAL_BASES, SPECIAL_CATEGORY_KINDS, type LegalBasisCode, type SpecialCategoryKind } from '../model/vocabulary/index.ts';
import { citeLaw, citeLaws, formatDuration, safeguard as formatSafeguard } from '../format/index.ts';
import type { PublicModel } from './public-view.ts';
import type { Locale } from '../model/schemas/index.ts';

export const basis = (code: string) => LEGAL_BASES[code as LegalBasisCode];
export const specialKind = (code: string) => SPECIAL_CATEGORY_KINDS[code as SpecialCategoryKind];

/** A citation in running text, for the public (style `prose`, see src/format/law.ts). */
export function citation(pm: PublicModel, c: { law: string; section?: string }, lang: Locale): string {
  return citeLaw(
    pm.laws.find((l) => l.id === c.law),
    c,
    lang,
    'prose',
  );
}

/** Several citations of one fact, each once. */
export function citations(pm: PublicModel, cs: readonly { law: string; section?: string }[], lang: Locale): string {
  return citeLaws((id) => pm.laws.find((l) => l.id === id), cs, lang, 'prose').join('; ');
}

export const duration = (iso: string, lang: Locale) => formatDuration(iso, lang);
export const safeguard = (code: string, lang: Locale) => formatSafeguard(code, lang, 'prose');

const COUNTRY_NAMES: Record<string, { sv: string; en: string }> = {
  US: { sv: 'USA', en: 'the United States' },
  GB: { sv: 'Storbritannien', en: 'the United Kingdom' },
  CH: { sv: 'Schweiz', en: 'Switzerland' },
  IN: { sv: 'Indien', en: 'India' },
  SE: { sv: 'Sverige', en: 'Sweden' },
  FI: { sv: 'Finland', en: 'Finland' },
  NO: { sv: 'Norge', en: 'Norway' },
  DK: { sv: 'Danmark', en: 'Denmark' },
  DE: { sv: 'Tyskland', en: 'Germany' },
  NL: { sv: 'Nederländerna', en: 'the Netherlands' },
  IE: { sv: 'Irland', en: 'Ireland' },
  FR: { sv: 'Frankrike', en: 'France' },
  CA: { sv: 'Kanada', en: 'Canada' },
  JP: { sv: 'Japan', en: 'Japan' },
};
export const country = (code: string, lang: Locale) => COUNTRY_NAMES[code]?.[lang] ?? code;
