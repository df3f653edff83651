import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPersonnummer, parsePersonnummer } from '../../src/model/validators/personnummer.ts';
import { luhnCheckDigit, luhnValid } from '../../src/model/validators/luhn.ts';

const TODAY = new Date('2026-11-23T00:00:00Z');

describe('personnummer', () => {
  it('accepts the short and long forms with a correct check digit', () => {
    // 811218-9876 is the Swedish Tax Agency's classic test number.
    expect(parsePersonnummer('811218-9876', TODAY)).toMatchObject({ ok: true, value: { birthDate: '1981-12-18' } });
    expect(parsePersonnummer('19811218-9876', TODAY)).toMatchObject({ ok: true, value: { birthDate: '1981-12-18' } });
    expect(parsePersonnummer('8112189876', TODAY)).toMatchObject({ ok: true });
  });

  it('rejects a wrong check digit', () => {
    expect(parsePersonnummer('811218-9875', TODAY)).toEqual({ ok: false, problem: 'check-digit' });
  });

  it('rejects impossible dates and bad formats', () => {
    expect(parsePersonnummer('811318-9876', TODAY)).toEqual({ ok: false, problem: 'date' });
    expect(parsePersonnummer('810230-1234', TODAY)).toEqual({ ok: false, problem: 'date' });
    expect(parsePersonnummer('81121-9876', TODAY)).toEqual({ ok: false, problem: 'format' });
    expect(parsePersonnummer('abc', TODAY)).toEqual({ ok: false, problem: 'format' });
  });

  it('reads samordningsnummer (day + 60) and the + separator for age 100+', () => {
    const nine = '8112781'.padEnd(9, '2'); // 811278 = day 18 + 60
    const sam = `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    expect(parsePersonnummer(sam, TODAY)).toMatchObject({ ok: true, value: { samordningsnummer: true, birthDate: '1981-12-18' } });
    expect(parsePersonnummer('121212+1212', TODAY)).toMatchObject({ ok: true, value: { birthDate: '1912-12-12' } });
    expect(parsePersonnummer('121212-1212', TODAY)).toMatchObject({ ok: true, value: { birthDate: '2012-12-12' } });
  });

  it('any nine digits plus the computed check digit pass Luhn; any other digit fails', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.integer({ min: 1, max: 9 }), (nine, delta) => {
        const check = luhnCheckDigit(nine);
        expect(luhnValid(nine + check)).toBe(true);
        expect(luhnValid(nine + ((check + delta) % 10))).toBe(false);
      }),
    );
  });
});

describe('personnummer: century from whole dates (issue 16)', () => {
  it('a short-form birth date later this year belongs to the previous century, never the future', () => {
    // On 2026-11-23, 261201 cannot be 2026-12-01 (eight days ahead): it is 1926-12-01.
    expect(parsePersonnummer('261201-1235', TODAY)).toMatchObject({ ok: true, value: { birthDate: '1926-12-01' } });
    // Earlier this year stays in this century.
    const pnr = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
    expect(parsePersonnummer(pnr('261101123'), TODAY)).toMatchObject({ ok: true, value: { birthDate: '2026-11-01' } });
    // Today itself is allowed; tomorrow is a century back.
    expect(parsePersonnummer(pnr('261123123'), TODAY)).toMatchObject({ ok: true, value: { birthDate: '2026-11-23' } });
    expect(parsePersonnummer(pnr('261124123'), TODAY)).toMatchObject({ ok: true, value: { birthDate: '1926-11-24' } });
  });

  it('a long form with a birth date in the future is refused', () => {
    expect(parsePersonnummer('20261201-1235', TODAY)).toEqual({ ok: false, problem: 'date' });
  });
});

describe('findPersonnummer: every written form (issue 20, item 3)', () => {
  const nine = '121212121';
  const cases = ['121212-1212', '121212+1212', '121212 1212', '1212121212', '19121212-1212', '191212121212', '19121212 1212'];
  it.each(cases)('finds %j inside a sentence', (pnr) => {
    expect(findPersonnummer(`Kontakta Kim (${pnr}) om detta.`, TODAY)).toHaveLength(1);
  });

  it('finds a samordningsnummer', () => {
    const sam = '811278222';
    expect(findPersonnummer(`nr ${sam}${luhnCheckDigit(sam)} här`, TODAY)).toHaveLength(1);
    expect(nine).toHaveLength(9);
  });

  it('ignores a wrong check digit, phone numbers, organisationsnummer and longer digit runs', () => {
    for (const text of ['121212-1213', '08-123 456 78', '070-123 45 67', '556677-8899', '1234567890123', 'SFS 1993:387', '2026-11-23']) {
      expect(findPersonnummer(text, TODAY)).toEqual([]);
    }
  });
});
