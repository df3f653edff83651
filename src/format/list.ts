/**
 * Number agreement and lists through Intl, never hand-made: "1 timme" /
 * "2 timmar", "A, B och C" / "A, B and C".
 */
import { WORDING, type Unit } from './wording/index.ts';
import type { Locale } from '../model/schemas/index.ts';

const plurals = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') } as const;
const lists = {
  sv: {
    conjunction: new Intl.ListFormat('sv', { type: 'conjunction' }),
    disjunction: new Intl.ListFormat('sv', { type: 'disjunction' }),
    unit: new Intl.ListFormat('sv', { type: 'unit', style: 'narrow' }),
  },
  // British English, as the rest of the English text (no serial comma).
  en: {
    conjunction: new Intl.ListFormat('en-GB', { type: 'conjunction' }),
    disjunction: new Intl.ListFormat('en-GB', { type: 'disjunction' }),
    unit: new Intl.ListFormat('en-GB', { type: 'unit', style: 'narrow' }),
  },
} as const;

/** "3 dagar", "1 hour": the unit agrees with the number. */
export function count(n: number, unit: Unit, lang: Locale): string {
  const forms = WORDING[lang].units[unit];
  return `${n} ${plurals[lang].select(n) === 'one' ? forms.one : forms.other}`;
}

/** "A, B och C" (conjunction), "A, B eller C" (disjunction); empty items are left out. */
export function list(items: readonly string[], lang: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return lists[lang][type].format(items.filter((i) => i?.trim()));
}
