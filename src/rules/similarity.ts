/**
 * Compares purposes by their meaning-bearing words: lower-cased, stop words
 * removed, each word reduced to its stem (Snowball, Swedish or English), so
 * "Vi dokumenterar stödet." and "Att dokumentera stöd, med ditt samtycke."
 * come out alike while wording, word order and small additions do not hide it.
 */
import { stemmer as stemSv } from '@orama/stemmers/swedish';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { eng, swe } from 'stopword';
import type { Locale } from '../model/schemas/index.ts';

/** Words common in purpose texts that carry no meaning of their own, beyond the general stop-word lists. */
const EXTRA_STOP: Record<Locale, readonly string[]> = {
  sv: ['vi', 'du', 'dig', 'din', 'ditt', 'dina', 'oss', 'vår', 'vårt', 'våra', 'att', 'kunna', 'kan', 'får', 'ska', 'även', 'också', 'samt', 'genom', 'enligt', 'via'],
  en: ['we', 'you', 'your', 'yours', 'us', 'our', 'ours', 'to', 'can', 'may', 'also', 'via', 'through', 'under'],
};
const STOP: Record<Locale, ReadonlySet<string>> = {
  sv: new Set([...swe, ...EXTRA_STOP.sv]),
  en: new Set([...eng, ...EXTRA_STOP.en]),
};
const STEM: Record<Locale, (w: string) => string> = { sv: stemSv, en: stemEn };

/** The stems of a text's meaning-bearing words. */
export function meaningStems(text: string, lang: Locale): Set<string> {
  const words =
    text
      .normalize('NFC')
      .toLocaleLowerCase(lang === 'sv' ? 'sv' : 'en')
      .match(/\p{L}+/gu) ?? [];
  const out = new Set<string>();
  for (const w of words) {
    if (STOP[lang].has(w)) continue;
    const stem = STEM[lang](w);
    if (stem.length > 1 && !STOP[lang].has(stem)) out.add(stem);
  }
  return out;
}

// Rules compare every purpose with many others: stem each text once per process, not once per pair.
const STEMS = { sv: new Map<string, ReadonlySet<string>>(), en: new Map<string, ReadonlySet<string>>() };
function stemsOf(text: string, lang: Locale): ReadonlySet<string> {
  let stems = STEMS[lang].get(text);
  if (!stems) STEMS[lang].set(text, (stems = meaningStems(text, lang)));
  return stems;
}

/** Share of the smaller text's stems found in the other (overlap coefficient), 0–1. */
export function stemOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { score: number; shared: string[] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const shared = [...small].filter((s) => large.has(s));
  return { score: small.size === 0 ? 0 : shared.length / small.size, shared };
}

/** At or above this overlap two purposes are taken to be the same purpose. */
export const SIMILARITY_THRESHOLD = 0.8;

/** Whether two texts say the same: high overlap, and at least two shared stems unless a text has only one. */
export function sameMeaning(a: string, b: string, lang: Locale): { same: boolean; shared: string[]; score: number } {
  const sa = stemsOf(a, lang);
  const sb = stemsOf(b, lang);
  const { score, shared } = stemOverlap(sa, sb);
  const needed = Math.min(2, sa.size, sb.size);
  return { same: needed > 0 && shared.length >= needed && score >= SIMILARITY_THRESHOLD, shared, score };
}
