/** Reading periods out of retention criteria (retention/criteria-period builds on it). */
import { describe, expect, it } from 'vitest';
import { statedPeriods } from '../../src/rules/retention/stated-periods.ts';
import { restrictionsIn } from '../../src/rules/notice/rights-below-gdpr.ts';

describe('statedPeriods', () => {
  it.each([
    ['Oftast högst tio år.', [['max', 'P10Y', 'högst tio år']]],
    ['Mostly at most ten years.', [['max', 'P10Y', 'at most ten years']]],
    ['Vi sparar journalen minst 10 år.', [['min', 'P10Y', 'minst 10 år']]],
    ['At least 7 years from the end of the year.', [['min', 'P7Y', 'At least 7 years']]],
    ['Två år efter sista anteckningen.', [['exact', 'P2Y', 'Två år efter']]],
    ['Vi sparar uppgifterna i sex månader.', [['exact', 'P6M', 'i sex månader']]],
    ['for 3 months after the answer', [['exact', 'P3M', 'for 3 months']]],
    [
      'Högst tre år, och minst ett år efter avslutat uppdrag.',
      [
        ['max', 'P3Y', 'Högst tre år'],
        ['min', 'P1Y', 'minst ett år'],
      ],
    ],
    ['Så länge uppdraget pågår.', []],
    ['Vi gallrar två gånger per år.', []],
    ['Uppgifterna i systemet lagras säkert.', []],
  ] as const)('%s', (text, expected) => {
    expect(statedPeriods(text).map((p) => [p.bound, p.period, p.quote])).toEqual(expected);
  });
});

describe('restrictionsIn (notice/rights-below-gdpr)', () => {
  const names = (text: string) => restrictionsIn(text).map((r) => r.restriction.name.en);
  it("finds each restriction only in a sentence about getting one's data", () => {
    expect(names('Du kan få ett registerutdrag utan kostnad en gång per år. Begär det skriftligt.')).toEqual(['a limit of one copy a year', 'a requirement to ask in writing']);
    expect(names('Ett registerutdrag kostar 150 kronor.')).toEqual(['a fee for the first copy']);
    expect(names('We answer your request within 45 days.')).toEqual(['an answer deadline longer than one month']);
    expect(names('Vi går igenom policyn en gång per år.')).toEqual([]);
    expect(names('Avtalet med biträdet ska vara skriftligt.')).toEqual([]);
    expect(names('Vi svarar inom 30 dagar. Tiden kan förlängas med två månader.')).toEqual([]);
    expect(names('För ytterligare kopior får vi ta ut en avgift.')).toEqual([]);
  });
});
