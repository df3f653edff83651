import { describe, expect, it } from 'vitest';
import { checkOrganisationsnummer } from '../../src/model/validators/organisationsnummer.ts';
import { luhnCheckDigit } from '../../src/model/validators/luhn.ts';

describe('organisationsnummer', () => {
  const valid = `556012-345${luhnCheckDigit('556012345')}`;
  it('accepts a number with a correct check digit', () => {
    expect(checkOrganisationsnummer(valid)).toBeNull();
    expect(checkOrganisationsnummer(valid.replace('-', ''))).toBeNull();
  });
  it('names the problem', () => {
    const wrong = valid.slice(0, -1) + ((Number(valid.at(-1)) + 1) % 10);
    expect(checkOrganisationsnummer(wrong)).toBe('check-digit');
    expect(checkOrganisationsnummer('551234-5678')).toBe('third-digit');
    expect(checkOrganisationsnummer('5560-12345')).toBe('format');
  });
});
