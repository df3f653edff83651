import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePersonnummer } from '../../src/model/validators/personnummer.ts';
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
