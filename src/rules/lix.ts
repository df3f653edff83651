/**
 * LIX (läsbarhetsindex, Björnsson 1968), the readability measure used for
 * Swedish: words per sentence + 100 × share of long words (more than six
 * letters). Below 30 is very easy, 40 normal prose, above 50 hard.
 */

export interface LixResult {
  lix: number;
  words: number;
  sentences: string[];
  longWords: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;

/** Splits a text into sentences at . ! ? : ; and line breaks (list items and headings count as sentences). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:;])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function isLongWord(word: string): boolean {
  return (word.match(LETTER) ?? []).length > 6;
}

export function lix(text: string): LixResult {
  const list = sentences(text);
  const all = words(text);
  const longWords = all.filter(isLongWord).length;
  if (all.length === 0) return { lix: 0, words: 0, sentences: list, longWords: 0 };
  const value = all.length / Math.max(list.length, 1) + (100 * longWords) / all.length;
  return { lix: Math.round(value * 10) / 10, words: all.length, sentences: list, longWords };
}

/** The sentences with the most words, longest first (ties keep text order). */
export function longestSentences(text: string, count = 2): string[] {
  return sentences(text)
    .map((s, i) => ({ s, i, n: words(s).length }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, count)
    .map((x) => x.s);
}

/** Texts shorter than this are labels, not prose: LIX says nothing meaningful about them. */
export const LIX_MIN_WORDS = 10;
