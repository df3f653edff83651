/** Picking a LocalizedText and joining sentences: the small helpers every formatter shares. */
import type { LocalizedText } from '../model/schemas/shared.ts';
import type { Locale } from '../model/schemas/index.ts';

/** The text in `lang`, falling back to Swedish (always present). */
export function localized(value: LocalizedText | undefined, lang: Locale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return ((lang === 'en' ? value.en : undefined) ?? value.sv).trim();
}

/** A text as a sentence: trimmed, ending in one full stop (or its own ! ? :). */
export function sentence(text: string): string {
  const s = text.trim().replace(/[\s.,;]+$/, '');
  if (!s) return '';
  return /[.!?:…]$/.test(s) ? s : `${s}.`;
}

/** A text as the start of a phrase: trailing full stops and spaces dropped. */
export const phrase = (text: string): string => text.trim().replace(/[\s.;,]+$/, '');

/** Sentences joined by one space, empty ones left out. */
export const sentences = (...parts: (string | undefined | false)[]): string =>
  parts
    .filter((p): p is string => !!p && !!p.trim())
    .map((p) => p.trim())
    .join(' ');
