/**
 * Failing fixtures of the cookie rules and the logo rule (issue 15 items 3
 * and 4), part of FAILING in cases.ts: the base fixture plus a correct website
 * activity (WEBSITE), changed in one way each.
 */
import { parseDocument, type Document } from 'yaml';
import type { FailingCase } from './cases.ts';
import type { Mutations } from './helpers.ts';

export const WEBB = 'activities/webb.yaml';
/** A website activity as the rules want it: cookies listed, consent settings named and linked. */
export const WEBSITE = `name: Besök på webbplatsen
description: Vi räknar besök med kakor om du säger ja.
controllers: [testomsorg-ab]
subjects: [kunder]
dataCategories: [kontakt]
purposes:
  - id: statistik
    description: Att räkna besök så att vi kan göra webbplatsen bättre.
    legalBasis: 6(1)(a)
    consent:
      given: Du säger ja i rutan som visas vid ditt första besök.
      withdraw: Ändra ditt val i Kakinställningar när du vill.
sources:
  - from: data-subject
provision:
  requirement: voluntary
  consequence: Säger du nej fungerar webbplatsen ändå.
recipients: []
retention:
  - duration: P13M
    from: besöket
    then: deleted
securityMeasures: [behorighet]
cookies:
  - name: samtycke
    provider: testomsorg.example
    purpose: Kommer ihåg ditt val.
    duration: P6M
    category: necessary
    consent: false
  - name: _stat
    provider: Statistikbolaget
    thirdParty: true
    purpose: Räknar besök.
    duration: P13M
    category: statistics
    consent: true
cookieConsent:
  settings: https://www.testomsorg.example/kakinstallningar
  settingsName: Kakinställningar
lastReviewed: 2026-06-01
`;

/** The website activity with one change, as a file mutation. */
export function mutate(change: (d: Document.Parsed) => void): Mutations {
  return {
    [WEBB]: (() => {
      const doc = parseDocument(WEBSITE);
      change(doc);
      return doc.toString({ flowCollectionPadding: false });
    })(),
  };
}

const CHANGES: { name: string; rule: string; change: (d: Document.Parsed) => void; needle: string; sv: string; en: string }[] = [
  {
    name: 'a website activity without cookie facts',
    rule: 'notice/cookies-listed',
    change: (d) => {
      d.deleteIn(['cookies']);
      d.deleteIn(['cookieConsent']);
    },
    needle: 'name: Besök på webbplatsen',
    sv: 'anger inte vilka kakor som finns',
    en: 'does not state which cookies exist',
  },
  {
    name: 'cookies without any consent statement',
    rule: 'notice/cookie-consent',
    change: (d) => d.deleteIn(['cookieConsent']),
    needle: '- name: samtycke',
    sv: 'säger inte hur man ger och tar tillbaka samtycke',
    en: 'does not say how consent to them is given and withdrawn',
  },
  {
    name: 'consent-needing cookies without a consent-settings URL',
    rule: 'notice/cookie-consent',
    change: (d) => d.deleteIn(['cookieConsent', 'settings']),
    needle: 'settingsName: Kakinställningar',
    sv: 'Kakorna _stat kräver samtycke men',
    en: 'The cookies _stat need consent but',
  },
  {
    name: '"no cookies need consent" while one does',
    rule: 'notice/cookie-consent',
    change: (d) => d.setIn(['cookieConsent'], d.createNode({ noneNeeded: true })),
    needle: 'noneNeeded: true',
    sv: 'men _stat kräver samtycke',
    en: 'but _stat needs consent',
  },
  {
    name: 'text promising a control at the bottom of every page that the content does not name',
    rule: 'notice/cookie-control-named',
    change: (d) => d.setIn(['purposes', 0, 'consent', 'withdraw'], 'Klicka på Kakor längst ned på varje sida.'),
    needle: 'withdraw: Klicka på Kakor',
    sv: 'hänvisar till en kakinställning som innehållet inte namnger',
    en: 'points at a cookie control that the content does not name',
  },
  {
    name: 'text pointing at a cookie banner when there are no consent settings at all',
    rule: 'notice/cookie-control-named',
    change: (d) => {
      d.setIn(['cookies', 1, 'consent'], false);
      d.setIn(['cookieConsent'], d.createNode({ noneNeeded: true }));
      d.setIn(['description'], 'Du kan stänga av kakor i rutan längst ner.');
    },
    needle: 'description: Du kan stänga av kakor',
    sv: 'men innehållet anger ingen',
    en: 'but the content names none',
  },
];

export const IDENTITY_CASES: FailingCase[] = [
  ...CHANGES.map(({ name, rule, change, needle, sv, en }) => ({ name, rule, mutations: mutate(change), file: WEBB, needle, sv, en })),
  {
    name: 'a logo without alt text',
    rule: 'organisation/logo-alt',
    mutations: {
      'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n',
      'organisation.yaml': (d) => d.setIn(['site'], d.createNode({ logo: 'assets/logo.svg' })),
    },
    file: 'organisation.yaml',
    needle: 'logo: assets/logo.svg',
    sv: 'saknar textbeskrivning (site.logoAlt)',
    en: 'has no text alternative (site.logoAlt)',
  },
];
