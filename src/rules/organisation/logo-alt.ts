import { bi, type Rule } from '../types.ts';

/** A logo on the public site says what it shows, in the languages of the site. */
export const logoAlt: Rule = {
  id: 'organisation/logo-alt',
  severity: 'error',
  reference: 'WCAG 2.1 1.1.1, lag (2018:1937) 12 §',
  title: bi('Logotypen har en textbeskrivning', 'The logo has a text alternative'),
  description: bi(
    'När site.logo anges finns också site.logoAlt: vad logotypen visar, på webbplatsens språk.',
    'When site.logo is given, site.logoAlt says what the logo shows, in the languages of the site.',
  ),
  why: bi(
    'Den som inte ser bilden ska få samma information som den som ser den (WCAG 2.1, kriterium 1.1.1).',
    'Whoever cannot see the image must get the same information as whoever can (WCAG 2.1, criterion 1.1.1).',
  ),
  fix: bi(
    'Lägg till site.logoAlt, t.ex. { sv: "Omsorgsgruppens logotyp", en: "The Omsorgsgruppen logo" }.',
    'Add site.logoAlt, e.g. { sv: "Omsorgsgruppens logotyp", en: "The Omsorgsgruppen logo" }.',
  ),
  check({ model }) {
    const site = model.organisation.site;
    if (!site.logo) return [];
    // An English text missing from a { sv, en } text is reported by the language check, like any other text.
    if (site.logoAlt !== undefined) return [];
    return [
      {
        kind: 'organisation',
        id: 'organisation',
        path: ['site', 'logo'],
        message: bi(`Logotypen "${site.logo}" saknar textbeskrivning (site.logoAlt).`, `The logo "${site.logo}" has no text alternative (site.logoAlt).`),
      },
    ];
  },
};
