import { describe, expect, it } from 'vitest';
import { isLongWord, lix, longestSentences, sentences, words } from '../../src/rules/lix.ts';

describe('lix', () => {
  it('is words per sentence when no word is long', () => {
    // 8 words, 2 sentences, no word over six letters.
    expect(lix('Jag har en katt. Du har en hund.').lix).toBe(4);
  });

  it('adds 100 × the share of long words', () => {
    // 4 words, 1 sentence, 3 long (Behandlingen, personuppgifter, regleras): 4 + 75.
    const r = lix('Behandlingen av personuppgifter regleras.');
    expect(r).toMatchObject({ lix: 79, words: 4, longWords: 3 });
  });

  it('counts Swedish letters, and a hyphenated word once', () => {
    expect(isLongWord('områden')).toBe(true); // 7 letters
    expect(isLongWord('hälsa')).toBe(false);
    expect(isLongWord('e-post')).toBe(false); // 5 letters, the hyphen is not one
    expect(words('Skicka e-post till oss.')).toEqual(['Skicka', 'e-post', 'till', 'oss']);
  });

  it('splits sentences at . ! ? : ; and line breaks, not inside numbers', () => {
    expect(sentences('Hej! Hur mår du? Bra: tack.\nNy rad')).toEqual(['Hej!', 'Hur mår du?', 'Bra:', 'tack.', 'Ny rad']);
    expect(sentences('Vi sparar dem i 2.5 år.')).toEqual(['Vi sparar dem i 2.5 år.']);
  });

  it('is 0 for an empty text', () => {
    expect(lix('').lix).toBe(0);
  });

  it('names the longest sentences first', () => {
    expect(longestSentences('Kort. En mening med fler ord än de andra. Mellan lång här.', 2)).toEqual(['En mening med fler ord än de andra.', 'Mellan lång här.']);
  });
});
