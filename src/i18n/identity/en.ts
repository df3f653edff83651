/** English strings of the organisation's identity on the public site. Same keys as sv.ts. */
import type sv from './sv.ts';

const en: typeof sv = {
  footerNav: 'About this website',
  mainSite: 'To our website',
  openData: 'Open data',
  openDataIntro: 'The same facts about how we process personal data, in machine-readable form.',
  openDataJson: 'JSON',
  openDataJsonld: 'JSON-LD with terms from W3C DPV',
  accessibility: 'Accessibility statement',
  a11yIntro:
    '{org} runs this website. We want as many people as possible to be able to use it. This page describes how the website meets {law}, the problems we know of and how you can tell us about problems.',
  a11yStatusHeading: 'How accessible is the website?',
  a11yConformance: {
    full: 'The website is fully compliant with {standard}.',
    partial: 'The website is partially compliant with {standard}, because of the problems described below.',
    none: 'The website is not compliant with {standard}. The main problems are described below.',
  },
  a11yExceptionsHeading: 'Content that is not accessible',
  a11yExceptionsNone: 'We know of no accessibility problems.',
  a11yReasons: {
    'non-compliance': 'Non-compliance with the legal requirements',
    'disproportionate-burden': 'Disproportionate burden',
    'outside-scope': 'Content outside the scope of the legal requirements',
  },
  a11yContactHeading: 'If you find problems',
  a11yContactText:
    'If you find problems that are not described here, or cannot use something on the website, please contact us. Then we learn about the problem and can give you the content in another way.',
  a11yResponseTime: 'We answer within {time}.',
  a11yComplaintHeading: 'If you are not satisfied',
  a11yComplaintText: '{authority} supervises {law}. If you are not satisfied with how we have handled your comments, you can report it to {short}.',
  a11yComplaintLink: 'Report inaccessibility to {short}',
  a11yAssessedHeading: 'How we assessed the website',
  a11yAssessed: 'We assessed the website by {method}. The assessment was made on {date}.',
  a11yUpdated: 'This statement was last updated on {date}.',
  cookieConsentHeading: 'How you give and withdraw consent',
  cookieConsentSettings: 'You say yes or no to cookies that need consent in {name}. There you can change your choice and withdraw your consent at any time.',
  cookieConsentLink: 'Open {name}',
  cookieSettingsDefault: 'the cookie settings',
  cookieConsentNoneNeeded: 'The website has no cookies that need your consent. The cookies it has are needed for the website to work.',
  email: 'E-mail',
  phone: 'Phone',
};
export default en;
