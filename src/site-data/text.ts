/** Picking the reader's language out of a LocalizedText, and noticing fallbacks. */
import type { LocalizedText } from '../model/schemas/index.ts';
import type { Locale } from '../model/schemas/index.ts';

export interface Picked {
  text: string;
  /** The language the text is actually in (Swedish when English is missing). */
  lang: Locale;
}

export function pick(value: LocalizedText | undefined, lang: Locale): Picked {
  if (value === undefined) return { text: '', lang };
  if (typeof value === 'string') return { text: value, lang: 'sv' };
  if (lang === 'en' && value.en) return { text: value.en, lang: 'en' };
  return { text: value.sv, lang: 'sv' };
}

/** Plain string of a LocalizedText in the reader's language (or Swedish). */
export const t = (value: LocalizedText | undefined, lang: Locale): string => pick(value, lang).text;

/**
 * Whether English is incomplete for a page built from these content files:
 * the loader reports every LocalizedText lacking English as a warning.
 */
export function englishIncomplete(diagnostics: readonly { code: string; file: string }[], files: Iterable<string>): boolean {
  const set = new Set(files);
  return diagnostics.some((d) => d.code === 'missing-translation' && set.has(d.file));
}
