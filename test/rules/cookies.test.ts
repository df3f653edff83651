/**
 * Cookies as data (issue 15 item 3): the edges that must pass. Each failing
 * pattern is a case in identity-cases.ts, run with FAILING by rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runWith, type Mutations } from './helpers.ts';
import { mutate, WEBB, WEBSITE } from './identity-cases.ts';

const COOKIE_RULES = ['notice/cookies-listed', 'notice/cookie-consent', 'notice/cookie-control-named'];
const cookieFindings = (m: Mutations) => runWith(m).diagnostics.filter((d) => COOKIE_RULES.includes(d.rule ?? ''));

describe('cookie rules', () => {
  it('a website activity with cookies, named consent settings and words that name them passes every rule', () => {
    expect(runWith({ [WEBB]: WEBSITE }).diagnostics).toEqual([]);
  });

  it('only cookies that need no consent, said so: passes; no cookies at all (cookies: []) passes', () => {
    const none = mutate((d) => {
      d.setIn(['cookies', 1, 'consent'], false);
      d.setIn(['cookieConsent'], d.createNode({ noneNeeded: true }));
      d.setIn(['purposes', 0, 'consent', 'given'], 'Du säger ja när du skickar formuläret.');
      d.setIn(['purposes', 0, 'consent', 'withdraw'], 'Skriv till oss.');
    });
    expect(cookieFindings(none)).toEqual([]);
    const empty = mutate((d) => {
      d.setIn(['cookies'], d.createNode([]));
      d.deleteIn(['cookieConsent']);
      d.setIn(['purposes', 0, 'consent', 'given'], 'Du säger ja när du skickar formuläret.');
      d.setIn(['purposes', 0, 'consent', 'withdraw'], 'Skriv till oss.');
    });
    expect(cookieFindings(empty)).toEqual([]);
  });

  it('a newsletter link "at the bottom of every newsletter" is not a cookie control', () => {
    const run = runWith({ 'activities/stod.yaml': (d) => d.setIn(['description'], 'Klicka på länken längst ner i varje nyhetsbrev.') });
    expect(run.diagnostics.filter((x) => COOKIE_RULES.includes(x.rule ?? ''))).toEqual([]);
  });
});
